import { describe, expect, it } from 'vitest';
import { aggregate, combine, dfquad } from './dfquad';
import { mulberry32 } from '$lib/shared/random';
import { randomGraph } from '$lib/testing/random-graph';
import type { ArgGraph } from './types';

/*
 * No number here is quoted from Rago, Toni, Aurisicchio & Baroni (KR 2016): the
 * paper was not at hand, so every expected value is hand-computed from its
 * definitions, with the working in a comment:
 *   F(s1..sn) = 1 − ∏(1 − si)                    (0 for no inputs)
 *   C(v0, va, vs) = v0 − v0·(va − vs)             if va ≥ vs
 *                 = v0 + (1 − v0)·(vs − va)       otherwise
 */

function graph(
	ids: string,
	attacks: string[],
	supports: string[] = [],
	base?: Record<string, number>
): ArgGraph {
	const pairs = (xs: string[]) => xs.map((s) => s.split('>') as [string, string]);
	return { ids: ids.split(''), attacks: pairs(attacks), supports: pairs(supports), base };
}

describe('DF-QuAD building blocks (hand-computed from the definition)', () => {
	it('aggregation F', () => {
		expect(aggregate([])).toBe(0);
		expect(aggregate([0.3])).toBeCloseTo(0.3, 15);
		expect(aggregate([0.5, 0.5])).toBeCloseTo(0.75, 15); // 1 − 0.5·0.5
		expect(aggregate([0.6, 0.5])).toBeCloseTo(0.8, 15); // 1 − 0.4·0.5
		expect(aggregate([0.2, 1, 0.4])).toBe(1); // any input of 1 saturates
	});

	it('combination C', () => {
		expect(combine(0.5, 0, 0)).toBe(0.5);
		expect(combine(0.8, 0.5, 0)).toBeCloseTo(0.4, 15); // 0.8 − 0.8·0.5
		expect(combine(0.8, 0, 0.5)).toBeCloseTo(0.9, 15); // 0.8 + 0.2·0.5
		expect(combine(0.4, 0.7, 0.2)).toBeCloseTo(0.2, 15); // 0.4 − 0.4·0.5
		expect(combine(0.4, 0.2, 0.7)).toBeCloseTo(0.7, 15); // 0.4 + 0.6·0.5
		expect(combine(0.3, 0.6, 0.6)).toBe(0.3);
	});
});

