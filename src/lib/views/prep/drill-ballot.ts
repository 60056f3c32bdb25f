/**
 * The drill deck under a reader's ballot, in the browser: light (types and the status words
 * only), so the drill page does not carry the model or the engine to re-sort its cards.
 */
import type { ClaimStatus } from '$lib/evaluate';
import { open, stands } from '$lib/model/status';
import type { Card } from './cards';
import type { DrillCard } from './drill';

/** "it falls: …" for a claim that falls (or is rejected on a ballot), else undefined. */
export function fallsWhy(
	s: Pick<ClaimStatus, 'status' | 'reason'> | undefined
): string | undefined {
	if (!s || stands(s.status) || open(s.status)) return undefined;
	if (s.status === 'rejected') return 'you rejected it on your ballot';
	return `it falls: ${s.reason.replace(/^[^:]*: /, '')}`;
}

export const answeredFirst = (a: DrillCard, b: DrillCard) =>
	Number(b.answers.length > 0) - Number(a.answers.length > 0) || a.order - b.order;

/**
 * The deck under a reader's ballot (review 1, finding 9): the same cards, each model answer
 * checked against the ballot's verdicts. An answer that falls on the ballot, or that the
 * reader rejected, is set aside saying so; one set aside only because it fell in the map
 * comes back when the ballot lets it stand. Cards with a model answer first again, then as
 * the opponent argued.
 */
export function rejudged(
	deck: readonly DrillCard[],
	status: Record<string, Pick<ClaimStatus, 'status' | 'reason'>>
): DrillCard[] {
	return deck
		.map((c) => {
			const pool = [...c.answers, ...c.setAside.filter((x) => x.falls).map((x) => x.card)];
			const fixed = c.setAside.filter((x) => !x.falls);
			const answers: Card[] = [];
			const fell: DrillCard['setAside'] = [];
			for (const card of pool) {
				const why = fallsWhy(status[card.id]);
				if (why)
					fell.push({
						card,
						why: why.replace(/^it falls:/, 'it falls on your ballot:'),
						falls: true
					});
				else answers.push(card);
			}
			// An open answer's hinge holds while the ballot leaves it open; judged, it stands or falls.
			const hinges = Object.fromEntries(
				Object.entries(c.hinges ?? {}).filter(
					([id]) => answers.some((a) => a.id === id) && open(status[id]?.status ?? 'clash')
				)
			);
			return { ...c, answers, hinges, setAside: [...fixed, ...fell] };
		})
		.sort(answeredFirst);
}
