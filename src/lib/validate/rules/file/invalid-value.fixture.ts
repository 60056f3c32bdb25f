import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/provocation.yaml':
			'text: Closer ties would provoke Beijing.\nkind: objektion\nspeaker: bob\nattacks: [thesis]\nevidence:\n  - source: report\n    quote: Closer ties risk provoking Beijing.\n    locator: p. 2\n'
	},
	expect: [
		'arguments/demo/claims/provocation.yaml:2:7  "kind" is "objektion", which is not one of the allowed values.'
	]
});
