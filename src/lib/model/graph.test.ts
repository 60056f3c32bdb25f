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

describe('undercuts and linked premises (additive: `edges` keeps only supports and attacks)', () => {
	const debate = tinyDebate({
		a: { supports: ['thesis'] },
		p: { supports: ['a'], with: ['q'] },
		q: { supports: ['a'] },
		b: { attacks: ['thesis'] },
		u: { undercuts: [{ from: 'p', supports: 'a' }] },
		v: { undercuts: [{ from: 'b', attacks: 'thesis' }] },
		w: { attacks: ['u'] }
	});
	const g = buildGraph(debate);

	it('keeps `edges`, `incoming` and `outgoing` to supports and attacks', () => {
		expect(g.edges.map((e) => e.id).sort()).toEqual([
			'a>supports>thesis',
			'b>attacks>thesis',
			'p>supports>a',
			'q>supports>a',
			'w>attacks>u'
		]);
		expect(g.edges.every((e) => e.undercut === undefined)).toBe(true);
		expect(g.outgoing.get('u')).toEqual([]);
		expect(g.incoming.get('p')).toEqual([]);
	});

	it('indexes each undercut by the relation it targets and by the claim that makes it', () => {
		expect(g.undercuts.map((u) => u.id)).toEqual([
			'u>undercuts>p>supports>a',
			'v>undercuts>b>attacks>thesis'
		]);
		expect(g.undercutsOf.get('p>supports>a')!.map((u) => u.from)).toEqual(['u']);
		expect(g.undercutsBy.get('v')![0].edge.id).toBe('b>attacks>thesis');
	});

	it('joins `with:` into one group, declared on one member only', () => {
		expect(g.groups).toHaveLength(1);
		expect(g.groups[0]).toMatchObject({ to: 'a', relation: 'supports', members: ['p', 'q'] });
		expect(g.groupOf.get('q>supports>a')).toBe(g.groups[0]);
		expect(g.groupOf.has('a>supports>thesis')).toBe(false);
	});

	it('places an undercutter one step below the claim whose relation it undercuts, on the other side', () => {
		expect(g.depth.get('u')).toBe(g.depth.get('p')! + 1);
		expect(g.children.get('p')).toEqual(['u']);
		expect(g.parentEdge.get('u')).toMatchObject({ from: 'u', to: 'p', relation: 'attacks' });
		expect(g.parentEdge.get('u')!.undercut!.id).toBe('p>supports>a');
		expect(g.side.get('p')).toBe('for');
		expect(g.side.get('u')).toBe('against');
		// Undercutting an attack on the thesis takes the thesis's side.
		expect(g.side.get('v')).toBe('for');
		expect(g.side.get('w')).toBe('for');
	});

	it('traces an undercutter up to the thesis and down from the claim it answers', () => {
		expect(chainToThesis(g, 'u')).toEqual([
			{
				from: 'u',
				to: 'p',
				relation: 'attacks',
				undercut: g.edges.find((e) => e.id === 'p>supports>a')
			},
			{ from: 'p', to: 'a', relation: 'supports' },
			{ from: 'a', to: 'thesis', relation: 'supports' }
		]);
		expect([...ancestors(g, 'w').claims].sort()).toEqual(['a', 'p', 'thesis', 'u', 'w']);
		expect([...replies(g, 'p').claims].sort()).toEqual(['p', 'u', 'w']);
		expect([...neighbourhood(g, 'u', 1)].sort()).toEqual(['p', 'u', 'w']);
	});

	it('gives a claim’s page its undercuts and groups', () => {
		const p = claimContext(g, 'p');
		expect(p.undercutBy.map((u) => u.from)).toEqual(['u']);
		expect(p.groups.map((x) => x.members)).toEqual([['p', 'q']]);
		const u = claimContext(g, 'u');
		expect(u.undercuts.map((x) => x.edge.id)).toEqual(['p>supports>a']);
		expect(u.sides).toMatchObject({ u: 'against', p: 'for', a: 'for' });
	});

	it('ignores an undercut of a relation the map does not have (the validator reports it)', () => {
		const bad = buildGraph(
			tinyDebate({
				a: { supports: ['thesis'] },
				u: { undercuts: [{ from: 'a', attacks: 'thesis' }] }
			})
		);
		expect(bad.undercuts).toEqual([]);
		expect(bad.depth.get('u')).toBe(Infinity);
	});
});
