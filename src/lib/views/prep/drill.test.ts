import { describe, expect, it } from 'vitest';
import { buildGraph } from '$lib/model/graph';
import { drillDeck, shuffled } from './drill';
import { prepDebate } from '$lib/testing/prep-debate';

const debate = prepDebate();
const graph = buildGraph(debate);
const summary = (deck: ReturnType<typeof drillDeck>) =>
	deck.map((c) => [c.claim.id, c.isLine, c.targets.map((t) => t.id), c.answers.map((a) => a.id)]);

describe('drillDeck', () => {
	it('deals the opponent’s attacks and lines, strongest first, with their answers', () => {
		expect(summary(drillDeck(debate, graph, 'for'))).toEqual([
			['h', false, ['d'], []],
			['b', true, [], ['k']],
			['c', false, ['a'], ['e']]
		]);
		expect(summary(drillDeck(debate, graph, 'against'))).toEqual([
			['n', true, [], []],
			['y', true, [], []],
			['a', true, [], ['c']],
			['e', false, ['c'], []],
			['k', false, ['b'], []],
			['g', true, [], ['x']]
		]);
	});

	it('carries the evidence behind each answer', () => {
		const c = drillDeck(debate, graph, 'for')[2];
		expect(c.claim.text).toBe('Claim c.');
		expect(c.answers[0]).toMatchObject({ id: 'e', title: 'Answer E', speaker: 'Ann Author' });
		expect(c.answers[0].evidenceItems.map((e) => e.quote)).toEqual(['e quote 1.']);
	});

	it('shuffles reproducibly from a seed', () => {
		const plain = drillDeck(debate, graph, 'against').map((c) => c.claim.id);
		const one = drillDeck(debate, graph, 'against', undefined, 7).map((c) => c.claim.id);
		expect(drillDeck(debate, graph, 'against', undefined, 7).map((c) => c.claim.id)).toEqual(one);
		expect([...one].sort()).toEqual([...plain].sort());
		const orders = new Set([1, 2, 3, 4, 5].map((s) => shuffled(plain, s).join()));
		expect(orders.size).toBeGreaterThan(1);
	});
});
