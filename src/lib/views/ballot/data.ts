/**
 * What the ballot needs in the browser to recompute every verdict: the engine's graph, the
 * words its lines use, each claim's side and who argues it, and the resolution's lines. Built
 * on the server (prerendered as /<debate>/ballot.json) and fetched only when a ballot opens,
 * so none of it weighs on the first paint.
 */
import type { Side } from '$lib/schema';
import type { Debate } from '$lib/model/types';
import type { DebateGraph } from '$lib/model/graph';
import type { ClaimSide } from '$lib/model/sides';
import { caseOwner, claimTitle, personName, roleOf } from '$lib/model/labels';
import { readingOrder } from '$lib/model/order';
import { argGraph, debateWords } from '$lib/evaluate/debate-status';
import type { ArgGraph, ClaimStatus } from '$lib/evaluate';
import { isRaisedOrConceded, lineIds } from '$lib/views/prep/lines';
import { balance, type Balance } from './balance';

export interface BallotData {
	debate: string;
	thesis: string;
	graph: ArgGraph;
	/** Every claim in the debate's reading order (the resolution first). */
	order: string[];
	/** Claim titles, by id. */
	titles: Record<string, string>;
	sides: Record<string, ClaimSide>;
	/** Who argues each claim (its holder; for a reported claim also its reporter), by person id. */
	argues: Record<string, string[]>;
	/** Names of the people who argue something. */
	people: Record<string, string>;
	/** The resolution's lines per side. */
	lines: Record<Side, string[]>;
	/** Why each claim starts where it does: an index into `baseReasons`. */
	baseReason: Record<string, number>;
	baseReasons: string[];
	/** Why a weak attack is weak, by attacker id. */
	weakReason: Record<string, string>;
}

export function ballotData(
	debate: Debate,
	graph: DebateGraph,
	lines: Record<Side, string[]>
): BallotData {
	const g = argGraph(debate, graph);
	const words = debateWords(debate);
	const titles: Record<string, string> = {};
	const sides: Record<string, ClaimSide> = {};
	const argues: Record<string, string[]> = {};
	const people: Record<string, string> = {};
	const baseReason: Record<string, number> = {};
	const baseReasons: string[] = [];
	for (const id of graph.ids) {
		const c = debate.claims[id];
		titles[id] = claimTitle(c);
		sides[id] = graph.side.get(id) ?? 'mixed';
		const who = [caseOwner(c), roleOf(c) === 'reported' ? c.by : undefined].filter(
			(x): x is string => !!x
		);
		argues[id] = [...new Set(who)];
		for (const p of argues[id]) people[p] ??= personName(debate, p);
		const why = words.baseReason?.(id) ?? '';
		let k = baseReasons.indexOf(why);
		if (k < 0) k = baseReasons.push(why) - 1;
		baseReason[id] = k;
	}
	const weakReason: Record<string, string> = {};
	for (const [from, to] of g.weakAttacks ?? []) weakReason[from] ??= words.weakReason!(from, to);
	return {
		debate: debate.id,
		thesis: debate.thesis,
		graph: g,
		order: [debate.thesis, ...readingOrder(debate, graph.ids).filter((id) => id !== debate.thesis)],
		titles,
		sides,
		argues,
		people,
		lines,
		baseReason,
		baseReasons,
		weakReason
	};
}

/** The resolution's lines per side: its direct supports and attacks, less raised and conceded points. */
export function resolutionLines(debate: Debate, graph: DebateGraph): Record<Side, string[]> {
	const own = (id: string) => !isRaisedOrConceded(roleOf(debate.claims[id]));
	const order = new Map(readingOrder(debate, graph.ids).map((id, i) => [id, i]));
	const sorted = (ids: string[]) =>
		ids.filter(own).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
	return {
		for: sorted(lineIds(debate, graph, 'for')),
		against: sorted(lineIds(debate, graph, 'against'))
	};
}

/** The map's own balance of the resolution, for pages rendered on the server. */
export function debateBalance(
	debate: Debate,
	graph: DebateGraph,
	status: Record<string, ClaimStatus>
): Balance {
	const weak = (from: string) => roleOf(debate.claims[from]) === 'conceded';
	return balance(
		{
			thesis: debate.thesis,
			lines: resolutionLines(debate, graph),
			attackers: (id) =>
				(graph.incoming.get(id) ?? [])
					.filter((e) => e.relation === 'attacks' && !weak(e.from))
					.map((e) => e.from),
			title: (id) => claimTitle(debate.claims[id])
		},
		status
	);
}

export { ALL_WORDED, wordedIds } from './worded';
