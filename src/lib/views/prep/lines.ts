/**
 * A side's preparation: its lines of argument ranked by strength, the attacks each
 * will meet with the answers the map already holds, and the gaps left to fill.
 *
 * Sides come from the graph: a 'mixed' claim pulls both ways and the thesis is the
 * question itself, so neither counts as either side's material. Attacks, however,
 * are listed whoever makes them: a student must expect every attack on a claim.
 */
import type { Side } from '$lib/schema';
import type { DebateGraph } from '$lib/model/graph';
import { opponentOf, type ClaimSide } from '$lib/model/sides';
import type { Debate } from '$lib/model/types';
import { claimTitle } from '$lib/model/labels';
import { debateStatus, type ClaimStatus } from '$lib/evaluate/debate-status';

export interface ClaimRef {
	id: string;
	title: string;
	side: ClaimSide;
	status: ClaimStatus;
	/** Number of evidence quotes. */
	evidence: number;
}

export interface AttackItem {
	claim: ClaimRef;
	/** Claims that attack the attack, strongest first. */
	answers: ClaimRef[];
}

export interface PrepClaim extends ClaimRef {
	/** Attacks on this claim, strongest first. */
	attacks: AttackItem[];
}

export interface Line extends PrepClaim {
	/** This side's claims that directly support the line, strongest first. */
	supporters: PrepClaim[];
}

export interface UnansweredClaim extends ClaimRef {
	/** This side's claims it attacks (empty when it only builds the other case). */
	targets: ClaimRef[];
}

export interface RefutedClaim extends ClaimRef {
	refutedBy: ClaimRef[];
}

export interface Gaps {
	/** Opponent claims nothing attacks yet: the ones hitting this side first. */
	unanswered: UnansweredClaim[];
	/** This side's claims with no evidence quote. */
	noEvidence: ClaimRef[];
	/** This side's claims the grounded labelling currently rejects. */
	refuted: RefutedClaim[];
}

export interface SidePrep {
	side: Side;
	lines: Line[];
	gaps: Gaps;
}

/** Strongest first; at equal strength the better-evidenced claim; then by id so output is stable. */
export function byRank(a: ClaimRef, b: ClaimRef): number {
	return (
		b.status.strength - a.status.strength ||
		b.evidence - a.evidence ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

export function claimRef(
	debate: Debate,
	graph: DebateGraph,
	status: Record<string, ClaimStatus>,
	id: string
): ClaimRef {
	const claim = debate.claims[id];
	return {
		id,
		title: claimTitle(claim),
		side: graph.side.get(id) ?? 'mixed',
		status: status[id],
		evidence: claim.evidence?.length ?? 0
	};
}

function refs(
	debate: Debate,
	graph: DebateGraph,
	status: Record<string, ClaimStatus>,
	ids: Iterable<string>
): ClaimRef[] {
	return [...new Set(ids)].map((id) => claimRef(debate, graph, status, id)).sort(byRank);
}

export function attackers(graph: DebateGraph, id: string): string[] {
	return (graph.incoming.get(id) ?? []).filter((e) => e.relation === 'attacks').map((e) => e.from);
}

export function attacksOn(
	debate: Debate,
	graph: DebateGraph,
	status: Record<string, ClaimStatus>,
	id: string
): AttackItem[] {
	return refs(debate, graph, status, attackers(graph, id)).map((claim) => ({
		claim,
		answers: refs(debate, graph, status, attackers(graph, claim.id))
	}));
}

/** The claims that argue a side directly against or for the resolution. */
export function lineIds(debate: Debate, graph: DebateGraph, side: Side): string[] {
	const relation = side === 'for' ? 'supports' : 'attacks';
	return (graph.incoming.get(debate.thesis) ?? [])
		.filter((e) => e.relation === relation && graph.side.get(e.from) === side)
		.map((e) => e.from);
}

export function sidePrep(
	debate: Debate,
	graph: DebateGraph,
	side: Side,
	status: Record<string, ClaimStatus> = debateStatus(debate, graph)
): SidePrep {
	const prepClaim = (ref: ClaimRef): PrepClaim => ({
		...ref,
		attacks: attacksOn(debate, graph, status, ref.id)
	});
	const lines: Line[] = refs(debate, graph, status, lineIds(debate, graph, side)).map((ref) => ({
		...prepClaim(ref),
		supporters: refs(
			debate,
			graph,
			status,
			(graph.incoming.get(ref.id) ?? [])
				.filter((e) => e.relation === 'supports' && graph.side.get(e.from) === side)
				.map((e) => e.from)
		).map(prepClaim)
	}));

	const own = graph.ids.filter((id) => graph.side.get(id) === side);
	const theirs = graph.ids.filter((id) => graph.side.get(id) === opponentOf(side));

	const unanswered = refs(
		debate,
		graph,
		status,
		theirs.filter((id) => attackers(graph, id).length === 0)
	)
		.map((ref) => ({
			...ref,
			targets: refs(
				debate,
				graph,
				status,
				(graph.outgoing.get(ref.id) ?? [])
					.filter((e) => e.relation === 'attacks' && graph.side.get(e.to) === side)
					.map((e) => e.to)
			)
		}))
		// Stable sort keeps strength order within each group.
		.sort((a, b) => Number(b.targets.length > 0) - Number(a.targets.length > 0));

	const noEvidence = refs(
		debate,
		graph,
		status,
		own.filter((id) => !debate.claims[id].evidence?.length)
	);

	const refuted = refs(
		debate,
		graph,
		status,
		own.filter((id) => status[id].status === 'refuted')
	).map((ref) => ({ ...ref, refutedBy: refs(debate, graph, status, ref.status.refutedBy) }));

	return { side, lines, gaps: { unanswered, noEvidence, refuted } };
}
