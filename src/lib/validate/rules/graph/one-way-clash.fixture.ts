import { fixture } from '$lib/testing/rule-fixture';

// Alice's and Bob's essays appear side by side in one debate source. Bob's "no veto" attacks
// Alice's "back seat", which attacks Bob's "counterproductive" that "no veto" supports: the two
// answer each other, drawn one way.
export default fixture({
	files: {
		'sources/exchange.yaml': 'title: A fixture exchange\nkind: debate\nparts: [Alice, Bob]\n',
		'claims/counterproductive.yaml':
			'text: Deeper ties would be counterproductive.\nspeaker: bob\nattacks: [thesis]\nevidence:\n  - {source: exchange, quote: Deeper ties would be counterproductive., locator: "Bob, para. 1"}\n',
		'claims/back-seat.yaml':
			'text: Fear of Beijing would hand it the driving seat.\nspeaker: alice\nsupports: [thesis]\nattacks: [counterproductive]\nevidence:\n  - {source: exchange, quote: Fear of Beijing would hand it the driving seat., locator: "Alice, para. 2"}\n',
		'claims/no-veto.yaml':
			'text: Respecting Beijing is no veto.\nspeaker: bob\nsupports: [counterproductive]\nattacks: [back-seat]\nevidence:\n  - {source: exchange, quote: Respecting Beijing is no veto., locator: "Bob, para. 2"}\n'
	},
	sources: {
		exchange:
			'Fear of Beijing would hand it the driving seat.\n\nDeeper ties would be counterproductive.\n\nRespecting Beijing is no veto.'
	},
	expect: [
		'arguments/demo/claims/no-veto.yaml:4:11  "no-veto" attacks "back-seat", and "back-seat" attacks "counterproductive", which "no-veto" supports: the two answer each other, yet the clash is drawn one way, so "no-veto" wins by the arrow alone. "exchange" prints the two pieces side by side, so neither replies to the other.'
	],
	hint: 'Unless one text replies to the other, draw the clash both ways: add "no-veto" to the attacks of "back-seat" (the map then shows an open clash for readers to judge).'
});
