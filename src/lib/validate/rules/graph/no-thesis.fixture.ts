import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/thesis.yaml':
			'text: Japan should deepen defense cooperation with Taiwan.\nkind: contention\n'
	},
	also: ['no-relation', 'no-evidence', 'no-speaker'],
	expect: [
		'arguments/demo/debate.yaml:1:1  This debate has no thesis: no claim has "kind: thesis".'
	]
});
