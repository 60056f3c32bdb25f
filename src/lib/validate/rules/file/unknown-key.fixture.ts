import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/sea-lanes.yaml':
			'text: Taiwan sits astride the sea lanes that carry Japan\'s trade.\nkind: contention\nspeaker: alice\nsupports: [thesis]\nevidence:\n  - source: report\n    quote: "Taiwan sits astride the sea lanes that carry Japan\'s trade."\n    locator: p. 1\ntgas: [security]\n'
	},
	expect: ['arguments/demo/claims/sea-lanes.yaml:9:1  Unknown field "tgas" in a claim.'],
	hint: 'Did you mean "tags"? Allowed fields: text, label, kind, speaker, role, by, supports, attacks, undercuts, with, evidence, tags, base, date, note.'
});
