import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: { 'people/bob.yaml': 'name: !!str Bob Example\nkind: !person person\n' },
	expect: [
		'arguments/demo/people/bob.yaml:2:7  The YAML tag "!person" is not used in argument files; the value after it is read as plain text.'
	]
});
