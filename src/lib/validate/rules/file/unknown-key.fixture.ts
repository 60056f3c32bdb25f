import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/sea-lanes.yaml':
			'text: Taiwan sits astride the sea lanes that carry Japan\'s trade.\nkind: contention\nspeaker: alice\nsupports: [thesis]\ntgas: [security]\nevidence:\n  - source: report\n    quote: "Taiwan sits astride the sea lanes that carry Japan\'s trade."\n    locator: p. 1\n    page: 3\n'
	},
	expect: [
		'arguments/demo/claims/sea-lanes.yaml:5:1  Unknown field "tgas" in a claim.',
		'arguments/demo/claims/sea-lanes.yaml:10:5  Unknown field "page" in evidence[0].'
	],
	hint: 'Did you mean "tags"? Allowed fields: text, label, kind, speaker, role, by, supports, attacks, evidence, tags, base, date, note.'
});
