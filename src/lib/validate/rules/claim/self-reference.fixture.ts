import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/provocation.yaml':
			'text: Closer ties would provoke Beijing.\nkind: objection\nspeaker: bob\nattacks: [thesis, provocation]\nevidence:\n  - source: report\n    quote: Closer ties risk provoking Beijing.\n    locator: p. 2\n'
	},
	expect: [
		'arguments/demo/claims/provocation.yaml:4:19  attacks[1]: claim "provocation" attacks itself.'
	]
});
