import { describe, expect, it } from 'vitest';
import { evaluate, type ArgGraph } from '$lib/evaluate';
import { balance } from './balance';

describe('the resolution’s strength in the balance (review 1, finding 3)', () => {
	// Six supports and five attacks, all strong: DF-QuAD's sums both sit near 1, so the
	// resolution's strength stays near its base whichever way the one clash (s1 ⇄ a1) goes.
	const sup = ['s1', 's2', 's3', 's4', 's5', 's6'];
	const att = ['a1', 'a2', 'a3', 'a4', 'a5'];
	const g: ArgGraph = {
		ids: ['t', ...sup, ...att],
		supports: sup.map((s) => [s, 't'] as [string, string]),
		// a1 attacks it outright; the other four are concessions (weigh in the strength only).
		attacks: [
			['a1', 't'],
			['s1', 'a1'],
			['a1', 's1']
		],
		weakAttacks: att.slice(1).map((a) => [a, 't'] as [string, string]),
		base: Object.fromEntries([...sup, ...att].map((id) => [id, 0.9]))
	};
	const input = {
		thesis: 't',
		lines: { for: sup, against: att },
		attackers: (id: string) => g.attacks.filter(([, to]) => to === id).map(([f]) => f),
		title: (id: string) => id.toUpperCase()
	};
	const own = evaluate(g).status;
	const judged = evaluate(g, { prevails: [['a1', 's1']] }).status;

	it('says when the sums saturate, so the number is not read as the verdict', () => {
		const b = balance(input, own);
		expect(b.strengthLine).toContain(b.strength.toFixed(2));
		expect(b.strengthLine).toContain(
			'judging a clash moves this number very little: the verdicts of its lines, above, are what a ballot changes.'
		);
	});

	it('on a ballot, gives the map’s own strength beside the ballot’s', () => {
		expect(judged.t.status).toBe('unanswered');
		expect(own.t.status).toBe('contested');
		const b = balance(input, judged, own);
		expect(b.strengthLine).toMatch(
			new RegExp(
				`^Strength ${judged.t.strength.toFixed(2)} on this ballot(, as on the map’s own verdicts| \\(${own.t.strength.toFixed(2)} on the map’s own verdicts\\))\\.`
			)
		);
	});

	it('says nothing of saturation when the sums leave room', () => {
		const small: ArgGraph = { ids: ['t', 's'], supports: [['s', 't']], attacks: [] };
		const b = balance(
			{ ...input, lines: { for: ['s'], against: [] }, attackers: () => [] },
			evaluate(small).status
		);
		expect(b.strengthLine).not.toContain('DF-QuAD can count');
	});
});
