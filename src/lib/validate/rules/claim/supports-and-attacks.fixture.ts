import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/provocation.yaml':
			'text: Closer ties would provoke Beijing.\nkind: objection\nspeaker: bob\nsupports: [sea-lanes]\nattacks: [thesis, sea-lanes]\nevidence:\n  - source: report\n    quote: Closer ties risk provoking Beijing.\n    locator: p. 2\n'
	},
	expect: [
		'arguments/demo/claims/provocation.yaml:5:19  Claim "provocation" both supports and attacks "sea-lanes".'
	]
});
