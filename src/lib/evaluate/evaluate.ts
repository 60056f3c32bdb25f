import { dfquadIndexed } from './dfquad';
import { indexGraph, type IndexedGraph } from './graph';
import { groundedLabels, IN, OUT, UNDEC } from './grounded';
import type { ArgGraph, ClaimStatus, DfquadOptions } from './types';

/** How many standing attackers a reason names before summarising the rest. */
const NAMED_ATTACKERS = 2;

/**
 * Status of every claim: the grounded label decides standing / refuted /
 * contested, DF-QuAD supplies the strength, and the reason names the claims
 * responsible so a reader can follow the verdict back through the map.
 */
export function evaluate(
	g: ArgGraph,
	name: (id: string) => string = (id) => id,
	opts?: DfquadOptions
): Record<string, ClaimStatus> {
	const ix = indexGraph(g);
	const label = groundedLabels(ix);
	const q = dfquadIndexed(ix, opts);
	const quote = (v: number) => `“${name(ix.ids[v])}”`;
	const result: Record<string, ClaimStatus> = {};
	for (let v = 0; v < ix.n; v++) {
		const common = { strength: q.strength[v], approximate: q.approximate[v] === 1 };
		if (label[v] === IN) {
			const attacked = ix.attInStart[v + 1] > ix.attInStart[v];
			result[ix.ids[v]] = {
				status: 'standing',
				...common,
				refutedBy: [],
				reason: attacked
					? 'Standing: every attack on it is answered.'
					: 'Standing: nothing attacks it.'
			};
		} else if (label[v] === OUT) {
			const standing = attackersLabelled(ix, label, v, IN);
			result[ix.ids[v]] = {
				status: 'refuted',
				...common,
				refutedBy: standing.map((a) => ix.ids[a]),
				reason: refutedReason(standing.map(quote))
			};
		} else {
			result[ix.ids[v]] = {
				status: 'contested',
				...common,
				refutedBy: [],
				reason: contestedReason(ix, label, v, quote)
			};
		}
	}
	return result;
}

function attackersLabelled(
	ix: IndexedGraph,
	label: Uint8Array,
	v: number,
	which: number
): number[] {
	const out: number[] = [];
	for (let e = ix.attInStart[v]; e < ix.attInStart[v + 1]; e++) {
		if (label[ix.attIn[e]] === which) out.push(ix.attIn[e]);
	}
	return out;
}

function refutedReason(names: string[]): string {
	if (names.length === 1) return `Refuted: ${names[0]} stands unanswered.`;
	if (names.length <= NAMED_ATTACKERS) return `Refuted: ${names.join(' and ')} stand unanswered.`;
	const more = names.length - NAMED_ATTACKERS;
	return `Refuted: ${names.slice(0, NAMED_ATTACKERS).join(', ')} and ${more} more stand unanswered.`;
}

/**
 * An UNDEC claim has no standing attacker but at least one undecided one (else
 * it would be IN). The most telling one to name is a mutual rebuttal, since the
 * fix is to settle that pair; then any other undecided attacker; a bare
 * self-attack only when nothing else explains it.
 */
function contestedReason(
	ix: IndexedGraph,
	label: Uint8Array,
	v: number,
	quote: (v: number) => string
): string {
	const undecided = attackersLabelled(ix, label, v, UNDEC).filter((a) => a !== v);
	const rebuts = (a: number) => {
		for (let e = ix.attOutStart[v]; e < ix.attOutStart[v + 1]; e++)
			if (ix.attOut[e] === a) return true;
		return false;
	};
	const mutual = undecided.find(rebuts);
	if (mutual !== undefined) {
		return `Contested: ${quote(v)} and ${quote(mutual)} rebut each other and neither is settled.`;
	}
	if (undecided.length > 0) {
		return `Contested: ${quote(undecided[0])} attacks it and is itself unsettled.`;
	}
	return 'Contested: it attacks itself, so it can be neither accepted nor rejected.';
}