describe('dfquad: hand-checked small graphs (hand-computed from the definition)', () => {
	it('no attackers or supporters: strength is the base (0.5 by default)', () => {
		const r = dfquad(graph('ab', [], [], { b: 0.3 }));
		expect(r.strength).toEqual({ a: 0.5, b: 0.3 });
		expect(r.approximate).toEqual({ a: false, b: false });
		expect(r.iterations).toBe(0);
		expect(r.converged).toBe(true);
	});

	it('one attacker of strength 1 drives the claim to 0', () => {
		// a: unattacked, base 1 → 1. b: C(0.5, 1, 0) = 0.5 − 0.5·1 = 0.
		expect(dfquad(graph('ab', ['a>b'], [], { a: 1 })).strength).toEqual({ a: 1, b: 0 });
	});

	it('equal attack and support leave the base unchanged', () => {
		// va = vs = 0.6 → C(0.4, 0.6, 0.6) = 0.4 − 0.4·0 = 0.4.
		const r = dfquad(graph('xab', ['a>x'], ['b>x'], { x: 0.4, a: 0.6, b: 0.6 }));
		expect(r.strength.x).toBe(0.4);
	});

	it('supports only move the claim toward 1', () => {
		// One supporter at 0.5: 0.5 + 0.5·0.5 = 0.75.
		expect(dfquad(graph('xa', [], ['a>x'])).strength.x).toBeCloseTo(0.75, 15);
		// Two at 0.5: vs = 1 − 0.25 = 0.75, so 0.5 + 0.5·0.75 = 0.875.
		expect(dfquad(graph('xab', [], ['a>x', 'b>x'])).strength.x).toBeCloseTo(0.875, 15);
		// Base 0.9, supporter at 0.5: 0.9 + 0.1·0.5 = 0.95.
		expect(dfquad(graph('xa', [], ['a>x'], { x: 0.9 })).strength.x).toBeCloseTo(0.95, 15);
	});

	it('a duplicated attack counts once (relations are sets)', () => {
		// Once: 0.5 − 0.5·0.5 = 0.25. Counted twice it would be 0.5 − 0.5·0.75 = 0.125.
		expect(dfquad(graph('xa', ['a>x', 'a>x'])).strength.x).toBeCloseTo(0.25, 15);
	});

	it('a tree of depth 3', () => {
		// r ← a (attack, base 0.6) ← b (attack, base 0.8) ← c (support, base 0.4)
		// r ← f (attack, base 0.5)
		// r ← s (support, base 0.5) ← d (support, base 0.7), ← e (attack, base 0.3)
		//   c = 0.4, d = 0.7, e = 0.3, f = 0.5                       (leaves: base)
		//   b = C(0.8, 0, 0.4)    = 0.8 + 0.2·0.4          = 0.88
		//   a = C(0.6, 0.88, 0)   = 0.6 − 0.6·0.88         = 0.072
		//   s = C(0.5, 0.3, 0.7)  = 0.5 + 0.5·0.4          = 0.7
		//   va(r) = 1 − (1 − 0.072)(1 − 0.5) = 1 − 0.464   = 0.536
		//   r = C(0.5, 0.536, 0.7) = 0.5 + 0.5·(0.7 − 0.536) = 0.582
		const g = graph('rabcdefs', ['a>r', 'b>a', 'e>s', 'f>r'], ['c>b', 's>r', 'd>s'], {
			a: 0.6,
			b: 0.8,
			c: 0.4,
			d: 0.7,
			e: 0.3
		});
		const { strength, approximate, iterations } = dfquad(g);
		const want = { r: 0.582, a: 0.072, b: 0.88, c: 0.4, d: 0.7, e: 0.3, f: 0.5, s: 0.7 };
		for (const [id, v] of Object.entries(want)) expect(strength[id], id).toBeCloseTo(v, 12);
		expect(Object.values(approximate)).not.toContain(true);
		expect(iterations).toBe(0);
	});

	it('is discontinuity-free: a vanishingly weak attacker barely moves the claim', () => {
		// The property DF-QuAD is named for: with attacker strength ε, the claim is
		// 0.5 − 0.5·ε, which tends to the unattacked value 0.5 as ε → 0.
		for (const eps of [0.1, 0.01, 1e-6]) {
			const s = dfquad(graph('xa', ['a>x'], [], { a: eps })).strength.x;
			expect(s).toBeCloseTo(0.5 - 0.5 * eps, 12);
		}
	});

	it('rejects a base outside [0, 1]', () => {
		expect(() => dfquad(graph('a', [], [], { a: 1.5 }))).toThrow(RangeError);
		expect(() => dfquad(graph('a', [], [], { a: Number.NaN }))).toThrow(RangeError);
	});
});

