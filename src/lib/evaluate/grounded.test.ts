import { describe, expect, it } from 'vitest';
import { grounded } from './grounded';
import { mulberry32 } from '$lib/shared/random';
import { randomGraph } from '$lib/testing/random-graph';
import type { ArgGraph, GroundedLabel } from './types';

/** Attack-only framework from `'x>y'` strings ("x attacks y"). */
function af(ids: string, attacks: string[] = []): ArgGraph {
	return {
		ids: ids.split(''),
		attacks: attacks.map((s) => s.split('>') as [string, string]),
		supports: []
	};
}

/** `labels('ac', 'b', 'd')` → { a: in, c: in, b: out, d: undec }. */
function labels(inn: string, out = '', undec = ''): Record<string, GroundedLabel> {
	const r: Record<string, GroundedLabel> = {};
	for (const x of inn) r[x] = 'in';
	for (const x of out) r[x] = 'out';
	for (const x of undec) r[x] = 'undec';
	return r;
}

describe('grounded: hand-checked small graphs', () => {
	it('empty graph', () => {
		expect(grounded(af(''))).toEqual({});
	});

	it('an unattacked claim is in', () => {
		expect(grounded(af('a'))).toEqual(labels('a'));
	});

	it('chain c→b→a: c in, b out, a reinstated', () => {
		expect(grounded(af('abc', ['c>b', 'b>a']))).toEqual(labels('ac', 'b'));
	});

	it('chain of four d→c→b→a alternates from the unattacked end', () => {
		expect(grounded(af('abcd', ['d>c', 'c>b', 'b>a']))).toEqual(labels('bd', 'ac'));
	});

	it('mutual attack: both undec', () => {
		expect(grounded(af('ab', ['a>b', 'b>a']))).toEqual(labels('', '', 'ab'));
	});

	it('odd cycle of three: all undec', () => {
		expect(grounded(af('abc', ['a>b', 'b>c', 'c>a']))).toEqual(labels('', '', 'abc'));
	});

	it('even cycle of four: all undec (grounded is sceptical even where preferred splits)', () => {
		expect(grounded(af('abcd', ['a>b', 'b>c', 'c>d', 'd>a']))).toEqual(labels('', '', 'abcd'));
	});

	it('self-attack: undec, and what it attacks is undec too', () => {
		expect(grounded(af('ab', ['a>a', 'a>b']))).toEqual(labels('', '', 'ab'));
	});

	it('a self-attacker attacked by a standing claim is out', () => {
		expect(grounded(af('ab', ['a>a', 'b>a']))).toEqual(labels('b', 'a'));
	});

	it('reinstatement: a attacked by b, b attacked by c and d → c, d in; b out; a in', () => {
		expect(grounded(af('abcd', ['b>a', 'c>b', 'd>b']))).toEqual(labels('acd', 'b'));
	});

	it('reinstatement fails when the defender is itself contested', () => {
		// c defends a against b, but c and e rebut each other: c undec, so b is not
		// out (no attacker in) and not in (c is not out); a inherits the doubt.
		expect(grounded(af('abce', ['b>a', 'c>b', 'c>e', 'e>c']))).toEqual(labels('', '', 'abce'));
	});

	it('one standing attacker is enough, whatever else is undecided', () => {
		// a is attacked by b (unattacked, in) and by the undecided pair member c.
		expect(grounded(af('abcd', ['b>a', 'c>a', 'c>d', 'd>c']))).toEqual(labels('b', 'a', 'cd'));
	});

	it('supports are ignored: a heavily supported claim with a standing attacker is out', () => {
		const g: ArgGraph = {
			ids: ['a', 'b', 's1', 's2', 's3'],
			attacks: [['b', 'a']],
			supports: [
				['s1', 'a'],
				['s2', 'a'],
				['s3', 'a']
			],
			base: { s1: 1, s2: 1, s3: 1 }
		};
		expect(grounded(g)).toEqual({ a: 'out', b: 'in', s1: 'in', s2: 'in', s3: 'in' });
	});

	it('weak attacks (concessions) are left out: they never make a claim out', () => {
		const g: ArgGraph = { ...af('abc', ['c>b']), weakAttacks: [['b', 'a']] };
		expect(grounded(g)).toEqual(labels('ac', 'b'));
		expect(grounded({ ...af('ab'), weakAttacks: [['b', 'a']] })).toEqual(labels('ab'));
	});

	it('a pair listed both as an attack and as a weak attack counts as an attack', () => {
		expect(grounded({ ...af('ab', ['b>a']), weakAttacks: [['b', 'a']] })).toEqual(labels('b', 'a'));
	});

	it('duplicate attack edges do not change the labelling', () => {
		expect(grounded(af('abc', ['c>b', 'c>b', 'b>a', 'b>a']))).toEqual(labels('ac', 'b'));
	});

	it('rejects an edge naming an unknown claim', () => {
		expect(() => grounded(af('ab', ['a>z']))).toThrow(/unknown claim "z"/);
	});
});

