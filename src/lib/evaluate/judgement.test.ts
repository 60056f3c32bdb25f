/**
 * The engine contract: evaluate(graph, judgement) against independent brute-force oracles.
 * The oracles below re-derive the changed graph from the contract's words (README.md), label
 * it by Dung's characteristic function over bitmasks, check DF-QuAD as a fixed point of its
 * own formula, and search every subset for the smallest "what would change it" set.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { applyJudgement, mutualAttacks } from './judgement';
import { dfquad } from './dfquad';
import { mulberry32 } from '$lib/shared/random';
import { randomGraph } from '$lib/testing/random-graph';
import type { ArgGraph, Judgement } from './types';

type Pair = [string, string];

function graph(ids: string, attacks: string[], supports: string[] = []): ArgGraph {
	const pairs = (xs: string[]) => xs.map((s) => s.split('>') as Pair);
	return { ids: ids.split(''), attacks: pairs(attacks), supports: pairs(supports) };
}

describe('judgement: the contract by example', () => {
	it('with no judgement, the map’s own verdicts; an empty report', () => {
		const r = evaluate(graph('ab', ['a>b', 'b>a']));
		expect(r.status.a.status).toBe('clash');
		expect(r.judgement).toEqual({ rejected: [], prevails: [], unknown: [], notMutual: [] });
		expect(r.openClashes).toEqual([['a', 'b']]);
	});

	it('a pair [w, l] removes l’s attack on w: the winner holds, the loser falls', () => {
		// r is the resolution; b attacks it and clashes with a.
		const g = graph('rab', ['a>b', 'b>a', 'b>r']);
		const before = evaluate(g).status;
		expect([before.r.status, before.a.status, before.b.status]).toEqual([
			'contested',
			'clash',
			'clash'
		]);
		const r = evaluate(g, { prevails: [['a', 'b']] }, { name: (id) => id.toUpperCase() });
		expect(r.status.a.status).toBe('answered');
		expect(r.status.a.judgedOver).toEqual(['b']);
		expect(r.status.a.reason).toBe('Holds: you judged it over “B”.');
		expect(r.status.b.status).toBe('unanswered');
		expect(r.status.r.status).toBe('answered');
		expect(r.judgement.prevails).toEqual([['a', 'b']]);
		expect(r.openClashes).toEqual([]);
		// The other way round, the resolution falls.
		const s = evaluate(g, { prevails: [['b', 'a']] }).status;
		expect([s.r.status, s.a.status, s.b.status]).toEqual(['unanswered', 'unanswered', 'answered']);
	});

	it('a rejected claim is out and counts for nothing; what it attacked is freed', () => {
		const g = graph('abc', ['b>a'], ['c>a']);
		const r = evaluate(g, { rejected: ['b'] }, { name: (id) => id.toUpperCase() });
		expect(r.status.b).toMatchObject({ status: 'rejected', label: 'out', strength: 0 });
		expect(r.status.a.status).toBe('answered');
		expect(r.status.a.reason).toBe('Holds: you rejected “B”.');
		// a's strength is as if b were not there: only c's support (0.5) counts.
		expect(r.status.a.strength).toBeCloseTo(0.75, 12);
		const s = evaluate(g, { rejected: ['c'] }).status;
		expect(s.a.strength).toBeCloseTo(0.25, 12);
		expect(s.a.status).toBe('unanswered');
	});

	it('unknown ids and pairs that are not a mutual attack are reported, never thrown', () => {
		const g = graph('abc', ['a>b', 'b>a', 'c>a']);
		const j: Judgement = {
			rejected: ['zz', 'c', 'c'],
			prevails: [
				['a', 'gone'],
				['a', 'c'],
				['a', 'a'],
				['b', 'a'],
				['b', 'a']
			]
		};
		const r = evaluate(g, j);
		expect(r.judgement).toEqual({
			rejected: ['c'],
			prevails: [['b', 'a']],
			unknown: ['zz', 'gone'],
			notMutual: [
				['a', 'c'],
				['a', 'a']
			]
		});
		expect(r.status.b.status).toBe('answered');
		expect(r.status.a.status).toBe('unanswered');
	});

	it('malformed judgements (wrong shapes from a link) are skipped, never thrown', () => {
		const g = graph('ab', ['a>b', 'b>a']);
		const bad = {
			rejected: [3, null, 'a'],
			prevails: [['a'], 'ab', [1, 2], null, ['b', 'a', 'c']]
		} as unknown as Judgement;
		expect(() => evaluate(g, bad)).not.toThrow();
		expect(evaluate(g, bad).judgement.rejected).toEqual(['a']);
	});

	it('both directions of one clash remove both attacks', () => {
		const r = evaluate(graph('ab', ['a>b', 'b>a']), {
			prevails: [
				['a', 'b'],
				['b', 'a']
			]
		}).status;
		expect([r.a.status, r.b.status]).toEqual(['answered', 'answered']);
	});

	it('a weak duplicate of a judged attack goes too; a weak-only mutual attack is no clash', () => {
		const g: ArgGraph = {
			...graph('ab', ['a>b', 'b>a']),
			weakAttacks: [['b', 'a']]
		};
		expect(applyJudgement(g, { prevails: [['a', 'b']] }).graph.weakAttacks).toEqual([]);
		const weakOnly: ArgGraph = { ...graph('ab', ['a>b']), weakAttacks: [['b', 'a']] };
		expect(mutualAttacks(weakOnly)).toEqual([]);
		expect(evaluate(weakOnly, { prevails: [['a', 'b']] }).judgement.notMutual).toEqual([
			['a', 'b']
		]);
	});

	it('decisive sets can be limited to the claims on screen', () => {
		const r = evaluate(graph('abc', ['b>a', 'c>a']), {}, { decisive: ['a'] }).status;
		expect(r.a.change.ids).toEqual(['b', 'c']);
		expect(r.a.changeReason).toBe('Answer “b” and “c” and it stands.');
		expect(r.b.changeReason).toBe('');
	});

	it('the strength line never says a balance "outweighs" (walkthrough F4)', () => {
		// a: attacked by b (base 1) and supported by c (base 1): 1.00 vs 1.00.
		const g: ArgGraph = { ...graph('abc', ['b>a'], ['c>a']), base: { a: 0.6, b: 1, c: 1 } };
		expect(evaluate(g).status.a.strengthReason).toBe(
			'Strength 0.60 stays at its base 0.60: supports and attacks balance (1.00 vs 1.00, from its 1 support and 1 attack).'
		);
	});
});

/* ------------------------------------------------------------------ oracles */

