/** What selecting a claim lights up: its chain up to the thesis and every reply beneath it. */
import { ancestors, chainToThesis, replies, type ChainStep, type ClaimSide, type DebateGraph } from '$lib/model/graph';

export interface Trace {
	claims: Set<string>;
	edges: Set<string>;
	chain: ChainStep[];
	/** Net effect on the resolution of the traced claim. */
	net: ClaimSide;
}

export function traceClaim(graph: DebateGraph, id: string): Trace {
	const up = ancestors(graph, id);
	const down = replies(graph, id);
	return {
		claims: new Set([...up.claims, ...down.claims]),
		edges: new Set([...up.edges, ...down.edges]),
		chain: chainToThesis(graph, id),
		net: graph.side.get(id) ?? 'mixed'
	};
}
