import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		// Escapes in double quotes: the file itself is plain text, the values hold ESC and BEL.
		'claims/provocation.yaml':
			'text: "Closer ties \\e[2J\\e]0;pwned\\a would provoke Beijing."\nkind: objection\nspeaker: bob\nattacks: [thesis]\nevidence:\n  - source: report\n    quote: Closer ties risk provoking Beijing.\n    locator: p. 2\n',
		'people/bob.yaml': 'name: "Bob \\x1b[41m"\n',
		'sources/report.yaml':
			'title: "A fixture\\u009b report"\nkind: report\nurl: https://example.org/report\n'
	},
	expect: [
		'arguments/demo/claims/provocation.yaml:1:7  Control character U+001B (ESC, which starts terminal commands) in "text" (and 2 more there).',
		'arguments/demo/people/bob.yaml:1:7  Control character U+001B (ESC, which starts terminal commands) in "name".',
		'arguments/demo/sources/report.yaml:1:8  Control character U+009B (CSI, which starts terminal commands) in "title".'
	],
	hint: 'Delete it (in the file it is written as an escape such as \\e, \\a or \\x1b): text, names and titles hold only characters a reader sees.'
});
