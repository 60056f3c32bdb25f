import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: { 'claims/binary.yaml': 'text: a\u0000b\n' },
	expect: [
		'arguments/demo/claims/binary.yaml:1:8  The file contains a control character (U+0000); it looks binary, not like YAML text.'
	]
});
