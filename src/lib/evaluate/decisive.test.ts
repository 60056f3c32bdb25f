import { describe, expect, it } from 'vitest';
import { decisiveFor, decisiveSets } from './decisive';
import { indexGraph } from './graph';
import { grounded, groundedLabels } from './grounded';
import { mulberry32 } from '$lib/shared/random';
import { randomGraph } from '$lib/testing/random-graph';
import type { ArgGraph } from './types';

function graph(ids: string, attacks: string[]): ArgGraph {
	return {
		ids: ids.split(''),
		attacks: attacks.map((s) => s.split('>') as [string, string]),
		supports: []
	};
}

function sets(g: ArgGraph) {
	const ix = indexGraph(g);
	const d = decisiveSets(ix, groundedLabels(ix));
	return Object.fromEntries(g.ids.map((id, i) => [id, d[i]]));
}

describe('decisive sets: hand-checked', () => {
	it('a chain: answer the one attack; an answered claim rests on its answer', () => {
		const r = sets(graph('abc', ['b>a', 'c>b']));
		expect(r.a).toEqual({ to: 'fall', ids: ['c'], possible: true, exhaustive: true });
		expect(r.b).toEqual({ to: 'stand', ids: ['c'], possible: true, exhaustive: true });
		expect(r.c).toEqual({ to: 'fall', ids: [], possible: false, exhaustive: true });
	});

	it('answering one attack can reinstate another: both are needed', () => {
		// t is attacked by a (standing) and b; a also attacks b. Answer a alone and b
		// comes back to stand against t, so the smallest set is {a, b}.
		const r = sets(graph('tab', ['a>t', 'b>t', 'a>b']));
		expect(r.t.to).toBe('stand');
		expect(r.t.ids.slice().sort()).toEqual(['a', 'b']);
	});

	it('one answer upstream can knock out two attacks', () => {
		// t attacked by x and y; d attacks both x and y but is itself attacked by e.
		// Answering e lets d stand, which answers x and y: one answer beats two.
		const r = sets(graph('txyde', ['x>t', 'y>t', 'd>x', 'd>y', 'e>d']));
		expect(r.t).toEqual({ to: 'stand', ids: ['e'], possible: true, exhaustive: true });
	});

	it('a mutual attack: answer the other side and it stands', () => {
		const r = sets(graph('ab', ['a>b', 'b>a']));
		expect(r.a).toEqual({ to: 'stand', ids: ['b'], possible: true, exhaustive: true });
	});

	it('a self-attacker never stands', () => {
		expect(sets(graph('a', ['a>a'])).a).toEqual({
			to: 'stand',
			ids: [],
			possible: false,
			exhaustive: true
		});
	});

	it('weak attacks are not attacks here', () => {
		const r = sets({ ...graph('ab', []), weakAttacks: [['b', 'a']] });
		expect(r.a.possible).toBe(false);
	});

	it('a budget too small for the search returns a set that works, marked not exhaustive', () => {
		const g = graph('tabc', ['a>t', 'b>t', 'c>t']);
		const ix = indexGraph(g);
		const d = decisiveFor(ix, groundedLabels(ix), 0, { maxChecks: 1 });
		expect(d).toEqual({ to: 'stand', ids: ['a', 'b', 'c'], possible: true, exhaustive: false });
	});
});

/*
 * Independent oracle: answering a set S means adding, for each claim in S, a new claim that
 * attacks it and nothing attacks. Grounded extension as the least fixed point of Dung's
 * characteristic function over bitmasks, on the extended framework.
 */
function bruteLabelIn(n: number, attackersOf: number[], answered: number, t: number): boolean {
	// Fresh answerers are unattacked, so in; an answered claim has an attacker in.
	let s = 0;
	for (;;) {
		let defeated = answered;
		for (let a = 0; a < n; a++) if (attackersOf[a] & s) defeated |= 1 << a;
		let next = 0;
		for (let a = 0; a < n; a++)
			if (!(answered & (1 << a)) && (attackersOf[a] & ~defeated) === 0) next |= 1 << a;
		if (next === s) return (s & (1 << t)) !== 0;
		s = next;
	}
}

const popcount = (x: number) => {
	let c = 0;
	for (; x; x &= x - 1) c++;
	return c;
};

describe('decisive sets: against brute force over every subset (random graphs, ≤ 8 claims)', () => {
	it('finds a set of the smallest size, that works, in the right direction (400 graphs)', () => {
		const rand = mulberry32(1234);
		let nonTrivial = 0;
		const sizes = new Map<number, number>();
		for (let k = 0; k < 400; k++) {
			const n = 1 + Math.floor(rand() * 8);
			const g = randomGraph(rand, n, Math.floor(rand() * n * n * 0.5), {
				supportShare: 0,
				selfLoops: rand() < 0.3
			});
			const pos = new Map(g.ids.map((id, i) => [id, i]));
			const attackersOf = g.ids.map(() => 0);
			for (const [f, to] of g.attacks) attackersOf[pos.get(to)!] |= 1 << pos.get(f)!;
			const r = sets(g);
			for (let t = 0; t < n; t++) {
				const id = g.ids[t];
				const standsNow = bruteLabelIn(n, attackersOf, 0, t);
				const want = standsNow ? 'fall' : 'stand';
				const works = (mask: number) => bruteLabelIn(n, attackersOf, mask, t) !== standsNow;
				let best = -1;
				for (let mask = 0; mask < 1 << n; mask++) {
					if (mask & (1 << t)) continue; // answering the claim itself is not the question
					if (works(mask) && (best < 0 || popcount(mask) < popcount(best))) best = mask;
				}
				const ctx = `case ${k} claim ${id}: ${JSON.stringify(g)}`;
				const d = r[id];
				expect(d.to, ctx).toBe(want);
				expect(d.possible, ctx).toBe(best >= 0);
				expect(d.exhaustive, ctx).toBe(true);
				if (best < 0) {
					expect(d.ids, ctx).toEqual([]);
					continue;
				}
				expect(d.ids.length, ctx).toBe(popcount(best));
				const mask = d.ids.reduce((m, x) => m | (1 << pos.get(x)!), 0);
				expect(works(mask), ctx).toBe(true);
				if (d.ids.length > 1) nonTrivial++;
				sizes.set(d.ids.length, (sizes.get(d.ids.length) ?? 0) + 1);
			}
		}
		// Guard against a generator that never produces the interesting cases.
		expect(nonTrivial).toBeGreaterThan(100);
		expect(sizes.get(3) ?? 0).toBeGreaterThan(10);
	});
});

