import { describe, expect, it } from 'vitest';
import { buildGraph } from '$lib/model/graph';
import { drillDeck, shuffled } from './drill';
import { rolesDebate } from '$lib/testing/roles-debate';
import { prepDebate } from '$lib/testing/prep-debate';
import { phonesDebate } from '$lib/testing/phones-debate';
import { debateStatus } from '$lib/evaluate/debate-status';
import { stands, open } from '$lib/model/status';

const summary = (deck: ReturnType<typeof drillDeck>) =>
	deck.map((c) => [c.claim.id, c.isLine, c.targets.map((t) => t.id), c.answers.map((a) => a.id)]);

describe('drillDeck', () => {
	const d = rolesDebate();
	const g = buildGraph(d);

	it('deals the opponent’s lines and attacks, cards with model answers first, then as argued', () => {
		expect(summary(drillDeck(d, g, 'for'))).toEqual([
			['obj', true, [], ['reply']],
			['bob1', true, [], []],
			['bob2', false, ['ann1'], []]
		]);
		// Bob's concession answers his own line, but it is his admission, not For's answer.
		expect(drillDeck(d, g, 'for')[1].setAside.map((x) => [x.card.id, x.why])).toEqual([
			['grant', 'Conceded by Bob Builder: an admission, not For’s own line']
		]);
	});

	it('carries each claim’s quotes with who said them, and says who raised it', () => {
		const [obj] = drillDeck(d, g, 'for');
		expect(obj.raisedBy).toBe('Raised by Ann Author');
		expect(obj.claim.quotes.map((q) => [q.who, q.locator])).toEqual([
			['Raised by Ann Author', 'Author, para. 2']
		]);
		expect(obj.answers[0]).toMatchObject({ id: 'reply', who: 'Ann Author' });
	});

	it('shuffles reproducibly from a seed', () => {
		const debate = prepDebate();
		const graph = buildGraph(debate);
		const plain = drillDeck(debate, graph, 'against').map((c) => c.claim.id);
		const one = drillDeck(debate, graph, 'against', undefined, 7).map((c) => c.claim.id);
		expect(drillDeck(debate, graph, 'against', undefined, 7).map((c) => c.claim.id)).toEqual(one);
		expect([...one].sort()).toEqual([...plain].sort());
		const orders = new Set([1, 2, 3, 4, 5].map((s) => shuffled(plain, s).join()));
		expect(orders.size).toBeGreaterThan(1);
	});

	it('a model answer is only ever the drilled side’s own claim that does not fall (phones fixture, both sides)', () => {
		const { debate, graph } = phonesDebate();
		const status = debateStatus(debate, graph);
		let setAside = 0;
		for (const side of ['for', 'against'] as const) {
			const deck = drillDeck(debate, graph, side);
			expect(deck.length).toBeGreaterThan(2);
			for (const card of deck)
				for (const a of card.answers) {
					const claim = debate.claims[a.id];
					expect(graph.side.get(a.id), `${card.claim.id} ← ${a.id}`).toBe(side);
					expect(claim.role ?? 'asserted', a.id).toMatch(/^(asserted|reported)$/);
					const s = status[a.id].status;
					expect(stands(s) || open(s), `${a.id} is ${s}`).toBe(true);
				}
			setAside += deck.reduce((n, c) => n + c.setAside.length, 0);
		}
		// The fixture puts a raised point and a falling answer on "Phones break focus".
		const focus = drillDeck(debate, graph, 'against').find(
			(c) => c.claim.id === 'phones-break-focus'
		)!;
		expect(focus.answers.map((a) => a.id)).toEqual(['ban-studies-show-mixed-results']);
		expect(focus.setAside.map((x) => x.card.id).sort()).toEqual([
			'phones-are-learning-tools',
			'short-phone-breaks-help-refocus'
		]);
		expect(focus.setAside.find((x) => x.card.id === 'short-phone-breaks-help-refocus')!.why).toBe(
			'it falls: “Phone breaks distract more” stands unanswered.'
		);
		expect(setAside).toBeGreaterThanOrEqual(2);
	});
});
