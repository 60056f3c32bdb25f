import { describe, expect, it } from 'vitest';
import { evaluate as engine, type EvaluateOptions } from './evaluate';
import { dfquad } from './dfquad';
import { grounded } from './grounded';
import { mulberry32 } from '$lib/shared/random';
import { randomGraph } from '$lib/testing/random-graph';
import type { ArgGraph } from './types';
import { STATUS_NAMES } from '$lib/model/status';

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

/** The statuses with no judgement (the map's own verdicts). */
const evaluate = (g: ArgGraph, n?: (id: string) => string, opts: EvaluateOptions = {}) =>
	engine(g, {}, { ...opts, name: n }).status;

describe('evaluate: status mapping', () => {
	it('in and unattacked → unchallenged, in and attacked → answered, out → unanswered, undec in a mutual attack → clash', () => {
		// c→b→a, plus the contested pair d ⇄ e.
		const g = graph('abcde', ['c>b', 'b>a', 'd>e', 'e>d']);
		const r = evaluate(g, name);
		expect(r.a.status).toBe('answered');
		expect(r.b.status).toBe('unanswered');
		expect(r.c.status).toBe('unchallenged');
		expect(r.d.status).toBe('clash');
		expect(r.e.status).toBe('clash');
		expect(r.d.clash).toEqual(['e']);
		expect([r.a.label, r.b.label, r.c.label, r.d.label]).toEqual(['in', 'out', 'in', 'undec']);
		// b = 0.5 − 0.5·0.5 = 0.25; a = 0.5 − 0.5·0.25 = 0.375 (hand-computed).
		expect(r.b.strength).toBeCloseTo(0.25, 12);
		expect(r.a.strength).toBeCloseTo(0.375, 12);
		expect(r.a.approximate).toBe(false);
		expect(r.d.approximate).toBe(true);
		expect(r.a).toMatchObject({ base: 0.5, attack: 0.25, support: 0, settles: true });
	});

	it('agrees with grounded() and dfquad() on random graphs, weak attacks included', () => {
		const rand = mulberry32(99);
		for (let k = 0; k < 100; k++) {
			const g = randomGraph(rand, 1 + Math.floor(rand() * 12), Math.floor(rand() * 24), {
				randomBase: true,
				selfLoops: true
			});
			g.weakAttacks = g.attacks.filter(() => rand() < 0.3);
			g.attacks = g.attacks.filter((e) => !g.weakAttacks!.includes(e));
			const r = evaluate(g);
			const l = grounded(g);
			const q = dfquad(g);
			for (const id of g.ids) {
				const counted = new Set(g.attacks.filter(([, t]) => t === id).map(([f]) => f));
				// An open clash: a different claim it attacks and is attacked by, both undecided.
				const partners = [...counted].filter(
					(f) => f !== id && l[f] === 'undec' && g.attacks.some(([a, b]) => a === id && b === f)
				);
				const want =
					l[id] === 'in'
						? counted.size
							? 'answered'
							: 'unchallenged'
						: l[id] === 'out'
							? 'unanswered'
							: partners.length
								? 'clash'
								: 'contested';
				expect(r[id].clash.slice().sort(), `case ${k} ${id}`).toEqual(
					l[id] === 'undec' ? partners.sort() : []
				);
				expect(r[id].status, `case ${k} ${id}`).toBe(want);
				expect(r[id].label).toBe(l[id]);
				expect(r[id].strength).toBe(q.strength[id]);
				expect(r[id].approximate).toBe(q.approximate[id]);
				expect(r[id].settles).toBe(q.settles[id]);
				// standingAttackers is exactly the counted attackers that stand, and only when unanswered.
				const standing = [...counted].filter((f) => l[f] === 'in');
				expect(r[id].standingAttackers.slice().sort()).toEqual(
					r[id].status === 'unanswered' ? standing.sort() : []
				);
				const weak = new Set(
					g.weakAttacks.filter(([f, t]) => t === id && !counted.has(f)).map(([f]) => f)
				);
				expect(r[id].weakAttackers.slice().sort()).toEqual([...weak].sort());
				expect(r[id].reason.startsWith(STATUS_NAMES[r[id].status] + ':')).toBe(true);
				expect(r[id].strengthReason).toContain(`Strength ${r[id].strength.toFixed(2)}`);
				// The change is in the right direction for the status.
				expect(r[id].change.to).toBe(l[id] === 'in' ? 'fall' : 'stand');
			}
		}
	});
});

