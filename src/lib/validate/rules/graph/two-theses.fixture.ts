import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: { 'claims/second-thesis.yaml': 'text: Japan should arm Taiwan.\nkind: thesis\n' },
	expect: [
		'arguments/demo/claims/second-thesis.yaml:2:7  This debate has 2 theses ("second-thesis" and "thesis"); it must have exactly one.',
		'arguments/demo/claims/thesis.yaml:2:7  This debate has 2 theses ("second-thesis" and "thesis"); it must have exactly one.'
	]
});
