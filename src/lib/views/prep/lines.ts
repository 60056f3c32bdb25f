/**
 * A side's preparation: its case in the order its debaters make it (model/order.ts), every
 * item with who argues it, the attacks each line will meet with the answers the map holds,
 * the points others raise or concede for this side, and the gaps left to fill. Computed
 * on the server; the page gets only this.
 *
 * Sides come from the graph: a 'mixed' claim pulls both ways and the thesis is the
 * question itself, so neither counts as either side's material. A claim raised to be
 * answered or conceded is never a line of the side it counts for: it is listed as what it
 * is, "raised by X, who answers…". Attacks, however, are listed whoever makes them: a
 * student must expect every attack on a claim.
 */
import type { ClaimRole, Relation, Side } from '$lib/schema';
import { edgeId, type DebateGraph } from '$lib/model/graph';
import { undercutVerb } from '$lib/model/structure-words';
import { opponentOf, type ClaimSide } from '$lib/model/sides';
import type { Debate } from '$lib/model/types';
import { attribution, authorOf, claimTitle, roleOf } from '$lib/model/labels';
import { readingOrder } from '$lib/model/order';
import { debateStatus, type ClaimStatus } from '$lib/evaluate/debate-status';
import { byOrder } from './sort';

export { byOrder, byRank } from './sort';

export interface ClaimRef {
	id: string;
	title: string;
	side: ClaimSide;
	/** Who argues it, role included: "Ada Ortiz", "Raised by Ada Ortiz". */
	who: string;
	role: ClaimRole;
	status: ClaimStatus;
	/** Number of evidence quotes. */
	evidence: number;
	/** Place in the debate's reading order: the default sort. */
	order: number;
}

export interface AttackItem {
	claim: ClaimRef;
	/** For a raised or conceded claim: who raised or conceded it ("Raised by Ada Ortiz"). */
	raisedBy?: string;
	/** Answers by the author who raised or conceded it ("…, who answers"), in reading order. */
	authorAnswers: ClaimRef[];
	/** Every other claim that attacks it, in reading order. */
	answers: ClaimRef[];
	/** It undercuts, rather than attacks: it says `of` "does not show" `to` (or "does not count against"). */
	undercut?: { of: ClaimRef; verb: string; to: ClaimRef };
	/** Claims saying this attack does not count against the claim it is listed under (undercuts of it). */
	undercutBy: ClaimRef[];
	/** A linked attack: the claims it attacks only together with. */
	together: ClaimRef[];
}

export interface PrepClaim extends ClaimRef {
	/** Attacks on this claim, in reading order; then undercuts of its relation to the claim above it. */
	attacks: AttackItem[];
	/** A linked premise: the claims it supports the claim above it only together with. */
	together: ClaimRef[];
}

export interface Line extends PrepClaim {
	/** This side's claims that directly support the line, in reading order. */
	supporters: PrepClaim[];
}

export interface UnansweredClaim extends ClaimRef {
	/** This side's claims it attacks (empty when it only builds the other case). */
	targets: ClaimRef[];
}

export interface FacingClaim extends ClaimRef {
	/** The attacks on it that stand unanswered. */
	standing: ClaimRef[];
	/** Answer these and it stands. */
	toStand: ClaimRef[];
}

export interface Gaps {
	/** Opponent claims nothing answers yet (unchallenged): the ones hitting this side first. */
	unanswered: UnansweredClaim[];
	/** This side's claims with no evidence quote. */
	noEvidence: ClaimRef[];
	/** This side's claims facing an attack that nothing answers. */
	facing: FacingClaim[];
	/** This side's claims in an open clash: the map cannot say which prevails; judge it. */
	clashes: ClashClaim[];
}

export interface ClashClaim extends ClaimRef {
	/** The claims it clashes with. */
	with: ClaimRef[];
}

export interface SidePrep {
	side: Side;
	/** Who makes this side's lines, in the order they first do, with how many. */
	speakers: Array<{ name: string; lines: number }>;
	lines: Line[];
	/** Points that count for this side but are raised to be answered or conceded by their author. */
	raised: AttackItem[];
	gaps: Gaps;
}

/** Builds ClaimRefs for one debate, with the reading order computed once. */
export function refMaker(
	debate: Debate,
	graph: DebateGraph,
	status: Record<string, ClaimStatus>
): (id: string) => ClaimRef {
	const order = new Map(readingOrder(debate, graph.ids).map((id, i) => [id, i]));
	const cache = new Map<string, ClaimRef>();
	return (id) => {
		let ref = cache.get(id);
		if (!ref) {
			const claim = debate.claims[id];
			ref = {
				id,
				title: claimTitle(claim),
				side: graph.side.get(id) ?? 'mixed',
				who: attribution(debate, claim),
				role: roleOf(claim),
				status: status[id],
				evidence: claim.evidence?.length ?? 0,
				order: order.get(id) ?? Infinity
			};
			cache.set(id, ref);
		}
		return ref;
	};
}

export function attackers(graph: DebateGraph, id: string): string[] {
	return [
		...new Set(
			(graph.incoming.get(id) ?? []).filter((e) => e.relation === 'attacks').map((e) => e.from)
		)
	];
}

/** How a claim relates to the claim above it (supports, unless it attacks it). */
function relationTo(graph: DebateGraph, id: string, parent: string): Relation {
	return (graph.outgoing.get(id) ?? []).find((e) => e.to === parent)?.relation ?? 'supports';
}

