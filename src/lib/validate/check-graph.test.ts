import { describe, expect, it } from 'vitest';
import { checkGraph, supportCycles } from './check-graph';
import { claimInput } from '$lib/testing/claim-input';

const graph = (claims: ReturnType<typeof claimInput>[], unreadable: string[] = []) =>
	checkGraph({ debatePath: 'debate.yaml', claims, unreadable }).map((p) => `${p.code} ${p.file}`);
const T = claimInput('t', { kind: 'thesis' });

describe('checkGraph', () => {
	it('a tree with mutual attacks is fine', () => {
		expect(
			graph([
				T,
				claimInput('a', { supports: ['t'] }),
				claimInput('b', { attacks: ['a'] }),
				claimInput('c', { attacks: ['b'], supports: ['a'] }),
				claimInput('d', { attacks: ['c'] }),
				claimInput('e', { attacks: ['d', 'c'] })
			])
		).toEqual([]);
		expect(
			graph([T, claimInput('a', { attacks: ['t', 'b'] }), claimInput('b', { attacks: ['a'] })])
		).toEqual([]);
	});
	it('a mistyped target is one problem (dangling), not also "unreachable" for what leads through it', () => {
		// "a" points at "tesis" (no such claim); "b" leads to the thesis only through "a".
		expect(
			graph([T, claimInput('a', { supports: ['tesis'] }), claimInput('b', { supports: ['a'] })])
		).toEqual([]);
		// An island that points only at known claims is still reported.
		expect(
			graph([T, claimInput('x', { supports: ['y'] }), claimInput('y', { attacks: ['x'] })])
		).toEqual(['unreachable claims/x.yaml', 'unreachable claims/y.yaml']);
	});
	it('no thesis, two theses', () => {
		expect(
			graph([claimInput('a', { supports: ['b'] }), claimInput('b', { supports: ['a'] })])
		).toContain('no-thesis debate.yaml');
		expect(graph([])).toEqual(['no-thesis debate.yaml']);
		expect(graph([T, claimInput('u', { kind: 'thesis' })])).toEqual([
			'two-theses claims/t.yaml',
			'two-theses claims/u.yaml'
		]);
	});
	it('an unreadable claim may be the thesis, and what points at it counts as connected', () => {
		expect(graph([claimInput('a', { supports: ['broken'] })], ['broken'])).toEqual([]);
	});
	it('claims that never reach the thesis', () => {
		expect(
			graph([
				T,
				claimInput('a', { supports: ['t'] }),
				claimInput('x', { supports: ['y'] }),
				claimInput('y', { attacks: ['x'] })
			])
		).toEqual(['unreachable claims/x.yaml', 'unreachable claims/y.yaml']);
	});
	it('support cycles list the members in order, reported on each edge', () => {
		const problems = checkGraph({
			debatePath: 'debate.yaml',
			claims: [
				T,
				claimInput('a', { supports: ['t', 'b'] }),
				claimInput('b', { supports: ['c'] }),
				claimInput('c', { supports: ['a'] })
			]
		});
		expect(problems.map((p) => [p.file, p.message.split('.')[0]])).toEqual([
			['claims/a.yaml', 'Support cycle: a → b → c → a'],
			['claims/b.yaml', 'Support cycle: a → b → c → a'],
			['claims/c.yaml', 'Support cycle: a → b → c → a']
		]);
	});
	it('an attack edge does not make a support cycle', () => {
		expect(
			graph([T, claimInput('a', { supports: ['t', 'b'] }), claimInput('b', { attacks: ['a'] })])
		).toEqual([]);
	});
	it('Tarjan copes with a 100,000-long chain without recursion', () => {
		const n = 100_000;
		const next = (v: number) => [(v + 1) % n];
		const comps = supportCycles(n, next);
		expect(comps).toHaveLength(1);
		expect(comps[0]).toHaveLength(n);
	});
	it('follows renames through resolve()', () => {
		const problems = checkGraph({
			debatePath: 'debate.yaml',
			claims: [T, claimInput('a', { supports: ['old-t'] })],
			resolve: (id) => (id === 'old-t' ? 't' : ['t', 'a'].includes(id) ? id : undefined)
		});
		expect(problems).toEqual([]);
	});
});