describe('evaluate: reason lines', () => {
	it('unchallenged with nothing attacking it', () => {
		expect(evaluate(graph('a', []), name).a.reason).toBe('Unchallenged: nothing attacks it.');
	});

	it('answered: names the one attack and its answer', () => {
		expect(evaluate(graph('abc', ['b>a', 'c>b']), name).a.reason).toBe(
			'Holds: its one attack, “Prices rise for everyone”, is answered by “Wages rise faster”.'
		);
	});

	it('answered: counts several attacks', () => {
		expect(evaluate(graph('abcd', ['b>a', 'c>a', 'd>b', 'd>c']), name).a.reason).toBe(
			'Holds: all 2 attacks on it are answered.'
		);
	});

	it('unanswered by one standing attacker, named', () => {
		const r = evaluate(graph('ab', ['b>a']), name).a;
		expect(r.standingAttackers).toEqual(['b']);
		expect(r.reason).toBe('Falls: “Prices rise for everyone” stands unanswered.');
	});

	it('unanswered by two standing attackers, both named', () => {
		const r = evaluate(graph('abc', ['b>a', 'c>a']), name).a;
		expect(r.standingAttackers).toEqual(['b', 'c']);
		expect(r.reason).toBe(
			'Falls: “Prices rise for everyone” and “Wages rise faster” stand unanswered.'
		);
	});

	it('an attacker whose answer falls "stands: its answer … falls to …", not "unanswered" (review finding 8)', () => {
		// a ← b ← c ← d: b stands because its answer c falls to d.
		const r = evaluate(graph('abcd', ['b>a', 'c>b', 'd>c']), name).a;
		expect(r.standingAttackers).toEqual(['b']);
		expect(r.reason).toBe(
			'Falls: “Prices rise for everyone” stands: its answer “Wages rise faster” falls to “Imports are cheaper”.'
		);
		// Beside a bare one, each is named for what it is.
		const r2 = evaluate(graph('abcde', ['b>a', 'c>b', 'd>c', 'e>a']), name).a;
		expect(r2.reason).toBe(
			'Falls: “Retaliation follows” stands unanswered; “Prices rise for everyone” stands: its answer “Wages rise faster” falls to “Imports are cheaper”.'
		);
	});

	it('unanswered by many: names two, then "and N more"', () => {
		const r = evaluate(graph('abcdef', ['b>a', 'c>a', 'd>a', 'e>a', 'f>a']), name).a;
		expect(r.standingAttackers).toEqual(['b', 'c', 'd', 'e', 'f']);
		expect(r.reason).toBe(
			'Falls: “Prices rise for everyone”, “Wages rise faster” and 3 more stand unanswered.'
		);
	});

	it('standingAttackers leaves out attackers that are answered', () => {
		// b stands; c is answered by d, so only b is unanswered.
		const r = evaluate(graph('abcd', ['b>a', 'c>a', 'd>c']), name).a;
		expect(r.standingAttackers).toEqual(['b']);
		expect(r.reason).toBe('Falls: “Prices rise for everyone” stands unanswered.');
	});

	it('a mutual attack is an open clash, named as such on both sides', () => {
		const r = evaluate(graph('ab', ['a>b', 'b>a']), name);
		expect(r.a.status).toBe('clash');
		expect(r.a.reason).toBe(
			'Open clash: “Tariffs protect jobs” and “Prices rise for everyone” attack each other, and the map cannot say which prevails; judge it.'
		);
		expect(r.b.reason).toBe(
			'Open clash: “Prices rise for everyone” and “Tariffs protect jobs” attack each other, and the map cannot say which prevails; judge it.'
		);
		expect(r.a.standingAttackers).toEqual([]);
	});

	it('a settled mutual attack is no clash: one side is answered', () => {
		// a ⇄ b, c → b: b falls, a holds.
		const r = evaluate(graph('abc', ['a>b', 'b>a', 'c>b']), name);
		expect([r.a.status, r.b.status]).toEqual(['answered', 'unanswered']);
		expect(r.a.clash).toEqual([]);
	});

	it('contested downstream of a clash names the clash it turns on', () => {
		// b ⇄ c, b → a: a's only attacker is in an open clash.
		const r = evaluate(graph('abc', ['b>c', 'c>b', 'b>a']), name).a;
		expect(r.status).toBe('contested');
		expect(r.reason).toBe(
			'Contested: it turns on the open clash between “Prices rise for everyone” and “Wages rise faster”; judge that clash to settle it.'
		);
	});

	it('a claim in a clash is named as in the clash even with another undecided attacker', () => {
		// a is attacked by undecided c (from the c ⇄ d pair) and clashes with b.
		const r = evaluate(graph('abcd', ['c>a', 'c>d', 'd>c', 'a>b', 'b>a']), name).a;
		expect(r.status).toBe('clash');
		expect(r.clash).toEqual(['b']);
	});

	it('contested in an odd cycle names the attacker and the loop, not a clash', () => {
		// a→b→c→a: c attacks a, but a does not attack c.
		const r = evaluate(graph('abc', ['a>b', 'b>c', 'c>a']), name).a;
		expect(r.status).toBe('contested');
		expect(r.reason).toBe(
			'Contested: “Wages rise faster” attacks it and is itself unsettled, in a loop of attacks the map does not settle.'
		);
	});

	it('contested by a bare self-attack', () => {
		expect(evaluate(graph('a', ['a>a']), name).a.reason).toBe(
			'Contested: it attacks itself, so it can be neither accepted nor rejected.'
		);
	});

	it('uses the id when no name function is given', () => {
		expect(evaluate(graph('ab', ['b>a'])).a.reason).toBe('Falls: “b” stands unanswered.');
	});
});

