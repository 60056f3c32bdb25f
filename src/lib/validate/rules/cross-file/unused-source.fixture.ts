import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: { 'sources/leftover.yaml': 'title: Nobody cites this\nkind: report\n' },
	expect: [
		'arguments/demo/sources/leftover.yaml:1:1  Source "leftover" is not cited by any evidence or role.'
	]
});
