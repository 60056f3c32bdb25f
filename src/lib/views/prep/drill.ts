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
import { attribution, roleOf } from '$lib/model/labels';
import { open, stands } from '$lib/model/status';
import { claimCard, type Card } from './cards';
import { debateStatus, type ClaimStatus } from '$lib/evaluate/debate-status';

export { shuffled } from './shuffle';

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
	/** Other claims that attack it, not to lead with, each with why. */
	setAside: Array<{ card: Card; why: string }>;
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
	const s = status[id];
	if (s && !stands(s.status) && !open(s.status))
		return `it falls: ${s.reason.replace(/^[^:]*: /, '')}`;
	return undefined;
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
	const deck: Array<DrillCard & { order: number }> = [];
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
		deck.push({
			claim: card(id),
			targets,
			isLine: lines.has(id),
			raisedBy: item.raisedBy,
			answers: all.filter((a) => !why(a.id)).map((a) => card(a.id)),
			setAside: all.filter((a) => why(a.id)).map((a) => ({ card: card(a.id), why: why(a.id)! })),
			order: ref(id).order
		});
	}
	deck.sort(
		(a, b) => Number(b.answers.length > 0) - Number(a.answers.length > 0) || a.order - b.order
	);
	const plain = deck.map(({ order: _order, ...c }) => c);
	return seed === undefined ? plain : shuffled(plain, seed);
}
