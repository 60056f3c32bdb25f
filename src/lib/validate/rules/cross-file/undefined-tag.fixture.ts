import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/provocation.yaml':
			'text: Closer ties would provoke Beijing.\nkind: objection\nspeaker: bob\nattacks: [thesis]\nevidence:\n  - source: report\n    quote: Closer ties risk provoking Beijing.\n    locator: p. 2\ntags: [diplomacy, tgas, secruity]\n'
	},
	expect: [
		'arguments/demo/claims/provocation.yaml:9:8  tags[0]: tag "diplomacy" is not defined in debate.yaml.',
		'arguments/demo/claims/provocation.yaml:9:19  tags[1]: tag "tgas" is not defined in debate.yaml.',
		'arguments/demo/claims/provocation.yaml:9:25  tags[2]: tag "secruity" is not defined in debate.yaml.'
	],
	hint: 'Use one of the 2 tags listed under "tags:" in debate.yaml (security, economy), or add "diplomacy" there with a label.'
});
