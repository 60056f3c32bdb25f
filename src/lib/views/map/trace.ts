/** What selecting a claim lights up: its chain up to the thesis and every reply beneath it. */
import { ancestors, replies, type DebateGraph } from '$lib/model/graph';

export interface Trace {
	claims: Set<string>;
	edges: Set<string>;
}

export function traceClaim(graph: DebateGraph, id: string): Trace {
	const up = ancestors(graph, id);
	const down = replies(graph, id);
	return {
		claims: new Set([...up.claims, ...down.claims]),
		edges: new Set([...up.edges, ...down.edges])
	};
}