describe('evaluate: weak attacks (concessions)', () => {
	const conceded = (): ArgGraph => ({ ...graph('ab', []), weakAttacks: [['b', 'a']] });

	it('lower the strength but never the status, and the lines say so', () => {
		const r = evaluate(conceded(), name, { weakReason: () => 'conceded by Ann' }).a;
		expect(r.status).toBe('unchallenged');
		expect(r.weakAttackers).toEqual(['b']);
		// 0.5 − 0.5·0.5 = 0.25, exactly as if b were a counted attack.
		expect(r.strength).toBeCloseTo(0.25, 12);
		expect(r.reason).toBe(
			'Unchallenged: only concessions attack it. “Prices rise for everyone” (conceded by Ann) weighs in its strength but never against its status.'
		);
		expect(r.strengthReason).toBe(
			'Strength 0.25: from its base 0.50, lowered because its 1 attack, a concession (combined 0.50) outweighs its 0 supports (combined 0.00).'
		);
		expect(r.agreement).toMatch(/^It stands, yet its strength is below its base: the concessions/);
		expect(r.change).toEqual({ to: 'fall', ids: [], possible: false, exhaustive: true });
		expect(r.changeReason).toBe(
			'No attack on it counts against its status: only a new attack could challenge it.'
		);
	});

	it('beside a counted attack that stands, the claim is still unanswered', () => {
		const g: ArgGraph = { ...graph('abc', ['c>a']), weakAttacks: [['b', 'a']] };
		const r = evaluate(g, name).a;
		expect(r.status).toBe('unanswered');
		expect(r.standingAttackers).toEqual(['c']);
		expect(r.weakAttackers).toEqual(['b']);
	});
});

