import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/self-raised.yaml':
			'text: Japan cannot afford it.\nspeaker: alice\nrole: raised\nby: alice\nattacks: [provocation]\nevidence:\n  - {source: report, quote: Closer ties risk provoking Beijing., locator: p. 2}\n'
	},
	expect: [
		'arguments/demo/claims/self-raised.yaml:4:5  Claim "self-raised" names "alice" as both its speaker and the one who raises it.'
	]
});