/** A raised or conceded claim is put forward by someone who does not hold it as their case. */
export function isRaisedOrConceded(role: ClaimRole): boolean {
	return role === 'raised' || role === 'conceded';
}

export function attackItem(
	debate: Debate,
	graph: DebateGraph,
	ref: (id: string) => ClaimRef,
	id: string,
	/** The claim it is listed as attacking, when known: for its undercuts and its group. */
	on?: string
): AttackItem {
	const claim = debate.claims[id];
	const role = roleOf(claim);
	const author = isRaisedOrConceded(role) ? authorOf(claim) : undefined;
	const all = attackers(graph, id).map(ref).sort(byOrder);
	const mine = (a: ClaimRef) => !!author && authorOf(debate.claims[a.id]) === author;
	return {
		claim: ref(id),
		raisedBy: author ? ref(id).who : undefined,
		authorAnswers: all.filter(mine),
		answers: all.filter((a) => !mine(a)),
		...relationNotes(graph, ref, id, 'attacks', on)
	};
}

/** Undercuts of the relation from → on, and the group it belongs to (model/graph.ts). */
function relationNotes(
	graph: DebateGraph,
	ref: (id: string) => ClaimRef,
	from: string,
	relation: Relation,
	on: string | undefined
): { undercutBy: ClaimRef[]; together: ClaimRef[] } {
	if (on === undefined) return { undercutBy: [], together: [] };
	const id = edgeId(from, relation, on);
	return {
		undercutBy: (graph.undercutsOf.get(id) ?? []).map((u) => ref(u.from)).sort(byOrder),
		together: (graph.groupOf.get(id)?.members ?? []).filter((m) => m !== from).map(ref)
	};
}

/** The claims that argue a side directly against or for the resolution, in reading order. */
export function lineIds(debate: Debate, graph: DebateGraph, side: Side): string[] {
	const relation = side === 'for' ? 'supports' : 'attacks';
	return [
		...new Set(
			(graph.incoming.get(debate.thesis) ?? [])
				.filter((e) => e.relation === relation && graph.side.get(e.from) === side)
				.map((e) => e.from)
		)
	];
}

export function sidePrep(
	debate: Debate,
	graph: DebateGraph,
	side: Side,
	status: Record<string, ClaimStatus> = debateStatus(debate, graph)
): SidePrep {
	const ref = refMaker(debate, graph, status);
	const sorted = (ids: Iterable<string>) => [...new Set(ids)].map(ref).sort(byOrder);
	/** A claim of this side with the attacks it meets, as a reply to `parent` (its line, or the resolution). */
	const prepClaim = (r: ClaimRef, parent = debate.thesis): PrepClaim => {
		const relation = r.id === debate.thesis ? 'supports' : relationTo(graph, r.id, parent);
		const notes = relationNotes(graph, ref, r.id, relation, parent);
		return {
			...r,
			attacks: [
				...attackers(graph, r.id)
					.map((a) => attackItem(debate, graph, ref, a, r.id))
					.sort((a, b) => byOrder(a.claim, b.claim)),
				// An undercut of its link to the claim above it is an attack to expect on it too.
				...notes.undercutBy.map((u) => ({
					...attackItem(debate, graph, ref, u.id),
					undercut: { of: ref(r.id), verb: undercutVerb(relation), to: ref(parent) }
				}))
			],
			together: notes.together
		};
	};
	const own = graph.ids.filter((id) => graph.side.get(id) === side);
	const theirs = graph.ids.filter((id) => graph.side.get(id) === opponentOf(side));
	const raisedIds = own.filter((id) => isRaisedOrConceded(roleOf(debate.claims[id])));

	const lines: Line[] = sorted(
		lineIds(debate, graph, side).filter((id) => !raisedIds.includes(id))
	).map((r) => ({
		...prepClaim(r, debate.thesis),
		supporters: sorted(
			(graph.incoming.get(r.id) ?? [])
				.filter(
					(e) =>
						e.relation === 'supports' &&
						graph.side.get(e.from) === side &&
						!raisedIds.includes(e.from)
				)
				.map((e) => e.from)
		).map((x) => prepClaim(x, r.id))
	}));

	const speakers: SidePrep['speakers'] = [];
	for (const line of lines) {
		const entry = speakers.find((s) => s.name === line.who);
		if (entry) entry.lines++;
		else speakers.push({ name: line.who, lines: 1 });
	}

	// Unchallenged: nothing attacks them but, perhaps, their own speaker's concessions.
	const unanswered = sorted(theirs.filter((id) => status[id].status === 'unchallenged'))
		.map((r) => ({
			...r,
			targets: sorted(
				(graph.outgoing.get(r.id) ?? [])
					.filter((e) => e.relation === 'attacks' && graph.side.get(e.to) === side)
					.map((e) => e.to)
			)
		}))
		// Stable sort keeps reading order within each group.
		.sort((a, b) => Number(b.targets.length > 0) - Number(a.targets.length > 0));

	const noEvidence = sorted(own.filter((id) => !debate.claims[id].evidence?.length));

	const facing = sorted(own.filter((id) => status[id].status === 'unanswered')).map((r) => ({
		...r,
		standing: sorted(r.status.standingAttackers),
		toStand: r.status.change.ids.map(ref)
	}));

	const clashes = sorted(own.filter((id) => status[id].status === 'clash')).map((r) => ({
		...r,
		with: sorted(r.status.clash)
	}));

	return {
		side,
		speakers,
		lines,
		raised: sorted(raisedIds).map((r) => attackItem(debate, graph, ref, r.id)),
		gaps: { unanswered, noEvidence, facing, clashes }
	};
}