/*
 * Standard frameworks from the literature. The papers were not at hand while
 * writing these, so figure/example numbers are deliberately not cited; each
 * grounded labelling is derived by hand below, not copied.
 */
describe('grounded: frameworks from the literature (labelling derived by hand)', () => {
	it('the classic Nixon diamond as a two-argument AF: grounded extension is empty', () => {
		// As an AF: "Quaker, so pacifist" (q) and
		// "Republican, so not pacifist" (r) attack each other. F(∅) = {x | x has no
		// attacker} = ∅, so the least fixed point is ∅: both undec, while the
		// preferred extensions {q} and {r} each pick a side.
		expect(grounded(af('qr', ['q>r', 'r>q']))).toEqual(labels('', '', 'qr'));
	});

	it('Dung 1995, least fixed point of F: a→b→c has grounded extension {a, c}', () => {
		// F(∅) = {a} (only a is unattacked); F({a}) = {a, c} (c's only attacker b is
		// attacked by a); F({a, c}) = {a, c}. Fixed point {a, c}; b is attacked by a: out.
		expect(grounded(af('abc', ['a>b', 'b>c']))).toEqual(labels('ac', 'b'));
	});

	it('Dung 1995: a well-founded (acyclic) framework has a total grounded labelling', () => {
		// Dung shows grounded = preferred = stable for well-founded frameworks, so no
		// argument can be undec. Checked over random acyclic attack graphs.
		const rand = mulberry32(1995);
		for (let k = 0; k < 200; k++) {
			const g = randomGraph(rand, 2 + Math.floor(rand() * 12), Math.floor(rand() * 30), {
				acyclic: true,
				supportShare: 0
			});
			const l = grounded(g);
			expect(Object.values(l), `case ${k}`).not.toContain('undec');
		}
	});

	it('floating reinstatement (textbook example; derivation in comment): grounded is empty', () => {
		// a ⇄ b, both attack c, c attacks d. Nothing is unattacked, so F(∅) = ∅ and
		// everything is undec. (Preferred semantics would accept d sceptically, since
		// c is out in both preferred extensions {a, d} and {b, d}; grounded does not.)
		expect(grounded(af('abcd', ['a>b', 'b>a', 'a>c', 'b>c', 'c>d']))).toEqual(
			labels('', '', 'abcd')
		);
	});

	it('odd cycle with a tail (textbook example; derivation in comment): all undec', () => {
		// a→b→c→a, c→d. F(∅) = ∅ again: no argument is unattacked, so all undec.
		// (This is the framework that motivates CF2: stable has no extension at all.)
		expect(grounded(af('abcd', ['a>b', 'b>c', 'c>a', 'c>d']))).toEqual(labels('', '', 'abcd'));
	});

	it('an unattacked attacker breaks an odd cycle (textbook example; derivation in comment)', () => {
		// e→a, a→b→c→a. F(∅) = {e}; F({e}) = {e, b} (b's attacker a is attacked by
		// e); F({e, b}) = {e, b} (c's attacker b is not attacked by {e, b}). So e, b
		// in; a, c out (attacked by e, b).
		expect(grounded(af('abce', ['e>a', 'a>b', 'b>c', 'c>a']))).toEqual(labels('be', 'ac'));
	});
});

/** Brute-force oracle over bitmasks: least fixed point of Dung's characteristic function. */
function bruteGrounded(n: number, attackersOf: number[]): number {
	// F(S) = { a | every attacker of a is attacked by S }.
	const attackedBy = (s: number) => {
		let m = 0;
		for (let a = 0; a < n; a++) if (attackersOf[a] & s) m |= 1 << a;
		return m;
	};
	let s = 0;
	for (;;) {
		const defeated = attackedBy(s);
		let next = 0;
		for (let a = 0; a < n; a++) if ((attackersOf[a] & ~defeated) === 0) next |= 1 << a;
		if (next === s) return s;
		s = next;
	}
}

