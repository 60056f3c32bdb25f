import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/sea-lanes.yaml':
			'text: Taiwan sits astride the sea lanes that carry Japan\'s trade.\nkind: contention\nspeaker: alice\nsupports: [thesis]\nwith: [sea-lanes]\nevidence:\n  - source: report\n    quote: "Taiwan sits astride the sea lanes that carry Japan\'s trade."\n    locator: p. 1\ntags: [security]\n'
	},
	expect: [
		'arguments/demo/claims/sea-lanes.yaml:5:8  with[0]: claim "sea-lanes" is linked with itself, a group of one.'
	],
	hint: 'List the other claims it holds only together with; if there are none, delete "with:": a claim that stands on its own needs no group.'
});
