import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/provocation.yaml':
			'text: Closer ties would provoke Beijing.\nkind: objection\nspeaker: bob\nattacks: [thesis]\nundercuts:\n  - from: provocation\n    attacks: thesis\nevidence:\n  - {source: report, quote: Closer ties risk provoking Beijing., locator: p. 2}\n'
	},
	expect: [
		'arguments/demo/claims/provocation.yaml:6:11  undercuts[0]: claim "provocation" undercuts its own relation.'
	]
});
