import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/provocation.yaml':
			'text: 42\nkind: objection\nspeaker: bob\nattacks: thesis\nevidence:\n  - source: report\n    quote: Closer ties risk provoking Beijing.\n    locator: p. 2\nbase: high\n'
	},
	expect: [
		'arguments/demo/claims/provocation.yaml:1:7  "text" must be text, but it is 42.',
		'arguments/demo/claims/provocation.yaml:4:10  "attacks" must be a list, but it is the text "thesis".',
		'arguments/demo/claims/provocation.yaml:9:7  "base" must be a number, but it is the text "high".'
	],
	hint: 'Write it as text; wrap it in quotes if needed: text: "42".'
});
