import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/provocation.yaml':
			'text: Closer ties would provoke Beijing.\nkind: objection\nspeaker: bob\nattacks: [thesis]\nevidence:\n  - source: report\n    quote: Closer ties might provoke Beijing.\n    locator: p. 2\n  - source: report\n    quote: Beijing reads every visit as a signal.\n    locator: p. 3\n',
		'sources/memo.yaml': 'title: A memo\nkind: other\n',
		'people/bob.yaml': 'name: Bob Example\nroles:\n  - role: Author\n    source: memo\n'
	},
	sources: { memo: 'Beijing reads every visit as a signal.' },
	expect: [
		'arguments/demo/claims/provocation.yaml:7:12  evidence[0].quote does not occur in the text of source "report".',
		'arguments/demo/claims/provocation.yaml:10:12  evidence[1].quote does not occur in the text of source "report".'
	]
});
