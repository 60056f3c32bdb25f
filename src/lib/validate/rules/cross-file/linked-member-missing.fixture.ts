import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/oil-passes-taiwan.yaml':
			'text: Most of Japan\'s oil passes Taiwan by sea.\nspeaker: alice\nsupports: [thesis]\nwith: [sea-lanes, provocation]\nevidence:\n  - {source: report, quote: "Taiwan sits astride the sea lanes that carry Japan\'s trade.", locator: p. 1}\n'
	},
	expect: [
		'arguments/demo/claims/oil-passes-taiwan.yaml:4:19  with[1]: "provocation" does not support "thesis", so it cannot support it together with "oil-passes-taiwan".'
	],
	hint: 'Add "thesis" to the supports of "provocation" (claims/provocation.yaml), or remove "provocation" from "with:".'
});
