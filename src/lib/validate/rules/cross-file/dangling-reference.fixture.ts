import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/provocation.yaml':
			'text: Closer ties would provoke Beijing.\nkind: objection\nattacks: [thesis, beijing-red-lines]\nspeaker: bobb\nevidence:\n  - source: white-paper\n    quote: Closer ties risk provoking Beijing.\n    locator: p. 2\n'
	},
	also: ['unused-person'],
	expect: [
		'arguments/demo/claims/provocation.yaml:3:19  attacks[1]: no claim "beijing-red-lines" in this debate.',
		'arguments/demo/claims/provocation.yaml:4:10  speaker: no person "bobb" in this debate.',
		'arguments/demo/claims/provocation.yaml:6:13  evidence[0].source: no source "white-paper" in this debate.'
	],
	hint: 'Fix the id, or add the file claims/beijing-red-lines.yaml.'
});