function toMasks(g: ArgGraph): { n: number; attackersOf: number[] } {
	const pos = new Map(g.ids.map((id, i) => [id, i]));
	const attackersOf = g.ids.map(() => 0);
	for (const [from, to] of g.attacks) attackersOf[pos.get(to)!] |= 1 << pos.get(from)!;
	return { n: g.ids.length, attackersOf };
}

describe('grounded: randomised against brute force (mulberry32 seeds)', () => {
	it('matches the least fixed point of F, is conflict-free and a complete labelling (400 cases, ≤ 8 nodes)', () => {
		const rand = mulberry32(20250101);
		for (let k = 0; k < 400; k++) {
			const n = 1 + Math.floor(rand() * 8);
			const g = randomGraph(rand, n, Math.floor(rand() * n * n * 0.6), {
				supportShare: 0.2,
				selfLoops: true
			});
			const { attackersOf } = toMasks(g);
			const lfp = bruteGrounded(n, attackersOf);
			const l = grounded(g);
			const ctx = `case ${k}: ${JSON.stringify(g)}`;

			const inMask = g.ids.reduce((m, id, i) => (l[id] === 'in' ? m | (1 << i) : m), 0);
			expect(inMask, ctx).toBe(lfp);

			for (let a = 0; a < n; a++) {
				// Conflict-free: no IN argument is attacked by an IN argument.
				if (inMask & (1 << a)) expect(attackersOf[a] & inMask, ctx).toBe(0);
				// Complete labelling: each label is justified by the attackers' labels.
				const att = [...Array(n).keys()]
					.filter((b) => attackersOf[a] & (1 << b))
					.map((b) => l[g.ids[b]]);
				const expected = att.every((x) => x === 'out')
					? 'in'
					: att.some((x) => x === 'in')
						? 'out'
						: 'undec';
				expect(l[g.ids[a]], ctx).toBe(expected);
			}
		}
	});

	it('IN is contained in the IN set of every complete labelling (enumerated, ≤ 6 nodes, 150 cases)', () => {
		// A second, independent oracle: grounded is the complete labelling with
		// minimal IN (Caminada 2006), so enumerate all 3^n labellings.
		const rand = mulberry32(7);
		for (let k = 0; k < 150; k++) {
			const n = 1 + Math.floor(rand() * 6);
			const g = randomGraph(rand, n, Math.floor(rand() * n * n * 0.6), {
				supportShare: 0,
				selfLoops: true
			});
			const { attackersOf } = toMasks(g);
			const l = grounded(g);
			const inMask = g.ids.reduce((m, id, i) => (l[id] === 'in' ? m | (1 << i) : m), 0);
			let completes = 0;
			for (let code = 0; code < 3 ** n; code++) {
				const lab: number[] = [];
				for (let i = 0, c = code; i < n; i++, c = Math.floor(c / 3)) lab.push(c % 3); // 0 undec, 1 in, 2 out
				const ok = lab.every((x, a) => {
					const att = lab.filter((_, b) => attackersOf[a] & (1 << b));
					const want = att.every((y) => y === 2) ? 1 : att.some((y) => y === 1) ? 2 : 0;
					return x === want;
				});
				if (!ok) continue;
				completes++;
				const m = lab.reduce((acc, x, i) => (x === 1 ? acc | (1 << i) : acc), 0);
				expect(inMask & ~m, `case ${k}`).toBe(0);
			}
			expect(
				completes,
				`case ${k}: there is always at least one complete labelling`
			).toBeGreaterThan(0);
		}
	});
});

describe('grounded: scale', () => {
	it('a 100,000-long attack chain alternates in/out from its unattacked end', () => {
		const n = 100_000;
		const ids = Array.from({ length: n }, (_, i) => `c${i}`);
		const attacks = ids.slice(1).map((id, i) => [id, ids[i]] as [string, string]);
		const l = grounded({ ids, attacks, supports: [] });
		// c_{n−1} is unattacked (in); parity of distance from it decides the rest.
		for (let i = 0; i < n; i++)
			if (l[ids[i]] !== ((n - 1 - i) % 2 === 0 ? 'in' : 'out'))
				throw new Error(`c${i}: ${l[ids[i]]}`);
		expect(l.c0).toBe('out');
	});
});
