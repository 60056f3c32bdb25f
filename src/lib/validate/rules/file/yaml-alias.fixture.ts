import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/aliases.yaml': 'x: &a [1]\nl: [' + '*a, '.repeat(30) + ']\n',
		// An alias inside its own anchor's value: reported where it is, and the rest still checked.
		'claims/self.yaml':
			'text: A claim.\nspeaker: alice\nattacks: [thesis]\nevidence:\n  - {source: report, quote: Closer ties risk provoking Beijing., locator: p. 2}\nx: &a [1, [*a]]\n'
	},
	also: ['unknown-key'],
	expect: [
		'arguments/demo/claims/aliases.yaml:1:1  The file uses more than 20 YAML aliases, so it was not read.',
		'arguments/demo/claims/self.yaml:6:12  The alias "*a" is inside the value its anchor "&a" names, so the value would contain itself; it is read as empty.'
	]
});
