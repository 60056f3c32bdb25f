import { fixture } from '$lib/testing/rule-fixture';

const claim = (text: string, undercut: string) =>
	`text: ${text}\nspeaker: bob\nundercuts:\n${undercut}evidence:\n  - {source: report, quote: Closer ties risk provoking Beijing., locator: p. 2}\n`;

export default fixture({
	files: {
		'claims/no-relation-named.yaml': claim(
			'The report counts only ships bound for Japan.',
			'  - from: sea-lanes\n'
		),
		'claims/both-relations.yaml': claim(
			'Trade could route around Taiwan.',
			'  - from: sea-lanes\n    supports: thesis\n    attacks: thesis\n'
		)
	},
	expect: [
		'arguments/demo/claims/both-relations.yaml:4:5  undercuts[0] gives both "supports:" and "attacks:"; a relation is one or the other.',
		'arguments/demo/claims/no-relation-named.yaml:4:5  undercuts[0] names the claim "sea-lanes" but not its relation: say which claim it supports or attacks.'
	],
	hint: 'Keep the one "sea-lanes" makes: delete the other line.'
});
