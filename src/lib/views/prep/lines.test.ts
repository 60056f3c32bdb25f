import { describe, expect, it } from 'vitest';
import { buildGraph } from '$lib/model/graph';
import { isSide, opponentOf } from '$lib/model/sides';
import { sidePrep } from './lines';
import { prepDebate } from '$lib/testing/prep-debate';

const debate = prepDebate();
const graph = buildGraph(debate);
const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id);

describe('sidePrep for', () => {
	const prep = sidePrep(debate, graph, 'for');

	it('ranks lines by strength, then evidence; mixed claims belong to neither side', () => {
		expect(ids(prep.lines)).toEqual(['n', 'y', 'a', 'g']);
		expect(prep.lines.map((l) => l.status.strength)).toEqual([0.9, 0.5, 0.5, 0.25]);
		expect(prep.lines.map((l) => l.evidence)).toEqual([1, 2, 1, 0]);
	});

	it('lists own supporters only, with the attacks on each and their answers', () => {
		const a = prep.lines.find((l) => l.id === 'a')!;
		expect(ids(a.supporters)).toEqual(['d']); // z supports a but is mixed
		expect(a.attacks.map((t) => [t.claim.id, ids(t.answers)])).toEqual([['c', ['e']]]);
		expect(a.attacks[0].claim.status.status).toBe('refuted');
		expect(a.supporters[0].attacks.map((t) => [t.claim.id, ids(t.answers)])).toEqual([['h', []]]);
	});

	it('expects attacks from anyone, mixed claims included', () => {
		const g = prep.lines.find((l) => l.id === 'g')!;
		expect(g.attacks.map((t) => [t.claim.id, t.claim.side])).toEqual([['x', 'mixed']]);
	});

	it('finds the gaps', () => {
		expect(prep.gaps.unanswered.map((u) => [u.id, ids(u.targets)])).toEqual([['h', ['d']]]);
		expect(ids(prep.gaps.noEvidence)).toEqual(['k', 'g']);
		expect(prep.gaps.refuted.map((r) => [r.id, ids(r.refutedBy)])).toEqual([
			['d', ['h']],
			['g', ['x']]
		]);
	});
});

describe('sidePrep against', () => {
	const prep = sidePrep(debate, graph, 'against');

	it('takes the claims attacking the resolution as lines', () => {
		expect(ids(prep.lines)).toEqual(['b']);
		expect(prep.lines[0].attacks.map((t) => [t.claim.id, ids(t.answers)])).toEqual([['k', []]]);
		expect(prep.lines[0].supporters).toEqual([]);
	});

	it('puts unanswered claims that hit this side first, strongest first within each group', () => {
		expect(prep.gaps.unanswered.map((u) => [u.id, ids(u.targets)])).toEqual([
			['e', ['c']],
			['k', ['b']],
			['n', []],
			['y', []]
		]);
	});

	it('reports missing evidence and refutations', () => {
		expect(ids(prep.gaps.noEvidence)).toEqual(['h']);
		expect(prep.gaps.refuted.map((r) => [r.id, ids(r.refutedBy)])).toEqual([
			['b', ['k']],
			['c', ['e']]
		]);
	});
});

describe('side helpers', () => {
	it('names the opponent and recognises side names', () => {
		expect(opponentOf('for')).toBe('against');
		expect(opponentOf('against')).toBe('for');
		expect(isSide('for')).toBe(true);
		expect(isSide('thesis')).toBe(false);
	});
});
