import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { dfquad } from './dfquad';
import { grounded } from './grounded';
import { mulberry32, randomGraph } from '$lib/shared/random';
import type { ArgGraph } from './types';

function graph(
	ids: string,
	attacks: string[],
	supports: string[] = [],
	base?: Record<string, number>
): ArgGraph {
	const pairs = (xs: string[]) => xs.map((s) => s.split('>') as [string, string]);
	return { ids: ids.split(''), attacks: pairs(attacks), supports: pairs(supports), base };
}

const names: Record<string, string> = {
	a: 'Tariffs protect jobs',
	b: 'Prices rise for everyone',
	c: 'Wages rise faster',
	d: 'Imports are cheaper',
	e: 'Retaliation follows',
	f: 'Exports fall'
};
const name = (id: string) => names[id] ?? id;

describe('evaluate: status mapping', () => {
	it('in → standing, out → refuted, undec → contested, with DF-QuAD strength attached', () => {
		// c→b→a, plus the contested pair d ⇄ e.
		const g = graph('abcde', ['c>b', 'b>a', 'd>e', 'e>d']);
		const r = evaluate(g, name);
		expect(r.a.status).toBe('standing');
		expect(r.b.status).toBe('refuted');
		expect(r.c.status).toBe('standing');
		expect(r.d.status).toBe('contested');
		expect(r.e.status).toBe('contested');
		// b = 0.5 − 0.5·0.5 = 0.25; a = 0.5 − 0.5·0.25 = 0.375 (hand-computed).
		expect(r.b.strength).toBeCloseTo(0.25, 12);
		expect(r.a.strength).toBeCloseTo(0.375, 12);
		expect(r.a.approximate).toBe(false);
		expect(r.d.approximate).toBe(true);
	});

	it('agrees with grounded() and dfquad() on random graphs', () => {
		const rand = mulberry32(99);
		const kind = { in: 'standing', out: 'refuted', undec: 'contested' } as const;
		for (let k = 0; k < 100; k++) {
			const g = randomGraph(rand, 1 + Math.floor(rand() * 12), Math.floor(rand() * 24), {
				randomBase: true,
				selfLoops: true
			});
			const r = evaluate(g);
			const l = grounded(g);
			const q = dfquad(g);
			for (const id of g.ids) {
				expect(r[id].status, `case ${k} ${id}`).toBe(kind[l[id]]);
				expect(r[id].strength).toBe(q.strength[id]);
				expect(r[id].approximate).toBe(q.approximate[id]);
				// refutedBy is exactly the standing attackers, and only when refuted.
				const standing = [
					...new Set(g.attacks.filter(([f, t]) => t === id && l[f] === 'in').map(([f]) => f))
				];
				expect(r[id].refutedBy.slice().sort()).toEqual(
					r[id].status === 'refuted' ? standing.sort() : []
				);
				expect(
					r[id].reason.startsWith(r[id].status[0].toUpperCase() + r[id].status.slice(1) + ':')
				).toBe(true);
			}
		}
	});
});

describe('evaluate: reason lines', () => {
	it('standing with nothing attacking it', () => {
		expect(evaluate(graph('a', []), name).a.reason).toBe('Standing: nothing attacks it.');
	});

	it('standing because every attack is answered', () => {
		expect(evaluate(graph('abc', ['b>a', 'c>b']), name).a.reason).toBe(
			'Standing: every attack on it is answered.'
		);
	});

	it('refuted by one standing attacker, named', () => {
		const r = evaluate(graph('ab', ['b>a']), name).a;
		expect(r.refutedBy).toEqual(['b']);
		expect(r.reason).toBe('Refuted: “Prices rise for everyone” stands unanswered.');
	});

	it('refuted by two standing attackers, both named', () => {
		const r = evaluate(graph('abc', ['b>a', 'c>a']), name).a;
		expect(r.refutedBy).toEqual(['b', 'c']);
		expect(r.reason).toBe(
			'Refuted: “Prices rise for everyone” and “Wages rise faster” stand unanswered.'
		);
	});

	it('refuted by many: names two, then "and N more"', () => {
		const r = evaluate(graph('abcdef', ['b>a', 'c>a', 'd>a', 'e>a', 'f>a']), name).a;
		expect(r.refutedBy).toEqual(['b', 'c', 'd', 'e', 'f']);
		expect(r.reason).toBe(
			'Refuted: “Prices rise for everyone”, “Wages rise faster” and 3 more stand unanswered.'
		);
	});

	it('refutedBy leaves out attackers that are not standing', () => {
		// b stands; c is answered by d, so only b refutes a.
		const r = evaluate(graph('abcd', ['b>a', 'c>a', 'd>c']), name).a;
		expect(r.refutedBy).toEqual(['b']);
		expect(r.reason).toBe('Refuted: “Prices rise for everyone” stands unanswered.');
	});

	it('contested in a mutual rebuttal names both sides', () => {
		const r = evaluate(graph('ab', ['a>b', 'b>a']), name);
		expect(r.a.reason).toBe(
			'Contested: “Tariffs protect jobs” and “Prices rise for everyone” rebut each other and neither is settled.'
		);
		expect(r.b.reason).toBe(
			'Contested: “Prices rise for everyone” and “Tariffs protect jobs” rebut each other and neither is settled.'
		);
		expect(r.a.refutedBy).toEqual([]);
	});

	it('contested downstream of a rebuttal names the undecided attacker', () => {
		// b ⇄ c, b → a: a's only attacker is undecided.
		const r = evaluate(graph('abc', ['b>c', 'c>b', 'b>a']), name).a;
		expect(r.status).toBe('contested');
		expect(r.reason).toBe(
			'Contested: “Prices rise for everyone” attacks it and is itself unsettled.'
		);
	});

	it('contested prefers a mutual rebuttal over another undecided attacker', () => {
		// a is attacked by undecided c (from the c ⇄ d pair) and rebuts/is rebutted by b.
		const r = evaluate(graph('abcd', ['c>a', 'c>d', 'd>c', 'a>b', 'b>a']), name).a;
		expect(r.reason).toBe(
			'Contested: “Tariffs protect jobs” and “Prices rise for everyone” rebut each other and neither is settled.'
		);
	});

	it('contested in an odd cycle names the attacker, not a rebuttal', () => {
		// a→b→c→a: c attacks a, but a does not attack c.
		const r = evaluate(graph('abc', ['a>b', 'b>c', 'c>a']), name).a;
		expect(r.reason).toBe('Contested: “Wages rise faster” attacks it and is itself unsettled.');
	});

	it('contested by a bare self-attack', () => {
		expect(evaluate(graph('a', ['a>a']), name).a.reason).toBe(
			'Contested: it attacks itself, so it can be neither accepted nor rejected.'
		);
	});

	it('uses the id when no name function is given', () => {
		expect(evaluate(graph('ab', ['b>a'])).a.reason).toBe('Refuted: “b” stands unanswered.');
	});

	it('supports do not rescue a refuted claim, but raise its strength', () => {
		// a attacked by standing b (0.5), supported by s (base 1):
		// C(0.5, 0.5, 1) = 0.5 + 0.5·0.5 = 0.75 — strong, yet refuted in grounded terms.
		const r = evaluate(graph('abs', ['b>a'], ['s>a'], { s: 1 })).a;
		expect(r.status).toBe('refuted');
		expect(r.strength).toBeCloseTo(0.75, 12);
	});
});
