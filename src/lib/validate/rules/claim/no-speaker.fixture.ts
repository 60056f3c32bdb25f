import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/anonymous.yaml':
			'text: Closer ties cost little.\nattacks: [provocation]\nevidence:\n  - {source: report, quote: Closer ties risk provoking Beijing., locator: p. 2}\n'
	},
	expect: ['arguments/demo/claims/anonymous.yaml:1:1  Claim "anonymous" has no speaker.']
});
