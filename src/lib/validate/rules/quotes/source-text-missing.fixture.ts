import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'sources/memo.yaml': 'title: A memo\nkind: other\n',
		'claims/provocation.yaml':
			'text: Closer ties would provoke Beijing.\nkind: objection\nspeaker: bob\nattacks: [thesis]\nevidence:\n  - source: memo\n    quote: Closer ties risk provoking Beijing.\n    locator: p. 2\n'
	},
	sources: {},
	expect: [
		'arguments/demo/sources/memo.yaml:1:1  No text was given for source "memo", so its quotes were not checked.'
	]
});
