/**
 * Build-time hierarchical layout: the thesis on top, replies below. Run in Node during
 * prerender so the browser never pays for layout (dagre in the page costs ~1.3 s at
 * 1,000 claims and ~8 s at 2,500 on our reference machine), and positions stay fixed
 * whatever the reader filters.
 */
import dagre from '@dagrejs/dagre';
import type { DebateGraph } from '$lib/model/graph';

export const NODE_WIDTH = 220;
export const NODE_HEIGHT = 84;
export const THESIS_WIDTH = 300;
export const THESIS_HEIGHT = 110;

export interface Point {
	x: number;
	y: number;
}

export interface Layout {
	positions: Record<string, Point>;
	/** Bounding box of all node centres, padded by half a node. */
	bounds: { x1: number; y1: number; x2: number; y2: number };
}

/** Network simplex gives tidier ranks but grows super-linearly; past this size use longest-path. */
const SIMPLEX_LIMIT = 500;

export function layoutDebate(graph: DebateGraph, thesis: string): Layout {
	const g = new dagre.graphlib.Graph({ multigraph: true });
	g.setGraph({
		rankdir: 'TB',
		nodesep: 28,
		ranksep: 70,
		edgesep: 10,
		ranker: graph.ids.length > SIMPLEX_LIMIT ? 'longest-path' : 'network-simplex'
	});
	g.setDefaultEdgeLabel(() => ({}));
	for (const id of graph.ids) {
		const big = id === thesis;
		g.setNode(id, { width: big ? THESIS_WIDTH : NODE_WIDTH, height: big ? THESIS_HEIGHT : NODE_HEIGHT });
	}
	// Edges run target → reply so that ranks grow downward from the thesis. Relations
	// that point away from the thesis (attack cycles, cross-links) keep low weight so
	// the outline's tree shape dominates.
	for (const e of graph.edges) {
		const tree = graph.parentEdge.get(e.from)?.id === e.id;
		g.setEdge(e.to, e.from, { weight: tree ? 4 : 1, minlen: 1 }, e.id);
	}
	dagre.layout(g);

	const positions: Record<string, Point> = {};
	let x1 = Infinity;
	let y1 = Infinity;
	let x2 = -Infinity;
	let y2 = -Infinity;
	for (const id of graph.ids) {
		const n = g.node(id);
		const p = { x: Math.round(n.x), y: Math.round(n.y) };
		positions[id] = p;
		x1 = Math.min(x1, p.x - n.width / 2);
		y1 = Math.min(y1, p.y - n.height / 2);
		x2 = Math.max(x2, p.x + n.width / 2);
		y2 = Math.max(y2, p.y + n.height / 2);
	}
	if (graph.ids.length === 0) x1 = y1 = x2 = y2 = 0;
	return { positions, bounds: { x1, y1, x2, y2 } };
}
