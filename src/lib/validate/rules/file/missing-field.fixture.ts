import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/provocation.yaml':
			'text: Closer ties would provoke Beijing.\nkind: objection\nspeaker: bob\nattacks: [thesis]\nevidence:\n  - source: report\n    quote: Closer ties risk provoking Beijing.\n'
	},
	expect: [
		'arguments/demo/claims/provocation.yaml:6:5  Missing required field "locator" in evidence[0].'
	]
});
