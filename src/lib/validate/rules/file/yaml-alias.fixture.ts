import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: { 'claims/aliases.yaml': 'x: &a [1]\nl: [' + '*a, '.repeat(30) + ']\n' },
	expect: [
		'arguments/demo/claims/aliases.yaml:1:1  The file uses more than 20 YAML aliases, so it was not read.'
	]
});
