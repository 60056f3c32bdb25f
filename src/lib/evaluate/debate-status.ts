/**
 * The bridge from the debate model to the evaluation engine: every view that shows a
 * claim's status (map panel, overlay, claim pages, prep, brief, drill, PR diff) goes
 * through here so they agree. It is where roles meet the rules:
 *
 * 1. A concession (role: conceded) is a point its speaker grants against their own side.
 *    Every attack it makes weighs in the strength of what it attacks, but never in the
 *    status: a speaker is never refuted by what they grant. To use it against them, a
 *    debater makes a claim of their own that attacks their claim. A concession can itself
 *    be answered (often by the speaker who grants it), like any claim.
 * 2. A raised objection (role: raised) counts for the view it states, never for the author
 *    who raises it: its attacks count in full, also against that author's own claims (the
 *    author must answer it, and usually does), and it is no part of the author's case.
 * 3. A reported claim is its speaker's, whoever reports it.
 * Everything else is the engine's: grounded labelling for the status, DF-QuAD from the base
 * scores of base-score.ts for the strength, decisive.ts for what would change it.
 *
 * Whose claim is whose is caseOwner's rule (model/labels.ts): a concession and an objection
 * raised for no named holder belong to nobody's case. So once concessions and raised
 * objections are marked, no claim is shown with an unanswered attack that comes only from
 * its own speaker; ownSpeakerOnly lists any that are, which is a sign of a missing role (one
 * speaker's claim attacking another of theirs is either a concession or an objection raised
 * to be answered, and only the data can say which).
 */
import {
	evaluate,
	type ArgGraph,
	type ClaimStatus,
	type EvaluateOptions,
	type Evaluation,
	type Judgement
} from '$lib/evaluate';
import type { DebateGraph } from '$lib/model/graph';
import type { ClaimRecord, Debate } from '$lib/model/types';
import { caseOwner, claimTitle, personName, roleOf } from '$lib/model/labels';
import { baseScore } from './base-score';

export type { ClaimStatus } from '$lib/evaluate';
export type { StatusKind } from '$lib/model/status';

/** Why an attack counts in the strength only, or undefined when it counts fully. */
export function weakBecause(debate: Pick<Debate, 'people'>, from: ClaimRecord): string | undefined {
	if (roleOf(from) !== 'conceded') return undefined;
	return from.speaker ? `conceded by ${personName(debate, from.speaker)}` : 'a concession';
}

export function argGraph(debate: Debate, graph: DebateGraph): ArgGraph {
	const attacks: ArgGraph['attacks'] = [];
	const weakAttacks: NonNullable<ArgGraph['weakAttacks']> = [];
	const supports: ArgGraph['supports'] = [];
	for (const e of graph.edges) {
		if (e.relation === 'supports') supports.push([e.from, e.to]);
		else if (weakBecause(debate, debate.claims[e.from])) weakAttacks.push([e.from, e.to]);
		else attacks.push([e.from, e.to]);
	}
	const base: Record<string, number> = {};
	for (const id of graph.ids) base[id] = baseScore(debate, debate.claims[id]).value;
	const g: ArgGraph = { ids: graph.ids, attacks, weakAttacks, supports, base };
	// Undercuts and linked premises (model/graph.ts): see evaluate/structure.ts for what they do.
	if (graph.undercuts.length)
		g.undercuts = graph.undercuts.map((u) => [u.from, [u.edge.from, u.edge.to]]);
	if (graph.groups.length)
		g.linked = graph.groups.map((x) => ({ members: x.members, to: x.to, relation: x.relation }));
	return g;
}

export function debateStatus(debate: Debate, graph: DebateGraph): Record<string, ClaimStatus> {
	return debateEvaluation(debate, graph).status;
}

/** The whole evaluation under a reader's judgement (a ballot): statuses, what was ignored, open clashes. */
export function debateEvaluation(
	debate: Debate,
	graph: DebateGraph,
	judgement: Judgement = {},
	opts: Pick<EvaluateOptions, 'decisive'> = {}
): Evaluation {
	return evaluate(argGraph(debate, graph), judgement, { ...opts, ...debateWords(debate) });
}

/** The names and reasons the engine's lines use for this debate. */
export function debateWords(
	debate: Debate
): Pick<EvaluateOptions, 'name' | 'baseReason' | 'weakReason'> {
	return {
		name: (id) => (debate.claims[id] ? claimTitle(debate.claims[id]) : id),
		baseReason: (id) => baseScore(debate, debate.claims[id]).reason,
		weakReason: (from) => weakBecause(debate, debate.claims[from]) ?? 'counted in the strength only'
	};
}

/**
 * Claims shown with an unanswered attack although every standing attack on them comes from
 * their own speaker (same case owner): empty once concessions and raised objections are marked.
 */
export function ownSpeakerOnly(debate: Debate, status: Record<string, ClaimStatus>): string[] {
	return Object.keys(status).filter((id) => {
		const s = status[id];
		const owner = caseOwner(debate.claims[id]);
		return (
			s.status === 'unanswered' &&
			!!owner &&
			s.standingAttackers.every((a) => caseOwner(debate.claims[a]) === owner)
		);
	});
}
