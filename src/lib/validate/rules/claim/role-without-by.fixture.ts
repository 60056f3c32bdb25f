import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/raised.yaml':
			'text: Japan cannot afford it.\nrole: raised\nattacks: [provocation]\nevidence:\n  - {source: report, quote: Closer ties risk provoking Beijing., locator: p. 2}\n'
	},
	expect: [
		'arguments/demo/claims/raised.yaml:2:7  Claim "raised" is raised but does not say by whom.'
	]
});
