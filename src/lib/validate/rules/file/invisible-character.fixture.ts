import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/provocation.yaml':
			'text: "Closer ties would \u202Eekovorp Beijing."\nlabel: Closer\u200b ties\nkind: objection\nspeaker: bob\nattacks: [thesis]\nevidence:\n  - source: report\n    quote: Closer ties risk provoking Beijing.\n    locator: p. 2\n',
		'people/bob.yaml': 'name: Bob\u00adExample\n',
		'sources/report.yaml':
			'title: A fixture\u200d\u200d report\nkind: report\nurl: https://example.org/report\n'
	},
	expect: [
		'arguments/demo/claims/provocation.yaml:1:26  Invisible character U+202E (right-to-left override) in "text".',
		'arguments/demo/claims/provocation.yaml:2:14  Invisible character U+200B (zero-width space) in "label".',
		'arguments/demo/people/bob.yaml:1:10  Invisible character U+00AD (soft hyphen) in "name".',
		'arguments/demo/sources/report.yaml:1:17  Invisible character U+200D (zero-width joiner) in "title" (and 1 more there).'
	]
});
