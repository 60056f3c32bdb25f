import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		// CONTRIBUTING's worked example, and what its new-claim example used to write beside it.
		'claims/china-could-still-escalate-its-buildup.yaml':
			"text: 'China could still escalate or accelerate its defense buildup well beyond its current pace.'\nlabel: 'China could still escalate its buildup'\nkind: reason\nspeaker: bob\nattacks: [provocation]\nevidence:\n  - source: report\n    quote: 'This understates the degree to which China could still escalate or accelerate its defense buildup.'\n    locator: 'Self, para. 4'\n",
		'claims/china-could-still-escalate-or-accelerate-its-defense-buildup.yaml':
			'# yaml-language-server: $schema=../../../static/schema/claim.schema.json\ntext: "China could still escalate or accelerate its defense buildup well beyond its current pace."\nspeaker: bob\nattacks: [provocation]\nevidence:\n  - source: report\n    quote: "This understates the degree to which China could still escalate or accelerate its defense buildup."\n    locator: "Self, para. 4"\n',
		// A reworded copy: the same quote supporting the same claim, most words the same.
		'claims/trade-matters.yaml':
			"text: Taiwan sits astride the sea lanes carrying Japan's trade.\nspeaker: alice\nsupports: [thesis]\nevidence:\n  - source: report\n    quote: Taiwan sits astride the sea lanes that carry Japan's trade.\n    locator: p. 1\n"
	},
	expect: [
		'arguments/demo/claims/china-could-still-escalate-its-buildup.yaml:1:7  Claim "china-could-still-escalate-its-buildup" has the same text as arguments/demo/claims/china-could-still-escalate-or-accelerate-its-defense-buildup.yaml.',
		'arguments/demo/claims/china-could-still-escalate-or-accelerate-its-defense-buildup.yaml:2:7  Claim "china-could-still-escalate-or-accelerate-its-defense-buildup" has the same text as arguments/demo/claims/china-could-still-escalate-its-buildup.yaml.',
		'arguments/demo/claims/sea-lanes.yaml:7:12  Claim "sea-lanes" quotes the same words as arguments/demo/claims/trade-matters.yaml to support the same claim "thesis".',
		'arguments/demo/claims/trade-matters.yaml:6:12  Claim "trade-matters" quotes the same words as arguments/demo/claims/sea-lanes.yaml to support the same claim "thesis".'
	]
});