describe('dfquad: cycles (fixed points hand-computed from the definition)', () => {
	it('mutual attack converges to 1/3 each; downstream is approximate, upstream is exact', () => {
		// a ⇄ b at base 0.5: x = 0.5 − 0.5·x → x = 1/3.
		// c, attacked by a: 0.5 − 0.5·(1/3) = 1/3, computed from an approximate input.
		const r = dfquad(graph('abc', ['a>b', 'b>a', 'a>c']));
		expect(r.converged).toBe(true);
		expect(r.iterations).toBeGreaterThan(1);
		expect(r.strength.a).toBeCloseTo(1 / 3, 8);
		expect(r.strength.b).toBeCloseTo(1 / 3, 8);
		expect(r.strength.c).toBeCloseTo(1 / 3, 8);
		expect(r.approximate).toEqual({ a: true, b: true, c: true });
	});

	it('an unattacked attacker feeding a cycle stays exact and shifts the fixed point', () => {
		// d → a, a ⇄ b, all base 0.5. d = 0.5 (exact).
		//   va(a) = 1 − (1 − b)(1 − 0.5) = 0.5 + 0.5b, so a = 0.5 − 0.5(0.5 + 0.5b) = 0.25 − 0.25b
		//   b = 0.5 − 0.5a
		//   a = 0.25 − 0.25(0.5 − 0.5a) = 0.125 + 0.125a → a = 1/7, b = 3/7.
		const r = dfquad(graph('abd', ['a>b', 'b>a', 'd>a']));
		expect(r.strength.d).toBe(0.5);
		expect(r.strength.a).toBeCloseTo(1 / 7, 8);
		expect(r.strength.b).toBeCloseTo(3 / 7, 8);
		expect(r.approximate).toEqual({ a: true, b: true, d: false });
	});

	it('mutual support climbs to 1', () => {
		// x = 0.5 + 0.5·x → x = 1.
		const r = dfquad(graph('ab', [], ['a>b', 'b>a']));
		expect(r.converged).toBe(true);
		expect(r.strength.a).toBeCloseTo(1, 8);
		expect(r.strength.b).toBeCloseTo(1, 8);
	});

	it('a self-loop is a cycle', () => {
		// Self-support at 0.5: x = 0.5 + 0.5x → 1; flagged approximate.
		const r = dfquad(graph('ab', [], ['a>a']));
		expect(r.strength.a).toBeCloseTo(1, 8);
		expect(r.approximate).toEqual({ a: true, b: false });
	});

	it('an oscillating odd cycle does not settle; damping finds its balance point, 1/2 each', () => {
		// a→b→c→a at base 1: each plain update is 1 − (attacker), so values stay in {0, 1}
		// and flip forever. The only fixed point: x = 1 − x → 1/2 each. Damped sweeps
		// x ← ½x + ½(1 − x_prev) reach it; the cycle is still flagged as one that does not settle.
		const r = dfquad(graph('abc', ['a>b', 'b>c', 'c>a'], [], { a: 1, b: 1, c: 1 }), {
			maxIterations: 37
		});
		expect(r.converged).toBe(true);
		expect(r.iterations).toBeGreaterThan(37);
		for (const v of Object.values(r.strength)) expect(v).toBeCloseTo(0.5, 8);
		expect(r.settles).toEqual({ a: false, b: false, c: false });
		expect(r.approximate).toEqual({ a: true, b: true, c: true });
	});

	it('a self-attacker at base 1 is 1/2, its target 1/4, and both are flagged as not settling', () => {
		// a = C(1, a, 0) = 1 − a → a = 1/2 (plain iteration flips 1, 0, 1, …).
		// b, attacked by a, base 0.5: 0.5 − 0.5·(1/2) = 1/4, exact given a but resting on a balance point.
		// c, unrelated: exact and settled.
		const r = dfquad(graph('abc', ['a>a', 'a>b'], [], { a: 1 }));
		expect(r.strength.a).toBeCloseTo(0.5, 8);
		expect(r.strength.b).toBeCloseTo(0.25, 8);
		expect(r.strength.c).toBe(0.5);
		expect(r.settles).toEqual({ a: false, b: false, c: true });
		expect(r.converged).toBe(true);
	});

	it('a cycle that settles plainly is marked as settling', () => {
		const r = dfquad(graph('abc', ['a>b', 'b>a', 'a>c']));
		expect(r.settles).toEqual({ a: true, b: true, c: true });
	});

	it('a cycle downstream of one that does not settle inherits the mark', () => {
		// a attacks itself at base 1 (does not settle); b ⇄ c settle on their own, but b is attacked by a.
		const r = dfquad(graph('abc', ['a>a', 'a>b', 'b>c', 'c>b'], [], { a: 1 }));
		expect(r.settles).toEqual({ a: false, b: false, c: false });
	});

	it('a looser tolerance stops sooner', () => {
		const g = graph('ab', ['a>b', 'b>a']);
		const loose = dfquad(g, { tolerance: 1e-2 });
		const tight = dfquad(g, { tolerance: 1e-12 });
		expect(loose.converged && tight.converged).toBe(true);
		expect(loose.iterations).toBeLessThan(tight.iterations);
		expect(Math.abs(tight.strength.a - 1 / 3)).toBeLessThan(1e-11);
	});
});