/** The changed graph, re-derived from the contract's words, on bitmasks. */
function oracleChanged(g: ArgGraph, j: { rejected: string[]; prevails: Pair[] }) {
	const n = g.ids.length;
	const pos = new Map(g.ids.map((id, i) => [id, i]));
	const has = (xs: Pair[], f: string, t: string) => xs.some(([a, b]) => a === f && b === t);
	const rejected = new Set(j.rejected.filter((id) => pos.has(id)));
	const valid = j.prevails.filter(
		([w, l]) => pos.has(w) && pos.has(l) && w !== l && has(g.attacks, w, l) && has(g.attacks, l, w)
	);
	const keep = ([f, t]: Pair) =>
		!rejected.has(f) && !rejected.has(t) && !valid.some(([w, l]) => l === f && w === t);
	const attacks = g.attacks.filter(keep);
	const attackersOf = g.ids.map(() => 0);
	for (const [f, t] of attacks) attackersOf[pos.get(t)!] |= 1 << pos.get(f)!;
	const changed: ArgGraph = {
		...g,
		attacks,
		supports: g.supports.filter(([f, t]) => !rejected.has(f) && !rejected.has(t)),
		weakAttacks: (g.weakAttacks ?? []).filter(keep)
	};
	return { n, pos, rejected, valid, attackersOf, changed };
}

/** Grounded: least fixed point of Dung's F, with `answered` claims given a fresh unattacked attacker. */
function bruteIn(n: number, attackersOf: number[], answered = 0): number {
	let s = 0;
	for (;;) {
		let defeated = answered;
		for (let a = 0; a < n; a++) if (attackersOf[a] & s) defeated |= 1 << a;
		let next = 0;
		for (let a = 0; a < n; a++)
			if (!(answered & (1 << a)) && (attackersOf[a] & ~defeated) === 0) next |= 1 << a;
		if (next === s) return s;
		s = next;
	}
}

function bruteLabels(n: number, attackersOf: number[]): Array<'in' | 'out' | 'undec'> {
	const ins = bruteIn(n, attackersOf);
	return [...Array(n).keys()].map((a) =>
		ins & (1 << a) ? 'in' : attackersOf[a] & ins ? 'out' : 'undec'
	);
}

