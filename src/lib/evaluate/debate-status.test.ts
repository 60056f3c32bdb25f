import { describe, expect, it } from 'vitest';
import { buildGraph } from '$lib/model/graph';
import { argGraph, debateStatus } from './debate-status';
import { prepDebate } from '$lib/testing/prep-debate';

describe('debateStatus', () => {
	const debate = prepDebate();
	const graph = buildGraph(debate);
	const status = debateStatus(debate, graph);

	it('evaluates every claim', () => {
		expect(Object.keys(status).sort()).toEqual(graph.ids);
	});

	it('passes relations and base scores through', () => {
		const g = argGraph(debate, graph);
		expect(g.attacks).toContainEqual(['c', 'a']);
		expect(g.supports).toContainEqual(['d', 'a']);
		expect(g.base).toEqual({ n: 0.9, z: 0 });
		expect(status.n.strength).toBeCloseTo(0.9);
	});

	it('labels and explains with claim titles', () => {
		expect(status.c).toMatchObject({ status: 'refuted', refutedBy: ['e'], strength: 0.25 });
		expect(status.c.reason).toBe('Refuted: “Answer E” stands unanswered.');
		expect(status.a.status).toBe('standing');
		expect(status.a.reason).toBe('Standing: every attack on it is answered.');
		expect(status.e.reason).toBe('Standing: nothing attacks it.');
	});

	it('calls a mutual attack contested', () => {
		const d = prepDebate();
		d.claims.c.attacks = ['a', 'e'];
		const s = debateStatus(d, buildGraph(d));
		expect(s.c.status).toBe('contested');
		expect(s.e.status).toBe('contested');
	});
});
