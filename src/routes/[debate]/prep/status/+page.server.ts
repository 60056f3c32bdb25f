import { debateEntries, debateGraph, debateStatusOf, requireDebate } from '$lib/server/debates';
import { STATUS_KINDS, type StatusKind } from '$lib/model/status';
import { BASE_SCORES } from '$lib/evaluate/base-score';
import { debateBalance } from '$lib/views/ballot/data';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = debateEntries;

export function load({ params }) {
	const debate = requireDebate(params.debate);
	const status = debateStatusOf(debate);
	const counts = Object.fromEntries(STATUS_KINDS.map((k) => [k, 0])) as Record<StatusKind, number>;
	let unsettled = 0;
	for (const [id, s] of Object.entries(status)) {
		if (id === debate.thesis) continue;
		counts[s.status]++;
		if (!s.settles) unsettled++;
	}
	return {
		debate: { id: debate.id, meta: debate.meta },
		counts,
		unsettled,
		resolution: status[debate.thesis],
		balance: debateBalance(debate, debateGraph(debate), status),
		base: BASE_SCORES
	};
}