const popcount = (x: number) => {
	let c = 0;
	for (; x; x &= x - 1) c++;
	return c;
};

/** A random judgement: some rejections, some clashes decided, some junk. */
function randomJudgement(
	rand: () => number,
	g: ArgGraph
): { rejected: string[]; prevails: Pair[] } {
	const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
	const rejected = g.ids.filter(() => rand() < 0.15);
	if (rand() < 0.2) rejected.push('no-such-claim');
	const prevails: Pair[] = [];
	for (const [a, b] of mutualAttacks(g))
		if (rand() < 0.5) prevails.push(rand() < 0.5 ? [a, b] : [b, a]);
	for (let k = 0; k < 2; k++) if (rand() < 0.3) prevails.push([pick(g.ids), pick(g.ids)]);
	if (rand() < 0.2) prevails.push([pick(g.ids), 'renamed-claim']);
	return { rejected, prevails };
}

/** Random graphs with many mutual attacks (clashes), weak attacks and supports. */
function clashGraph(rand: () => number, n: number): ArgGraph {
	const g = randomGraph(rand, n, Math.floor(rand() * n * n * 0.5), {
		supportShare: 0.25,
		randomBase: true,
		selfLoops: rand() < 0.2
	});
	for (const [f, t] of g.attacks.slice()) if (f !== t && rand() < 0.4) g.attacks.push([t, f]);
	g.weakAttacks = g.attacks.filter(() => rand() < 0.1);
	g.attacks = g.attacks.filter((e) => !g.weakAttacks!.includes(e));
	return g;
}

