/**
 * The one mapping from the debate model to Cytoscape element definitions. The model
 * never sees Cytoscape; only this module and DebateMap.svelte know its shape.
 */
import type { ElementDefinition } from 'cytoscape';
import type { DebateGraph } from '$lib/model/graph';
import type { Debate } from '$lib/model/types';
import type { Point } from '$lib/views/map/layout';
import { claimTitle, speakerName } from '$lib/model/labels';
import { SIDE_NAMES } from '$lib/model/sides';
import { STATUS_MARKS, STATUS_NAMES, type StatusKind } from '$lib/model/status';

/** The node that dims everything beneath the highlighted chain (see DebateMap). */
export const VEIL_ID = '__veil__';

export function toElements(
	debate: Debate,
	graph: DebateGraph,
	positions: Record<string, Point>,
	stacked: string[] = [],
	status: Record<string, { status: StatusKind }> = {}
): ElementDefinition[] {
	const inStack = new Set(stacked);
	const elements: ElementDefinition[] = [];
	for (const id of graph.ids) {
		const claim = debate.claims[id];
		const side = graph.side.get(id)!;
		const head =
			side === 'thesis'
				? 'RESOLUTION'
				: `${SIDE_NAMES[side].toUpperCase()} · ${speakerName(debate, claim)}`;
		const label = `${head}\n${claimTitle(claim)}`;
		const st = side === 'thesis' ? undefined : status[id]?.status;
		elements.push({
			group: 'nodes',
			data: {
				id,
				label,
				side,
				kind: claim.kind ?? 'claim',
				status: st,
				statusLabel: st ? `${STATUS_MARKS[st]} ${STATUS_NAMES[st].toUpperCase()}\n${label}` : label
			},
			position: { ...positions[id] },
			classes: `side-${side}`
		});
	}
	for (const e of graph.edges) {
		elements.push({
			group: 'edges',
			data: { id: e.id, source: e.from, target: e.to, relation: e.relation, label: e.relation },
			classes: inStack.has(e.id) ? `${e.relation} stacked` : e.relation
		});
	}
	return elements;
}