describe('evaluate: strength lines and agreement with the badge', () => {
	it('names base, attacks and supports', () => {
		const r = evaluate(graph('abs', ['b>a'], ['s>a'], { a: 0.6, s: 0.2 }), name, {
			baseReason: (id) => (id === 'a' ? 'one quoted source' : undefined)
		}).a;
		// va = 0.5, vs = 0.2: 0.6 − 0.6·0.3 = 0.42.
		expect(r.strength).toBeCloseTo(0.42, 12);
		expect(r.strengthReason).toBe(
			'Strength 0.42: from its base 0.60 (one quoted source), lowered because its 1 attack (combined 0.50) outweighs its 1 support (combined 0.20).'
		);
		expect(r.agreement).toBe('');
	});

	it('a claim nothing touches keeps its base, and says why', () => {
		expect(evaluate(graph('a', []), name, { baseReason: () => 'no quote' }).a.strengthReason).toBe(
			'Strength 0.50 is its base 0.50 (no quote): nothing attacks or supports it.'
		);
	});

	it('supports do not rescue an unanswered claim but raise its strength, and the disagreement is explained', () => {
		// a attacked by standing b (0.5), supported by s (base 1):
		// C(0.5, 0.5, 1) = 0.5 + 0.5·0.5 = 0.75: strong, yet with an unanswered attack.
		const r = evaluate(graph('abs', ['b>a'], ['s>a'], { s: 1 })).a;
		expect(r.status).toBe('unanswered');
		expect(r.strength).toBeCloseTo(0.75, 12);
		expect(r.strengthReason).toContain('raised because its 1 support (combined 1.00) outweighs');
		expect(r.agreement).toMatch(/supports never answer an attack/);
	});

	it('an answered attack still weighs a little, and that is explained', () => {
		// c→b→a: b = 0.25, a = 0.5 − 0.5·0.25 = 0.375 < 0.5 although a stands.
		const r = evaluate(graph('abc', ['b>a', 'c>b'])).a;
		expect(r.status).toBe('answered');
		expect(r.agreement).toMatch(/an answered attack still carries some weight/);
	});

	it('a cycle that does not settle says so in the strength line', () => {
		const r = evaluate(graph('ab', ['a>a', 'a>b'], [], { a: 1 }), name);
		expect(r.a.strength).toBeCloseTo(0.5, 8);
		expect(r.b.strength).toBeCloseTo(0.25, 8);
		expect(r.a.settles).toBe(false);
		expect(r.b.settles).toBe(false);
		expect(r.b.strengthReason).toMatch(
			/do not settle: the value shown is the loop’s balance point/
		);
	});
});

describe('evaluate: what would change it', () => {
	it('one unanswered attack: answer it and the claim stands', () => {
		const r = evaluate(graph('ab', ['b>a']), name).a;
		expect(r.change).toEqual({ to: 'stand', ids: ['b'], possible: true, exhaustive: true });
		expect(r.changeReason).toBe('Answer “Prices rise for everyone” and it stands.');
	});

	it('two unanswered attacks: both must be answered', () => {
		const r = evaluate(graph('abc', ['b>a', 'c>a']), name).a;
		expect(r.change.ids).toEqual(['b', 'c']);
		expect(r.changeReason).toBe(
			'Answer “Prices rise for everyone” and “Wages rise faster” and it stands.'
		);
	});

	it('an answered claim rests on its answer', () => {
		const r = evaluate(graph('abc', ['b>a', 'c>b']), name).a;
		expect(r.change).toEqual({ to: 'fall', ids: ['c'], possible: true, exhaustive: true });
		expect(r.changeReason).toBe('If “Wages rise faster” were answered, it would no longer stand.');
	});

	it('a self-attacker can never stand; an unattacked claim only falls to a new attack', () => {
		const r = evaluate(graph('ab', ['a>a']), name);
		expect(r.a.change.possible).toBe(false);
		expect(r.a.changeReason).toBe('It attacks itself, so no answer can make it stand.');
		expect(r.b.changeReason).toBe(
			'Nothing in the map attacks it: only a new attack could challenge it.'
		);
	});

	it('can be left out for large graphs', () => {
		const r = evaluate(graph('ab', ['b>a']), name, { decisive: false }).a;
		expect(r.changeReason).toBe('');
		expect(r.change.ids).toEqual([]);
	});
});
