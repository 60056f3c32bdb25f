import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/by-only.yaml':
			'text: Japan cannot afford it.\nspeaker: bob\nby: alice\nattacks: [provocation]\nevidence:\n  - {source: report, quote: Closer ties risk provoking Beijing., locator: p. 2}\n'
	},
	expect: [
		'arguments/demo/claims/by-only.yaml:3:5  Claim "by-only" has "by:" but its role is asserted: "by:" names who raised or reported a claim.'
	]
});
