import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/loop-a.yaml':
			'text: A.\nspeaker: alice\nsupports: [thesis, loop-b]\nevidence:\n  - {source: report, quote: Closer ties risk provoking Beijing., locator: p. 2}\n',
		'claims/loop-b.yaml':
			'text: B.\nspeaker: alice\nsupports: [loop-a]\nevidence:\n  - {source: report, quote: Closer ties risk provoking Beijing., locator: p. 2}\n',
		// Claims that attack each other are a debate, not a mistake: nothing is reported for them.
		'claims/tit.yaml':
			'text: T.\nspeaker: alice\nattacks: [thesis, tat]\nevidence:\n  - {source: report, quote: Closer ties risk provoking Beijing., locator: p. 2}\n',
		'claims/tat.yaml':
			'text: U.\nspeaker: bob\nattacks: [tit]\nevidence:\n  - {source: report, quote: Closer ties risk provoking Beijing., locator: p. 2}\n'
	},
	expect: [
		'arguments/demo/claims/loop-a.yaml:3:20  Support cycle: loop-a → loop-b → loop-a. A claim cannot support itself, even through other claims.',
		'arguments/demo/claims/loop-b.yaml:3:12  Support cycle: loop-a → loop-b → loop-a. A claim cannot support itself, even through other claims.'
	]
});
