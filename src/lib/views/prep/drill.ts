/**
 * The practice deck: the opponent's claims a side must be ready to answer, each with its
 * quotes and the answers the map holds. Cards that have answers come first, so a round
 * starts where practice can be checked; then the order the opponent argued them in.
 * Computed on the server; the drill page gets only the deck.
 */
import type { Side } from '$lib/schema';
import type { DebateGraph } from '$lib/model/graph';
import type { Debate } from '$lib/model/types';
import { shuffled } from './shuffle';
import { opponentOf } from '$lib/model/sides';
import { attackItem, byOrder, lineIds, refMaker } from './lines';
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
	/** Claims that attack it: its author's own answers first, then the rest; empty when none. */
	answers: Card[];
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
		deck.push({
			claim: card(id),
			targets,
			isLine: lines.has(id),
			raisedBy: item.raisedBy,
			answers: [...item.authorAnswers, ...item.answers].map((a) => card(a.id)),
			order: ref(id).order
		});
	}
	deck.sort(
		(a, b) => Number(b.answers.length > 0) - Number(a.answers.length > 0) || a.order - b.order
	);
	const plain = deck.map(({ order: _order, ...c }) => c);
	return seed === undefined ? plain : shuffled(plain, seed);
}
