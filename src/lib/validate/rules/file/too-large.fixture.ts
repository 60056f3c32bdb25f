import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: { 'claims/huge.yaml': 'text: ' + 'x'.repeat(300 * 1024) + '\n' },
	expect: [
		'arguments/demo/claims/huge.yaml:1:1  The file is 300 KB; argument files may be at most 256 KB, so it was not read.'
	]
});
