import { describe, expect, it } from 'vitest';
import {
	ancestors,
	buildGraph,
	chainToThesis,
	claimContext,
	neighbourhood,
	replies
} from './graph';
import { sideThrough } from './sides';
import { sampleDebate, tinyDebate } from '$lib/testing/tiny-debate';

describe('buildGraph', () => {
	const g = buildGraph(sampleDebate());

	it('indexes every relation both ways', () => {
		expect(g.edges).toHaveLength(7);
		expect(
			g.incoming
				.get('a')!
				.map((e) => e.from)
				.sort()
		).toEqual(['c', 'd']);
		expect(g.outgoing.get('e')!.map((e) => `${e.relation}:${e.to}`)).toEqual([
			'attacks:b',
			'attacks:f'
		]);
	});

	it('measures depth from the thesis', () => {
		expect(Object.fromEntries(g.depth)).toEqual({ thesis: 0, a: 1, b: 1, c: 2, d: 2, e: 2, f: 3 });
	});

	it('derives each side from the chain of relations', () => {
		expect(g.side.get('thesis')).toBe('thesis');
		expect(g.side.get('a')).toBe('for');
		expect(g.side.get('b')).toBe('against');
		expect(g.side.get('c')).toBe('against'); // attacks a pro claim
		expect(g.side.get('d')).toBe('for');
		expect(g.side.get('e')).toBe('for'); // attacks a con claim
		expect(g.side.get('f')).toBe('against'); // attacks e, through the mutual rebuttal
	});

	it('marks a claim whose relations pull both ways as mixed', () => {
		const mixed = buildGraph(
			tinyDebate({
				a: { supports: ['thesis'] },
				b: { attacks: ['thesis'] },
				m: { supports: ['a', 'b'] }
			})
		);
		expect(mixed.side.get('m')).toBe('mixed');
	});

	it('puts every claim under one outline parent', () => {
		expect(g.children.get('thesis')).toEqual(['a', 'b']);
		expect(g.children.get('e')).toEqual(['f']);
		expect(g.parentEdge.get('f')!.to).toBe('e');
	});
});

describe('chains', () => {
	const g = buildGraph(sampleDebate());

	it('walks the shortest chain up to the thesis', () => {
		expect(chainToThesis(g, 'f')).toEqual([
			{ from: 'f', to: 'e', relation: 'attacks' },
			{ from: 'e', to: 'b', relation: 'attacks' },
			{ from: 'b', to: 'thesis', relation: 'attacks' }
		]);
		expect(chainToThesis(g, 'thesis')).toEqual([]);
	});

	it('collects ancestors and the whole reply subtree', () => {
		expect([...ancestors(g, 'c').claims].sort()).toEqual(['a', 'c', 'thesis']);
		expect([...replies(g, 'b').claims].sort()).toEqual(['b', 'e', 'f']);
		expect(replies(g, 'b').edges.has('f>attacks>e')).toBe(true);
	});

	it('bounds the neighbourhood by steps in either direction', () => {
		expect([...neighbourhood(g, 'a', 1)].sort()).toEqual(['a', 'c', 'd', 'thesis']);
		expect([...neighbourhood(g, 'f', 2)].sort()).toEqual(['b', 'e', 'f']);
	});

	it('gives the panel both directions of relations with sides', () => {
		const ctx = claimContext(g, 'a');
		expect(ctx.incoming.map((e) => e.from).sort()).toEqual(['c', 'd']);
		expect(ctx.sides).toMatchObject({ a: 'for', c: 'against', d: 'for', thesis: 'thesis' });
	});

	it('flips sides through attacks only', () => {
		expect(sideThrough('supports', 'against')).toBe('against');
		expect(sideThrough('attacks', 'thesis')).toBe('against');
		expect(sideThrough('attacks', 'mixed')).toBe('mixed');
	});
});
