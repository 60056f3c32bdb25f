import { describe, expect, it } from 'vitest';
import { buildGraph } from '$lib/model/graph';
import { drillDeck, shuffled } from './drill';
import { rolesDebate } from '$lib/testing/roles-debate';
import { prepDebate } from '$lib/testing/prep-debate';

const summary = (deck: ReturnType<typeof drillDeck>) =>
	deck.map((c) => [c.claim.id, c.isLine, c.targets.map((t) => t.id), c.answers.map((a) => a.id)]);

describe('drillDeck', () => {
	const d = rolesDebate();
	const g = buildGraph(d);

	it('deals the opponent’s lines and attacks, cards with answers first, then as argued', () => {
		expect(summary(drillDeck(d, g, 'for'))).toEqual([
			['obj', true, [], ['reply']],
			['bob1', true, [], ['grant']],
			['bob2', false, ['ann1'], []]
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
});
