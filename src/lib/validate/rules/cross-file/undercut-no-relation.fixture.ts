import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/only-trade.yaml':
			'text: The report counts only ships bound for Japan.\nspeaker: bob\nundercuts:\n  - from: sea-lanes\n    attacks: thesis\nevidence:\n  - {source: report, quote: Closer ties risk provoking Beijing., locator: p. 2}\n'
	},
	expect: [
		'arguments/demo/claims/only-trade.yaml:5:14  undercuts[0]: "sea-lanes" does not attack "thesis", so there is no such relation to undercut.'
	],
	hint: '"sea-lanes" supports "thesis": write "supports: thesis" instead of "attacks: thesis".'
});
