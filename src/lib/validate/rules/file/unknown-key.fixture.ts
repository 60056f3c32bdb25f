import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		// Old Mac line endings (CR only), and all three mixed: lines are counted as editors count them.
		'claims/cr-only.yaml':
			'text: A claim.\rkind: reason\rspeaker: alice\rattacks: [thesis]\revidence:\r  - {source: report, quote: Closer ties risk provoking Beijing., locator: p. 2}\rtgas: [security]\r',
		'claims/mixed.yaml':
			'text: Another claim.\r\nkind: reason\rspeaker: alice\nattacks: [thesis]\r\nevidence:\r  - {source: report, quote: Closer ties risk provoking Beijing., locator: p. 2}\ntgas: [security]\r',
		'claims/sea-lanes.yaml':
			'text: Taiwan sits astride the sea lanes that carry Japan\'s trade.\nkind: contention\nspeaker: alice\nsupports: [thesis]\ntgas: [security]\nevidence:\n  - source: report\n    quote: "Taiwan sits astride the sea lanes that carry Japan\'s trade."\n    locator: p. 1\n    page: 3\n'
	},
	expect: [
		'arguments/demo/claims/cr-only.yaml:7:1  Unknown field "tgas" in a claim.',
		'arguments/demo/claims/mixed.yaml:7:1  Unknown field "tgas" in a claim.',
		'arguments/demo/claims/sea-lanes.yaml:5:1  Unknown field "tgas" in a claim.',
		'arguments/demo/claims/sea-lanes.yaml:10:5  Unknown field "page" in evidence[0].'
	],
	hint: 'Did you mean "tags"? Allowed fields: text, label, kind, speaker, role, by, supports, attacks, undercuts, with, evidence, tags, base, date, note.'
});
