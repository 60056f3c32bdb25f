import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/lonely.yaml':
			'text: A claim that answers nothing.\nspeaker: alice\nevidence:\n  - {source: report, quote: Closer ties risk provoking Beijing., locator: p. 2}\n'
	},
	expect: [
		'arguments/demo/claims/lonely.yaml:1:1  Claim "lonely" neither supports nor attacks any claim, so it is not part of the argument.'
	]
});
