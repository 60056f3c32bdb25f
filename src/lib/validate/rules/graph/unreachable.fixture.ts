import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/island-a.yaml':
			'text: A.\nspeaker: alice\nsupports: [island-b]\nevidence:\n  - {source: report, quote: Closer ties risk provoking Beijing., locator: p. 2}\n',
		'claims/island-b.yaml':
			'text: B.\nspeaker: alice\nattacks: [island-a]\nevidence:\n  - {source: report, quote: Closer ties risk provoking Beijing., locator: p. 2}\n',
		'claims/island-c.yaml':
			'text: C.\nspeaker: alice\nattacks: [island-a, island-b]\nevidence:\n  - {source: report, quote: Taiwan sits astride the sea lanes, locator: p. 1}\n'
	},
	expect: [
		'arguments/demo/claims/island-a.yaml:3:1  Claim "island-a" does not connect to the thesis "thesis": it points to "island-b", but that claim does not lead to the thesis either.',
		'arguments/demo/claims/island-b.yaml:3:1  Claim "island-b" does not connect to the thesis "thesis": it points to "island-a", but that claim does not lead to the thesis either.',
		'arguments/demo/claims/island-c.yaml:3:1  Claim "island-c" does not connect to the thesis "thesis": it points to "island-a" and "island-b", but none of those claims leads to the thesis either.'
	]
});
