/**
 * The practice deck: the opponent's claims a side must be ready to answer, each with its
 * quotes and the side's own answers in the map. A model answer is only ever the drilled
 * side's own claim (asserted, or reported for that side) that does not fall: never a point
 * raised to be knocked down, a concession, the other side's claim, or a claim that falls
 * (those are listed apart, with why, so a student does not lead with them). Cards that have
 * a model answer come first, so a round starts where practice can be checked; then the order
 * the opponent argued them in. Computed on the server; the drill page gets only the deck.
 */
import type { Side } from '$lib/schema';
import type { DebateGraph } from '$lib/model/graph';
import type { Debate } from '$lib/model/types';
import { shuffled } from './shuffle';
import { opponentOf } from '$lib/model/sides';
import { attackItem, byOrder, lineIds, refMaker } from './lines';
import { attribution, claimTitle, roleOf } from '$lib/model/labels';
import { claimCard, type Card } from './cards';
import { debateStatus, type ClaimStatus } from '$lib/evaluate/debate-status';

import { answeredFirst, fallsWhy } from './drill-ballot';
import { decidingClashes } from '$lib/views/ballot/balance';
import { open } from '$lib/model/status';

export { shuffled } from './shuffle';
export { rejudged } from './drill-ballot';

export interface DrillCard {
	claim: Card;
	/** This side's claims it attacks. */
	targets: Array<{ id: string; title: string }>;
	/** True when it is one of the opponent's own lines on the resolution. */
	isLine: boolean;
	/** "Raised by …" / "Conceded by …" when its author put it forward to answer it. */
	raisedBy?: string;
	/** Model answers: this side's own claims that attack it and do not fall; empty when none. */
	answers: Card[];
	/**
	 * For a model answer that is open (in an open clash, or Contested), what it hinges on, by
	 * its id: "Holds only if you win the clash with “X”." (review 2, finding 11).
	 */
	hinges: Record<string, string>;
	/**
	 * Other claims that attack it, not to lead with, each with why; `falls` when that is the
	 * only reason (a ballot can bring it back).
	 */
	setAside: Array<{ card: Card; why: string; falls?: true }>;
	/** Its place in the order the opponent argued: the deck's order after answered cards. */
	order: number;
}

/** Why an attacker is no model answer for `side`, or undefined when it is one. */
export function notAModelAnswer(
	debate: Debate,
	graph: DebateGraph,
	status: Record<string, ClaimStatus>,
	side: Side,
	id: string
): string | undefined {
	const claim = debate.claims[id];
	const role = roleOf(claim);
	if (role === 'raised') return `${attribution(debate, claim)}, in order to answer it`;
	if (role === 'conceded')
		return `${attribution(debate, claim)}: an admission, not ${side === 'for' ? 'For' : 'Against'}’s own line`;
	if (graph.side.get(id) !== side) return 'not a claim of your side';
	return fallsWhy(status[id]);
}

/**
 * What an open model answer hinges on, in a sentence: the open clashes its status turns on
 * (its own, or those its attackers run through), each said from the drilled side: "you win
 * the clash" is your claim prevailing over the other side's. Undefined for an answer that
 * stands.
 */
export function hingeOf(
	debate: Debate,
	graph: DebateGraph,
	status: Record<string, ClaimStatus>,
	side: Side,
	id: string
): string | undefined {
	const s = status[id];
	if (!s || !open(s.status)) return undefined;
	const weak = (from: string) => roleOf(debate.claims[from]) === 'conceded';
	const attackers = (v: string) =>
		(graph.incoming.get(v) ?? [])
			.filter((e) => e.relation === 'attacks' && !weak(e.from))
			.map((e) => e.from);
	const title = (c: string) => `“${debate.claims[c] ? claimTitle(debate.claims[c]) : c}”`;
	const pairs = decidingClashes({ thesis: id, attackers }, status);
	const lead = s.status === 'clash' ? 'Open clash' : 'Contested';
	const mine = (c: string) => graph.side.get(c) === side;
	// Pairs with one claim on each side say who must win; others only that they are open.
	const sided = pairs
		.filter(([a, b]) => mine(a) !== mine(b))
		.map(([a, b]) => (mine(a) ? [a, b] : [b, a]));
	const other = pairs.filter(([a, b]) => mine(a) === mine(b));
	const parts: string[] = [];
	if (sided.length)
		parts.push(
			`holds only if you win ${sided
				.map(([m, t]) =>
					m === id ? `its clash with ${title(t)}` : `the clash of ${title(m)} with ${title(t)}`
				)
				.join(' and ')}`
		);
	if (other.length)
		parts.push(
			`it turns on the open clash${other.length > 1 ? 'es' : ''} between ${other
				.map(([a, b]) => `${title(a)} and ${title(b)}`)
				.join('; ')}`
		);
	if (!parts.length) parts.push('the map does not settle it either way');
	return `${lead}: ${parts.join('; ')}. Judge it on a ballot before you lead with it.`;
}

export function drillDeck(
	debate: Debate,
	graph: DebateGraph,
	side: Side,
	status: Record<string, ClaimStatus> = debateStatus(debate, graph),
	seed?: number
): DrillCard[] {
	const other = opponentOf(side);
	const ref = refMaker(debate, graph, status);
	const lines = new Set(lineIds(debate, graph, other));
	const card = (id: string) => claimCard(debate, status, id);
	const deck: DrillCard[] = [];
	for (const id of graph.ids) {
		if (graph.side.get(id) !== other) continue;
		const targets = (graph.outgoing.get(id) ?? [])
			.filter((e) => e.relation === 'attacks' && graph.side.get(e.to) === side)
			.map((e) => ref(e.to))
			.sort(byOrder)
			.map((r) => ({ id: r.id, title: r.title }));
		if (!targets.length && !lines.has(id)) continue;
		const item = attackItem(debate, graph, ref, id);
		const all = [...item.authorAnswers, ...item.answers];
		const why = (a: string) => notAModelAnswer(debate, graph, status, side, a);
		const onlyFalls = (a: string) => why(a) === fallsWhy(status[a]);
		deck.push({
			claim: card(id),
			targets,
			isLine: lines.has(id),
			raisedBy: item.raisedBy,
			answers: all.filter((a) => !why(a.id)).map((a) => card(a.id)),
			hinges: Object.fromEntries(
				all.flatMap((a) => {
					const h = why(a.id) ? undefined : hingeOf(debate, graph, status, side, a.id);
					return h ? [[a.id, h]] : [];
				})
			),
			setAside: all
				.filter((a) => why(a.id))
				.map((a) => ({
					card: card(a.id),
					why: why(a.id)!,
					...(onlyFalls(a.id) ? { falls: true as const } : {})
				})),
			order: ref(id).order
		});
	}
	deck.sort(answeredFirst);
	return seed === undefined ? deck : shuffled(deck, seed);
}
