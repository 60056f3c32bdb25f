/**
 * The practice deck: the opponent's claims a side must be ready to answer, each with
 * the answers the map holds, strongest threat first so practice starts where it matters.
 */
import type { Evidence, Side } from '$lib/schema';
import type { DebateGraph } from '$lib/model/graph';
import type { Debate } from '$lib/model/types';
import { speakerName } from '$lib/model/labels';
import { mulberry32 } from '$lib/shared/random';
import { opponentOf } from '$lib/model/sides';
import { attackers, byRank, claimRef, lineIds, type ClaimRef } from './lines';
import { debateStatus, type ClaimStatus } from '$lib/evaluate/debate-status';

export interface DrillClaim extends ClaimRef {
	text: string;
	speaker: string;
	evidenceItems: Evidence[];
}

export interface DrillCard {
	claim: DrillClaim;
	/** This side's claims it attacks. */
	targets: ClaimRef[];
	/** True when it is one of the opponent's own lines on the resolution. */
	isLine: boolean;
	/** Claims that attack it, strongest first; empty when the map has no answer yet. */
	answers: DrillClaim[];
}

export function drillDeck(
	debate: Debate,
	graph: DebateGraph,
	side: Side,
	status: Record<string, ClaimStatus> = debateStatus(debate, graph),
	seed?: number
): DrillCard[] {
	const other = opponentOf(side);
	const full = (id: string): DrillClaim => {
		const claim = debate.claims[id];
		return {
			...claimRef(debate, graph, status, id),
			text: claim.text,
			speaker: speakerName(debate, claim),
			evidenceItems: claim.evidence ?? []
		};
	};
	const lines = new Set(lineIds(debate, graph, other));
	const deck: DrillCard[] = [];
	for (const id of graph.ids) {
		if (graph.side.get(id) !== other) continue;
		const targets = (graph.outgoing.get(id) ?? [])
			.filter((e) => e.relation === 'attacks' && graph.side.get(e.to) === side)
			.map((e) => claimRef(debate, graph, status, e.to))
			.sort(byRank);
		if (!targets.length && !lines.has(id)) continue;
		deck.push({
			claim: full(id),
			targets,
			isLine: lines.has(id),
			answers: [...new Set(attackers(graph, id))].map(full).sort(byRank)
		});
	}
	deck.sort((a, b) => byRank(a.claim, b.claim));
	return seed === undefined ? deck : shuffled(deck, seed);
}

/** Fisher–Yates driven by a seeded PRNG, so a shuffled deck can be shared by its seed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
	const out = [...items];
	const rand = mulberry32(seed);
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(rand() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}
