/** Prep and the brief name undercuts and linked premises (fixture debate free-buses). */
import { describe, expect, it } from 'vitest';
import { loadDebates } from '$lib/validate/node.server';
import { buildGraph } from '$lib/model/graph';
import { debateStatus } from '$lib/evaluate/debate-status';
import { sidePrep } from './lines';
import { attackNotes, brief } from './cards';

const debate = loadDebates('tests/fixtures/arguments').debates.find((d) => d.id === 'free-buses')!;
const graph = buildGraph(debate);
const status = debateStatus(debate, graph);

describe('prep: undercuts and linked premises', () => {
	it('For: a linked premise says what it holds together with; the undercut of its link is an attack to expect', () => {
		const prep = sidePrep(debate, graph, 'for', status);
		const line = prep.lines.find((l) => l.id === 'free-fares-draw-riders')!;
		const journeys = line.supporters.find((s) => s.id === 'journeys-rose-in-the-pilot')!;
		expect(journeys.together.map((t) => t.id)).toEqual(['fares-were-the-barrier']);
		const undercut = journeys.attacks.find((a) => a.claim.id === 'pilot-added-routes')!;
		expect(attackNotes(undercut)).toEqual([
			'Undercut: it says “Journeys rose a third in the pilot” does not show “Free fares draw riders”'
		]);
	});

	it('Against: a line whose attack is undercut lists the undercut as an attack to expect; a joint line names its partner', () => {
		const prep = sidePrep(debate, graph, 'against', status);
		const fares = prep.lines.find((l) => l.id === 'fares-fund-the-service')!;
		expect(fares.attacks.map((a) => [a.claim.id, a.undercut?.verb])).toEqual([
			['a-fifth-can-be-replaced', 'does not count against']
		]);
		const budget = prep.lines.find((l) => l.id === 'budget-is-already-stretched')!;
		expect(budget.together.map((t) => t.id)).toEqual(['no-other-funding']);
	});

	it('the briefs print the same words under each card', () => {
		const b = brief(debate, graph, 'for', status);
		const attacks = b.sections.flatMap((s) => s.attacks);
		const pilot = attacks.find((a) => a.card.id === 'pilot-added-routes')!;
		expect(pilot.notes).toEqual([
			'Undercut: it says “Journeys rose a third in the pilot” does not show “Free fares draw riders”'
		]);
		const against = brief(debate, graph, 'against', status);
		const fifth = against.sections
			.flatMap((s) => s.attacks)
			.find((a) => a.card.id === 'a-fifth-can-be-replaced')!;
		expect(fifth.notes![0]).toMatch(/does not count against “Our town should make/);
	});
});
