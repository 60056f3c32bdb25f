import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/old-name.yaml': 'moved: sea-lanes\n',
		'claims/provocation.yaml':
			'text: Closer ties would provoke Beijing.\nkind: objection\nspeaker: bob\nattacks: [thesis, old-name]\nevidence:\n  - source: report\n    quote: Closer ties risk provoking Beijing.\n    locator: p. 2\n'
	},
	expect: [
		'arguments/demo/claims/provocation.yaml:4:19  attacks[1]: claim "old-name" was renamed to "sea-lanes"; claims/old-name.yaml is only a forwarding stub.'
	]
});
