import { describe, expect, it } from 'vitest';
import { buildGraph } from '$lib/model/graph';
import { isSide, opponentOf } from '$lib/model/sides';
import { byRank, sidePrep } from './lines';
import { prepDebate } from '$lib/testing/prep-debate';
import { rolesDebate } from '$lib/testing/roles-debate';

const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id);

describe('sidePrep: the case in the order it is made, with who makes it', () => {
	const d = rolesDebate();
	const g = buildGraph(d);
	const pro = sidePrep(d, g, 'for');
	const con = sidePrep(d, g, 'against');

	it('lists lines in reading order: source date, named part, paragraph', () => {
		expect(ids(pro.lines)).toEqual(['ann0', 'ann1', 'cy', 'abe']);
		expect(pro.lines.map((l) => l.who)).toEqual([
			'Ann Author',
			'Ann Author',
			'Cy Writer',
			'Shinzo Abe'
		]);
		expect(pro.speakers).toEqual([
			{ name: 'Ann Author', lines: 2 },
			{ name: 'Cy Writer', lines: 1 },
			{ name: 'Shinzo Abe', lines: 1 }
		]);
	});

	it('offers strongest first as an option, not the default', () => {
		const strongest = [...pro.lines].sort(byRank);
		expect(strongest[0].status.strength).toBeGreaterThanOrEqual(
			strongest[strongest.length - 1].status.strength
		);
		// ann0 has two cited sources (base 0.65): strongest, though ann1 comes second in order.
		expect(strongest[0].id).toBe('ann0');
		expect(ids(strongest)).not.toEqual(['ann0', 'ann1', 'cy', 'abe'].reverse());
	});

	it('a point raised (or conceded) by the other side and answered by its author is no gap (review 1, finding 15)', () => {
		// Ann raises "Some say no" and answers it herself: it falls, but it is not Against's case.
		expect(
			con.raised.map((r) => [r.claim.id, r.claim.status.status, ids(r.authorAnswers)])
		).toEqual([['obj', 'unanswered', ['reply']]]);
		expect(ids(con.gaps.facing)).not.toContain('obj');
		expect(ids(con.gaps.clashes)).not.toContain('obj');
	});

	it('never makes a raised objection a line of the side it counts for', () => {
		expect(ids(con.lines)).toEqual(['bob1']);
		expect(con.raised).toHaveLength(1);
		const [obj] = con.raised;
		expect(obj.claim).toMatchObject({ id: 'obj', who: 'Raised by Ann Author', role: 'raised' });
		expect(obj.raisedBy).toBe('Raised by Ann Author');
		expect(ids(obj.authorAnswers)).toEqual(['reply']);
		expect(obj.answers).toEqual([]);
	});

	it('lists a concession for the side it helps, as conceded by its speaker', () => {
		expect(pro.raised.map((r) => [r.claim.id, r.raisedBy])).toEqual([
			['grant', 'Conceded by Bob Builder']
		]);
		// On the other side it is an attack on Bob's line that weighs but does not refute.
		const bob1 = con.lines[0];
		expect(bob1.attacks.map((a) => [a.claim.id, a.raisedBy])).toEqual([
			['grant', 'Conceded by Bob Builder']
		]);
		expect(bob1.status.status).toBe('unchallenged');
	});

	it('lists attacks on a line with their answers, and the gaps', () => {
		const ann1 = pro.lines[1];
		expect(ann1.attacks.map((a) => [a.claim.id, ids(a.answers)])).toEqual([['bob2', []]]);
		expect(pro.gaps.facing.map((f) => [f.id, ids(f.standing), ids(f.toStand)])).toEqual([
			['ann1', ['bob2'], ['bob2']]
		]);
		expect(pro.gaps.unanswered.map((u) => [u.id, ids(u.targets)])).toEqual([
			['bob2', ['ann1']],
			['bob1', []]
		]);
	});
});

describe('sidePrep on the older prep debate', () => {
	const debate = prepDebate();
	const graph = buildGraph(debate);
	const prep = sidePrep(debate, graph, 'for');

	it('takes mixed claims for neither side, and every line names its speaker', () => {
		expect(ids(prep.lines).sort()).toEqual(['a', 'g', 'n', 'y']);
		expect(prep.lines.every((l) => l.who.length > 0)).toBe(true);
		const a = prep.lines.find((l) => l.id === 'a')!;
		expect(ids(a.supporters)).toEqual(['d']); // z supports a but is mixed
		expect(a.attacks.map((t) => [t.claim.id, ids(t.answers)])).toEqual([['c', ['e']]]);
		expect(a.attacks[0].claim.status.status).toBe('unanswered');
	});

	it('expects attacks from anyone, mixed claims included', () => {
		const g = prep.lines.find((l) => l.id === 'g')!;
		expect(g.attacks.map((t) => [t.claim.id, t.claim.side])).toEqual([['x', 'mixed']]);
	});

	it('finds the gaps', () => {
		expect(prep.gaps.unanswered.map((u) => [u.id, ids(u.targets)])).toEqual([['h', ['d']]]);
		expect(ids(prep.gaps.noEvidence).sort()).toEqual(['g', 'k']);
		expect(prep.gaps.facing.map((r) => [r.id, ids(r.toStand)])).toEqual([
			['d', ['h']],
			['g', ['x']]
		]);
	});

	it('takes the claims attacking the resolution as the other side’s lines', () => {
		const against = sidePrep(debate, graph, 'against');
		expect(ids(against.lines)).toEqual(['b']);
		expect(against.lines[0].attacks.map((t) => [t.claim.id, ids(t.answers)])).toEqual([['k', []]]);
	});
});

describe('side helpers', () => {
	it('names the opponent and recognises side names', () => {
		expect(opponentOf('for')).toBe('against');
		expect(opponentOf('against')).toBe('for');
		expect(isSide('for')).toBe(true);
		expect(isSide('thesis')).toBe(false);
	});
});