describe('judgement: against brute force on random graphs (≤ 8 claims)', () => {
	it('labels, statuses, strengths, decisive sets and the report are those of the changed graph (500 cases)', () => {
		const rand = mulberry32(18);
		let decided = 0;
		let rejectedSeen = 0;
		let nonTrivialSets = 0;
		for (let k = 0; k < 500; k++) {
			const n = 1 + Math.floor(rand() * 8);
			const g = clashGraph(rand, n);
			const j = randomJudgement(rand, g);
			const o = oracleChanged(g, j);
			const r = evaluate(g, j);
			const ctx = `case ${k}: ${JSON.stringify({ g, j })}`;

			// The report: applied parts, unknown ids, non-mutual pairs.
			const ids = new Set(g.ids);
			expect(r.judgement.rejected.slice().sort(), ctx).toEqual([...o.rejected].sort());
			const validKeys = new Set(o.valid.map(([w, l]) => `${w}>${l}`));
			expect(new Set(r.judgement.prevails.map(([w, l]) => `${w}>${l}`)), ctx).toEqual(validKeys);
			const unknown = new Set([...j.rejected, ...j.prevails.flat()].filter((id) => !ids.has(id)));
			expect(new Set(r.judgement.unknown), ctx).toEqual(unknown);
			const notMutual = new Set(
				j.prevails
					.filter(([w, l]) => ids.has(w) && ids.has(l) && !validKeys.has(`${w}>${l}`))
					.map(([w, l]) => `${w}>${l}`)
			);
			expect(new Set(r.judgement.notMutual.map(([w, l]) => `${w}>${l}`)), ctx).toEqual(notMutual);
			decided += o.valid.length;

			// Labels by brute force on the changed graph; rejected claims are out.
			const labels = bruteLabels(o.n, o.attackersOf);
			const q = dfquad(o.changed);
			for (let t = 0; t < o.n; t++) {
				const id = g.ids[t];
				const s = r.status[id];
				if (o.rejected.has(id)) {
					rejectedSeen++;
					expect(s, ctx).toMatchObject({ status: 'rejected', label: 'out', strength: 0 });
					continue;
				}
				expect(s.label, `${ctx} ${id}`).toBe(labels[t]);
				// The status kind: clash = undecided with an undecided claim it attacks both ways.
				const partners = g.ids.filter(
					(p, i) =>
						p !== id &&
						labels[i] === 'undec' &&
						o.attackersOf[t] & (1 << i) &&
						o.attackersOf[i] & (1 << t)
				);
				const attacked = o.attackersOf[t] !== 0;
				const judgedAway = g.attacks.some(
					([f, to]) =>
						to === id && f !== id && !o.changed.attacks.some(([a, b]) => a === f && b === to)
				);
				const want =
					labels[t] === 'in'
						? attacked || judgedAway
							? 'answered'
							: 'unchallenged'
						: labels[t] === 'out'
							? 'unanswered'
							: partners.length && labels[t] === 'undec'
								? 'clash'
								: 'contested';
				expect(s.status, `${ctx} ${id}`).toBe(want);
				expect(s.clash.slice().sort(), `${ctx} ${id}`).toEqual(
					labels[t] === 'undec' ? partners.sort() : []
				);
				// DF-QuAD of the changed graph.
				expect(s.strength, `${ctx} ${id}`).toBe(q.strength[id]);

				// What would change it: the smallest set of claims to answer, by every subset.
				const standsNow = labels[t] === 'in';
				const works = (mask: number) =>
					((bruteIn(o.n, o.attackersOf, mask) & (1 << t)) !== 0) !== standsNow;
				let best = -1;
				for (let mask = 0; mask < 1 << o.n; mask++) {
					if (mask & (1 << t)) continue;
					if (works(mask) && (best < 0 || popcount(mask) < popcount(best))) best = mask;
				}
				expect(s.change.to, ctx).toBe(standsNow ? 'fall' : 'stand');
				expect(s.change.possible, `${ctx} ${id}`).toBe(best >= 0);
				if (best >= 0) {
					expect(s.change.ids.length, `${ctx} ${id}`).toBe(popcount(best));
					const mask = s.change.ids.reduce((m, x) => m | (1 << o.pos.get(x)!), 0);
					expect(works(mask), `${ctx} ${id}`).toBe(true);
					if (s.change.ids.length > 1) nonTrivialSets++;
				}
			}
			// Open clashes: each undecided mutual pair of the changed graph, once.
			const open = new Set(r.openClashes.map(([a, b]) => [a, b].sort().join('|')));
			const wantOpen = new Set<string>();
			for (const id of g.ids)
				for (const p of r.status[id].clash) wantOpen.add([id, p].sort().join('|'));
			expect(open, ctx).toEqual(wantOpen);
		}
		// Guard against a generator that never makes the interesting cases.
		expect(decided).toBeGreaterThan(150);
		expect(rejectedSeen).toBeGreaterThan(150);
		expect(nonTrivialSets).toBeGreaterThan(50);
	});

	it('DF-QuAD of the changed graph: each strength satisfies the formula on its own inputs (settled cases)', () => {
		const rand = mulberry32(2026);
		let checked = 0;
		for (let k = 0; k < 300; k++) {
			const g = clashGraph(rand, 1 + Math.floor(rand() * 8));
			const j = randomJudgement(rand, g);
			const o = oracleChanged(g, j);
			const r = evaluate(g, j).status;
			const att = [...o.changed.attacks, ...(o.changed.weakAttacks ?? [])];
			for (const id of g.ids) {
				if (o.rejected.has(id) || !r[id].settles) continue;
				const inputs = (xs: Pair[]) => [...new Set(xs.filter(([, t]) => t === id).map(([f]) => f))];
				const agg = (fs: string[]) => 1 - fs.reduce((p, f) => p * (1 - r[f].strength), 1);
				const va = agg(inputs(att));
				const vs = agg(inputs(o.changed.supports));
				const v0 = g.base?.[id] ?? 0.5;
				const want = va >= vs ? v0 - v0 * (va - vs) : v0 + (1 - v0) * (vs - va);
				expect(r[id].strength, `case ${k} ${id}`).toBeCloseTo(want, 6);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(500);
	});

	it('rejecting a claim changes nothing else than deleting the edges it makes (metamorphic, 300 cases)', () => {
		const rand = mulberry32(77);
		for (let k = 0; k < 300; k++) {
			const g = clashGraph(rand, 2 + Math.floor(rand() * 7));
			const x = g.ids[Math.floor(rand() * g.ids.length)];
			const r = evaluate(g, { rejected: [x] }).status;
			const from = (e: Pair) => e[0] !== x && e[1] !== x;
			const cut = evaluate({
				...g,
				attacks: g.attacks.filter(from),
				supports: g.supports.filter(from),
				weakAttacks: g.weakAttacks?.filter(from)
			}).status;
			for (const id of g.ids) {
				if (id === x) continue;
				expect(r[id].label, `case ${k} ${id}`).toBe(cut[id].label);
				expect(r[id].strength, `case ${k} ${id}`).toBe(cut[id].strength);
				expect(r[id].change, `case ${k} ${id}`).toEqual(cut[id].change);
			}
		}
	});
});