/** Naive oracle, written independently: plain recursion on the definition. */
function naive(g: ArgGraph): (id: string) => number {
	const uniq = (xs: Array<[string, string]>) =>
		[...new Set(xs.map(([f, t]) => `${f}\u0000${t}`))].map((k) => k.split('\u0000'));
	const att = uniq([...g.attacks, ...(g.weakAttacks ?? [])]);
	const sup = uniq(g.supports);
	const value = (id: string): number => {
		const va = aggregateNaive(att.filter(([, t]) => t === id).map(([f]) => value(f)));
		const vs = aggregateNaive(sup.filter(([, t]) => t === id).map(([f]) => value(f)));
		const v0 = g.base?.[id] ?? 0.5;
		return va >= vs ? v0 - v0 * (va - vs) : v0 + (1 - v0) * (vs - va);
	};
	return value;
}
function aggregateNaive(xs: number[]): number {
	return 1 - xs.reduce((p, x) => p * (1 - x), 1);
}

/** Brute-force "in or downstream of a cycle" via a reachability matrix. */
function cycleReach(g: ArgGraph): Set<string> {
	const n = g.ids.length;
	const pos = new Map(g.ids.map((id, i) => [id, i]));
	const r = g.ids.map(() => new Array<boolean>(n).fill(false));
	for (const [f, t] of [...g.attacks, ...g.supports, ...(g.weakAttacks ?? [])])
		r[pos.get(f)!][pos.get(t)!] = true;
	for (let k = 0; k < n; k++)
		for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (r[i][k] && r[k][j]) r[i][j] = true;
	const out = new Set<string>();
	for (let u = 0; u < n; u++) {
		if (!r[u][u]) continue;
		for (let v = 0; v < n; v++) if (v === u || r[u][v]) out.add(g.ids[v]);
	}
	return out;
}

