import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: { 'people/bob.yaml': 'id: robert\nname: Bob Example\n' },
	expect: [
		'arguments/demo/people/bob.yaml:1:1  This file says id: "robert", but its file name makes its id "bob".'
	]
});