/** A random graph with some attacks linked in groups and some relations undercut. */
function structured(rand: () => number, n: number): ArgGraph {
	const g = randomGraph(rand, n, Math.floor(n * (1 + rand())), {
		supportShare: 0.2,
		selfLoops: rand() < 0.5
	});
	for (const [f, t] of g.attacks.slice()) if (rand() < 0.25) g.attacks.push([t, f]);
	const pick = () => g.ids[Math.floor(rand() * n)];
	g.linked = [];
	for (let k = 0; k < Math.floor(rand() * (n / 4)); k++) {
		const to = pick();
		const members = [...new Set([pick(), pick()])].filter((m) => m !== to);
		if (members.length < 2) continue;
		for (const m of members)
			if (!g.attacks.some(([f, t]) => f === m && t === to)) g.attacks.push([m, to]);
		g.linked.push({ members, to, relation: 'attacks' });
	}
	g.undercuts = [];
	for (let k = 0; k < Math.floor(rand() * (n / 4)) && g.attacks.length; k++) {
		const [f, t] = g.attacks[Math.floor(rand() * g.attacks.length)];
		g.undercuts.push([pick(), [f, t]]);
	}
	return g;
}

describe('decisive sets on larger graphs (12–40 claims, with undercuts and linked attacks)', () => {
	// The search answers on a flat copy of each claim's attack ancestry, stops a check once the
	// claim's own label is known, and returns a one-claim set to make a claim stand unchecked
	// (every attack on it has that claim as a member). Checked here against grounded() on the
	// whole graph with the answers added, and for smallness against every set one smaller.
	it('every set reported works, and an exhaustive one has no working set one smaller (120 graphs)', () => {
		const rand = mulberry32(77);
		let checked = 0;
		let minimal = 0;
		let structuredCases = 0;
		for (let c = 0; c < 120; c++) {
			const n = 12 + Math.floor(rand() * 29);
			const g =
				c % 2
					? structured(rand, n)
					: randomGraph(rand, n, Math.floor(n * 1.3), { selfLoops: rand() < 0.5 });
			if (g.undercuts?.length || g.linked?.length) structuredCases++;
			const now = grounded(g);
			const r = sets(g);
			const answered = (ids: string[]): ArgGraph => ({
				...g,
				ids: [...g.ids, ...ids.map((x) => `answer to ${x}`)],
				attacks: [...g.attacks, ...ids.map((x) => [`answer to ${x}`, x] as [string, string])]
			});
			const works = (t: string, ids: string[]) =>
				(grounded(answered(ids))[t] === 'in') !== (now[t] === 'in');
			// Whoever t's label can depend on: back along counted attacks and their undercutters.
			const ancestry = (t: string) => {
				const seen = new Set([t]);
				const queue = [t];
				for (let i = 0; i < queue.length; i++) {
					const v = queue[i];
					const from = g.attacks.filter(([, to]) => to === v).map(([f]) => f);
					const by = (g.undercuts ?? [])
						.filter(([, [f, to]]) => to === v && from.includes(f))
						.map(([u]) => u);
					for (const a of [...from, ...by])
						if (!seen.has(a)) {
							seen.add(a);
							queue.push(a);
						}
				}
				seen.delete(t);
				return [...seen];
			};
			for (const t of g.ids) {
				const d = r[t];
				const ctx = `graph ${c}, claim ${t}: ${JSON.stringify(g)}`;
				expect(d.to, ctx).toBe(now[t] === 'in' ? 'fall' : 'stand');
				if (!d.possible) continue;
				expect(works(t, d.ids), ctx).toBe(true);
				checked++;
				if (!d.exhaustive || d.ids.length < 2) continue;
				const pool = ancestry(t);
				const size = d.ids.length - 1;
				let combos = 1;
				for (let i = 0; i < size; i++) combos = (combos * (pool.length - i)) / (i + 1);
				if (combos > 300) continue;
				const pick = Array.from({ length: size }, (_, i) => i);
				for (;;) {
					expect(
						works(
							t,
							pick.map((i) => pool[i])
						),
						`${ctx}: smaller set works`
					).toBe(false);
					let i = size - 1;
					while (i >= 0 && pick[i] === pool.length - size + i) i--;
					if (i < 0) break;
					pick[i]++;
					for (let j = i + 1; j < size; j++) pick[j] = pick[j - 1] + 1;
				}
				minimal++;
			}
		}
		expect(structuredCases).toBeGreaterThan(40);
		expect(checked).toBeGreaterThan(1500);
		expect(minimal).toBeGreaterThan(50);
	});
});
