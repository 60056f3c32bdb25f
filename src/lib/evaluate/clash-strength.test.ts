/**
 * A claim in an open clash shows its strength as the range the clash can leave it (review 1,
 * finding 3): `high` and `low` must be exactly what `evaluate` gives once the clash is judged
 * its way and the other, on the graph as already judged.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { mutualAttacks } from './judgement';
import { mulberry32 } from '$lib/shared/random';
import { randomGraph } from '$lib/testing/random-graph';
import type { ArgGraph, Judgement } from './types';

describe('the strength of a claim in an open clash', () => {
	// Newsham's "fear of Beijing" (f) and Self's "not a veto" (n) attack each other, both at
	// base 0.6; only n has a support (s, base 0.9). Left open, DF-QuAD settles the loop at
	// ≈0.03 against ≈0.95: the one support, compounded by the loop.
	const g: ArgGraph = {
		ids: ['f', 'n', 's'],
		attacks: [
			['f', 'n'],
			['n', 'f']
		],
		supports: [['s', 'n']],
		base: { f: 0.6, n: 0.6, s: 0.9 }
	};
	const name = (id: string) => ({ f: 'Fear', n: 'Not a veto', s: 'Support' })[id] ?? id;

	it('is a range from losing to prevailing, with the lopsided balance point said in words', () => {
		const r = evaluate(g, {}, { name });
		expect(r.status.f.strength).toBeLessThan(0.05);
		expect(r.status.n.strength).toBeGreaterThan(0.9);
		expect(r.status.f.clashStrength!.high).toBeCloseTo(0.6, 9);
		expect(r.status.f.clashStrength!.low).toBeCloseTo(
			evaluate(g, { prevails: [['n', 'f']] }).status.f.strength,
			9
		);
		// n is stronger whichever way the clash goes: its support is a real difference.
		expect(r.status.n.clashStrength!.low).toBeGreaterThan(r.status.f.clashStrength!.high);
		expect(r.status.f.strengthReason).toBe(
			'Strength between 0.02 and 0.60, as its open clash with “Not a veto” is judged: 0.60 if it prevails, 0.02 if “Not a veto” does. Left open, DF-QuAD puts it at 0.03 and “Not a veto” at 0.95: in a mutual attack each claim’s strength weakens the other’s, so a lead from the rest of what bears on them (base, supports, other attacks) grows into a wide gap (here “Not a veto” leads, with supports worth 0.90 against 0.00). That weighs their backing in the map; it is not a verdict on the clash, which is yours to judge.'
		);
		expect(r.status.f.agreement).toBe('');
		// Claims not in an open clash have no range.
		expect(r.status.s.clashStrength).toBeUndefined();
		// A judged clash is no longer open: no range.
		expect(evaluate(g, { prevails: [['f', 'n']] }).status.f.clashStrength).toBeUndefined();
	});

	it('equals evaluate under each ballot, on random graphs with clashes and ballots (300 cases)', () => {
		const rand = mulberry32(318);
		let ranges = 0;
		for (let k = 0; k < 300; k++) {
			const n = 2 + Math.floor(rand() * 9);
			const g = randomGraph(rand, n, Math.floor(n * 1.8), { supportShare: 0.3, randomBase: true });
			for (const [f, t] of g.attacks.slice()) if (rand() < 0.35) g.attacks.push([t, f]);
			g.weakAttacks = g.attacks.filter(() => rand() < 0.1);
			const mutual = mutualAttacks(g);
			const j: Judgement = {
				prevails: mutual.filter(() => rand() < 0.3),
				rejected: g.ids.filter(() => rand() < 0.1)
			};
			const r = evaluate(g, j, { decisive: false });
			for (const id of g.ids) {
				const st = r.status[id];
				const ctx = `case ${k} ${id}: ${JSON.stringify({ g, j })}`;
				if (st.status !== 'clash') {
					expect(st.clashStrength, ctx).toBeUndefined();
					continue;
				}
				ranges++;
				const wins = evaluate(
					g,
					{ ...j, prevails: [...j.prevails!, ...st.clash.map((p) => [id, p] as [string, string])] },
					{ decisive: false, lines: false }
				);
				const loses = evaluate(
					g,
					{ ...j, prevails: [...j.prevails!, ...st.clash.map((p) => [p, id] as [string, string])] },
					{ decisive: false, lines: false }
				);
				const tol = wins.status[id].settles && loses.status[id].settles ? 1e-5 : 1e-3;
				expect(Math.abs(st.clashStrength!.high - wins.status[id].strength), ctx).toBeLessThan(tol);
				expect(Math.abs(st.clashStrength!.low - loses.status[id].strength), ctx).toBeLessThan(tol);
			}
		}
		expect(ranges).toBeGreaterThan(100);
	});
});
