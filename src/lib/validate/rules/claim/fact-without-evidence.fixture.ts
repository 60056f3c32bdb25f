import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/bare-fact.yaml':
			'text: Taiwan is 110 km from Yonaguni.\nkind: fact\nspeaker: alice\nsupports: [sea-lanes]\n'
	},
	expect: [
		'arguments/demo/claims/bare-fact.yaml:2:7  Claim "bare-fact" is a fact but gives no evidence.'
	]
});
