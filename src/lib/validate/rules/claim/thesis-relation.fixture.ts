import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/thesis.yaml':
			'text: Japan should deepen defense cooperation with Taiwan.\nkind: thesis\nattacks: [provocation]\n'
	},
	expect: [
		'arguments/demo/claims/thesis.yaml:3:1  The thesis "thesis" has "attacks:", but the thesis is the root of the map: it supports or attacks nothing.'
	]
});