describe('dfquad: randomised against oracles (mulberry32 seeds)', () => {
	it('random DAGs: exact, matches naive recursion, nothing approximate (300 cases)', () => {
		const rand = mulberry32(2016);
		for (let k = 0; k < 300; k++) {
			const n = 1 + Math.floor(rand() * 10);
			const g = randomGraph(rand, n, Math.floor(rand() * 2 * n), {
				acyclic: true,
				randomBase: rand() < 0.7
			});
			const r = dfquad(g);
			const want = naive(g);
			const ctx = `case ${k}: ${JSON.stringify(g)}`;
			for (const id of g.ids) {
				expect(r.strength[id], ctx).toBeCloseTo(want(id), 12);
				expect(r.approximate[id], ctx).toBe(false);
			}
			expect(r.iterations, ctx).toBe(0);
			expect(r.converged, ctx).toBe(true);
		}
	});

	it('random DAGs: monotone — raising an attacker never raises its target, raising a supporter never lowers it', () => {
		const rand = mulberry32(42);
		let checked = 0;
		for (let k = 0; k < 150; k++) {
			const n = 2 + Math.floor(rand() * 8);
			const g = randomGraph(rand, n, 2 * n, { acyclic: true, randomBase: true });
			const edges = [...g.attacks.map((e) => [...e, 'a']), ...g.supports.map((e) => [...e, 's'])];
			if (edges.length === 0) continue;
			const [from, to, kind] = edges[Math.floor(rand() * edges.length)];
			// Only meaningful when this edge is the sole path from `from` to `to` (the
			// same pair may also appear in the other relation, or be linked indirectly).
			if (edges.filter(([f, t]) => f === from && t === to).length > 1) continue;
			const others = {
				...g,
				attacks: g.attacks.filter(([f, t]) => !(f === from && t === to)),
				supports: g.supports.filter(([f, t]) => !(f === from && t === to))
			};
			if (cycleReachFrom(others, from).has(to)) continue;
			const before = dfquad(g).strength[to];
			const after = dfquad({ ...g, base: { ...g.base, [from]: 1 } }).strength[to];
			const ctx = `case ${k}: ${kind} ${from}→${to} in ${JSON.stringify(g)}`;
			checked++;
			if (kind === 'a') expect(after, ctx).toBeLessThanOrEqual(before + 1e-12);
			else expect(after, ctx).toBeGreaterThanOrEqual(before - 1e-12);
		}
		expect(checked).toBeGreaterThan(50);
	});

	it('random cyclic graphs: in [0, 1], approximate exactly on cycles and downstream, exact elsewhere, fixed point when converged (300 cases)', () => {
		const rand = mulberry32(31337);
		let convergedCases = 0;
		let cyclicCases = 0;
		let unsettledCases = 0;
		for (let k = 0; k < 300; k++) {
			const n = 1 + Math.floor(rand() * 9);
			const g = randomGraph(rand, n, Math.floor(rand() * 2.5 * n), {
				randomBase: rand() < 0.7,
				selfLoops: rand() < 0.3
			});
			const r = dfquad(g);
			const ctx = `case ${k}: ${JSON.stringify(g)}`;
			const approx = cycleReach(g);
			if (approx.size > 0) cyclicCases++;
			const want = naive(g);
			for (const id of g.ids) {
				expect(r.strength[id], ctx).toBeGreaterThanOrEqual(0);
				expect(r.strength[id], ctx).toBeLessThanOrEqual(1);
				expect(r.approximate[id], `${ctx} ${id}`).toBe(approx.has(id));
				// Outside the cycles' reach the recursion terminates, and the value must be exact.
				if (!approx.has(id)) expect(r.strength[id], ctx).toBeCloseTo(want(id), 12);
				// Only a cycle (or what hangs below one) can fail to settle.
				if (!r.settles[id]) expect(approx.has(id), `${ctx} ${id}`).toBe(true);
			}
			if (Object.values(r.settles).includes(false)) unsettledCases++;
			if (r.converged) {
				convergedCases++;
				// Re-applying one (Jacobi) step of DF-QuAD to the result changes nothing:
				// whether plain or damped sweeps found it, it is a fixed point.
				const step = oneStep(g, r.strength);
				for (const id of g.ids)
					expect(Math.abs(step[id] - r.strength[id]), `${ctx} ${id}`).toBeLessThan(1e-7);
			} else {
				// Plain sweeps up to the cap, then ten times as many damped ones.
				expect(r.iterations, ctx).toBe(1100);
			}
		}
		// Guard against a generator that never produces the interesting cases.
		expect(cyclicCases).toBeGreaterThan(100);
		expect(unsettledCases).toBeGreaterThan(2);
		// Damping finds a balance point wherever plain iteration did not settle, in this sample.
		expect(convergedCases).toBe(300);
	});

	it('attack-only graphs at high base, where plain sweeps oscillate: damped values are fixed points (300 cases)', () => {
		const rand = mulberry32(4242);
		let unsettled = 0;
		let converged = 0;
		for (let k = 0; k < 300; k++) {
			const n = 1 + Math.floor(rand() * 8);
			const g = randomGraph(rand, n, 1 + Math.floor(rand() * 2 * n), {
				supportShare: 0,
				selfLoops: true
			});
			g.base = Object.fromEntries(g.ids.map((id) => [id, 0.9 + 0.1 * rand()]));
			const r = dfquad(g);
			if (Object.values(r.settles).includes(false)) unsettled++;
			if (!r.converged) continue;
			converged++;
			const step = oneStep(g, r.strength);
			for (const id of g.ids)
				expect(Math.abs(step[id] - r.strength[id]), `case ${k} ${id}`).toBeLessThan(1e-7);
		}
		expect(unsettled).toBeGreaterThan(100);
		expect(converged).toBe(300);
	});

	it('weak attacks weigh exactly like attacks in the strength (200 random cases)', () => {
		const rand = mulberry32(777);
		for (let k = 0; k < 200; k++) {
			const n = 1 + Math.floor(rand() * 9);
			const g = randomGraph(rand, n, Math.floor(rand() * 2 * n), {
				randomBase: true,
				selfLoops: rand() < 0.2
			});
			const weak = g.attacks.filter(() => rand() < 0.5);
			const split: ArgGraph = {
				...g,
				attacks: g.attacks.filter((e) => !weak.includes(e)),
				weakAttacks: weak
			};
			const a = dfquad(split);
			const b = dfquad(g);
			// Exact off cycles; on them the sweep order may differ, so to the tolerance.
			for (const id of g.ids)
				expect(a.strength[id], `case ${k}`).toBeCloseTo(b.strength[id], b.approximate[id] ? 7 : 12);
		}
	});
});

