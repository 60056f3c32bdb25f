/**
 * The bridge from the debate model to the evaluation engine: every view that shows a
 * claim's status (map panel, overlay, prep pages) goes through here so they agree.
 */
import { evaluate, type ArgGraph, type ClaimStatus } from '$lib/evaluate';
import type { DebateGraph } from '$lib/model/graph';
import type { Debate } from '$lib/model/types';
import { claimTitle } from '$lib/model/labels';

export type { ClaimStatus } from '$lib/evaluate';
export type { StatusKind } from '$lib/model/status';

export function argGraph(debate: Debate, graph: DebateGraph): ArgGraph {
	const attacks: ArgGraph['attacks'] = [];
	const supports: ArgGraph['supports'] = [];
	for (const e of graph.edges) (e.relation === 'attacks' ? attacks : supports).push([e.from, e.to]);
	const base: Record<string, number> = {};
	for (const id of graph.ids) {
		const b = debate.claims[id]?.base;
		if (b !== undefined) base[id] = b;
	}
	return { ids: graph.ids, attacks, supports, base };
}

export function debateStatus(debate: Debate, graph: DebateGraph): Record<string, ClaimStatus> {
	return evaluate(argGraph(debate, graph), (id) =>
		debate.claims[id] ? claimTitle(debate.claims[id]) : id
	);
}
