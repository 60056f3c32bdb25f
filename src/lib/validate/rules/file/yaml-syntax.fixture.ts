import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		// A line indented one space too far.
		'claims/indented.yaml': 'text: A claim.\nkind: reason\n speaker: alice\nattacks: [thesis]\n',
		// Tabs for indentation: one problem for the file, not one per line.
		'claims/tabbed.yaml':
			'text: A claim.\nevidence:\n\t- source: report\n\t  quote: x\n\t  locator: p. 2\n',
		// A colon in unquoted text.
		'claims/colon.yaml': 'text: Note: ties matter\nkind: reason\nattacks: [thesis]\n',
		// A quote opened and never closed.
		'claims/unclosed.yaml': 'text: "A claim\nkind: reason\nattacks: [thesis]\n',
		// A list item that does not line up with the fields above it.
		'claims/misaligned.yaml':
			'text: A claim.\nattacks: [thesis]\nevidence:\n  - source: report\n   quote: x\n    locator: p. 2\n',
		// A second document.
		'claims/two-docs.yaml': 'text: A claim.\n---\ntext: Another.\n',
		// A tagged key: a value, not a field name (and no warning on the console).
		'claims/tagged-key.yaml': 'text: A claim.\nkind: reason\n!!binary dGV4dA==: x\n',
		// A list opened with "[" and not closed on its line.
		'claims/open-list.yaml': 'text: A claim.\nkind: reason\nsupports: [thesis\nspeaker: alice\n'
	},
	expect: [
		'arguments/demo/claims/colon.yaml:1:7  The text of "text" contains a colon followed by a space, which YAML reads as the start of another field.',
		'arguments/demo/claims/indented.yaml:3:1  Line 3 is indented, but the line above is not, so YAML cannot tell which field it belongs to.',
		'arguments/demo/claims/misaligned.yaml:5:1  Line 5 is indented 3 spaces, but "source:" above starts after 4 spaces.',
		'arguments/demo/claims/open-list.yaml:3:11  This list opens with "[" but does not close it on the same line.',
		'arguments/demo/claims/tabbed.yaml:3:1  Line 3 is indented with a tab (so are lines 4 and 5); YAML indents with spaces only.',
		'arguments/demo/claims/tagged-key.yaml:3:10  A field name must be plain text, not a value with a YAML tag such as "!!binary".',
		'arguments/demo/claims/two-docs.yaml:2:1  This "---" line starts a second document, but a file holds exactly one.',
		'arguments/demo/claims/unclosed.yaml:1:7  This text opens with " but never closes it, so YAML reads the rest of the file as part of the text.'
	],
	hint: 'Put the text in double quotes: text: "Note: ties matter"'
});