function cycleReachFrom(g: ArgGraph, from: string): Set<string> {
	const seen = new Set<string>();
	const todo = [from];
	const edges = [...g.attacks, ...g.supports];
	while (todo.length) {
		const x = todo.pop()!;
		for (const [f, t] of edges) {
			if (f === x && !seen.has(t)) {
				seen.add(t);
				todo.push(t);
			}
		}
	}
	return seen;
}

function oneStep(g: ArgGraph, s: Record<string, number>): Record<string, number> {
	const uniq = (xs: Array<[string, string]>) =>
		[...new Set(xs.map(([f, t]) => `${f}\u0000${t}`))].map((k) => k.split('\u0000'));
	const att = uniq([...g.attacks, ...(g.weakAttacks ?? [])]);
	const sup = uniq(g.supports);
	const out: Record<string, number> = {};
	for (const id of g.ids) {
		const va = aggregateNaive(att.filter(([, t]) => t === id).map(([f]) => s[f]));
		const vs = aggregateNaive(sup.filter(([, t]) => t === id).map(([f]) => s[f]));
		out[id] = combine(g.base?.[id] ?? 0.5, va, vs);
	}
	return out;
}

describe('dfquad: scale', () => {
	it('a 100,000-long attack chain is evaluated exactly, without recursion limits', () => {
		// c0 ← c1 ← … ← c99999, all base 0.5. Leaf = 0.5; each step s ↦ 0.5 − 0.5·s has
		// fixed point 1/3 and contracts by 1/2, so deep in the chain the value is 1/3.
		const n = 100_000;
		const ids = Array.from({ length: n }, (_, i) => `c${i}`);
		const attacks = ids.slice(1).map((id, i) => [id, ids[i]] as [string, string]);
		const r = dfquad({ ids, attacks, supports: [] });
		expect(r.strength[`c${n - 1}`]).toBe(0.5);
		expect(r.strength[`c${n - 2}`]).toBe(0.25);
		expect(r.strength.c0).toBeCloseTo(1 / 3, 12);
		expect(r.approximate.c0).toBe(false);
		expect(r.iterations).toBe(0);
	});

	it('a 100,000-long attack cycle is found as one component', () => {
		const n = 100_000;
		const ids = Array.from({ length: n }, (_, i) => `c${i}`);
		const attacks = ids.map((id, i) => [id, ids[(i + 1) % n]] as [string, string]);
		const r = dfquad({ ids, attacks, supports: [] }, { maxIterations: 3 });
		expect(Object.values(r.approximate).every(Boolean)).toBe(true);
	});
});
