import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/noted.yaml':
			'text: Japan cannot afford it.\nspeaker: bob\nattacks: [provocation]\nevidence:\n  - {source: report, quote: Closer ties risk provoking Beijing., locator: p. 2}\nnote: Raised by Alice in order to answer it.\n'
	},
	expect: [
		'arguments/demo/claims/noted.yaml:6:7  The note of "noted" says it was raised in order to be answered, but the claim has no "role:".'
	]
});
