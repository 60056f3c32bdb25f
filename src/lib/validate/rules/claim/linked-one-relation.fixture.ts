import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/trade-route.yaml':
			'text: Most of Japan\'s oil passes Taiwan by sea.\nspeaker: alice\nsupports: [thesis]\nattacks: [provocation]\nwith: [sea-lanes]\nevidence:\n  - {source: report, quote: "Taiwan sits astride the sea lanes that carry Japan\'s trade.", locator: p. 1}\n'
	},
	expect: [
		'arguments/demo/claims/trade-route.yaml:5:1  "with:" makes this claim a linked premise, but it makes 2 relations (supports "thesis", attacks "provocation"); a linked premise supports or attacks exactly one claim.'
	]
});
