/**
 * Build-time hierarchical layout: the thesis on top, replies below. Run in Node during
 * prerender so the browser never pays for layout (dagre in the page costs ~1.3 s at
 * 1,000 claims and ~8 s at 2,500 on our reference machine), and positions stay fixed
 * whatever the reader filters.
 *
 * Argument maps are bushy: the resolution alone may have dozens of direct replies, most
 * of them leaves (facts, examples). Laid out flat, that is a strip 25 times wider than
 * tall. So dagre places only the claims that have replies; each one's unanswered
 * replies hang beneath it in an indented stack, like an outline, and the stack's edges
 * run down its left margin.
 */
import dagre from '@dagrejs/dagre';
import type { DebateGraph } from '$lib/model/graph';

export const NODE_WIDTH = 220;
export const NODE_HEIGHT = 84;
export const THESIS_WIDTH = 300;
export const THESIS_HEIGHT = 110;
/** How far a stacked reply sits right of its parent, and the vertical pitch of a stack. */
export const STACK_INDENT = 36;
export const STACK_STEP = NODE_HEIGHT + 18;

export interface Point {
	x: number;
	y: number;
}

export interface Layout {
	positions: Record<string, Point>;
	/** Bounding box of all nodes. */
	bounds: { x1: number; y1: number; x2: number; y2: number };
	/** Edges from a stacked reply to the claim it hangs under (drawn along the margin). */
	stacked: string[];
}

/** Network simplex gives tidier ranks but grows super-linearly; past this size use longest-path. */
const SIMPLEX_LIMIT = 500;

export function layoutDebate(graph: DebateGraph, thesis: string): Layout {
	// Unanswered claims hang under their outline parent instead of taking a rank slot.
	const stacks = new Map<string, string[]>();
	const stacked: string[] = [];
	const inStack = new Set<string>();
	for (const id of graph.ids) {
		const parent = graph.parentEdge.get(id);
		if (id === thesis || !parent || graph.incoming.get(id)!.length > 0) continue;
		if (!stacks.has(parent.to)) stacks.set(parent.to, []);
		stacks.get(parent.to)!.push(id);
		stacked.push(parent.id);
		inStack.add(id);
	}
	for (const list of stacks.values()) list.sort((a, b) => order(graph, a) - order(graph, b));

	const size = (id: string) =>
		id === thesis ? { w: THESIS_WIDTH, h: THESIS_HEIGHT } : { w: NODE_WIDTH, h: NODE_HEIGHT };

	const g = new dagre.graphlib.Graph({ multigraph: true });
	const skeleton = graph.ids.filter((id) => !inStack.has(id));
	g.setGraph({
		rankdir: 'TB',
		nodesep: 36,
		ranksep: 80,
		edgesep: 10,
		ranker: skeleton.length > SIMPLEX_LIMIT ? 'longest-path' : 'network-simplex'
	});
	g.setDefaultEdgeLabel(() => ({}));
	for (const id of skeleton) {
		const { w, h } = size(id);
		const stack = stacks.get(id)?.length ?? 0;
		g.setNode(id, {
			width: stack ? Math.max(w, NODE_WIDTH + STACK_INDENT) : w,
			height: h + stack * STACK_STEP
		});
	}
	// Edges run target → reply so ranks grow downward from the thesis; the outline's
	// tree edges weigh more than cross-links so the tree shape dominates.
	for (const e of graph.edges) {
		// Stacked claims have no replies, and their cross-links would only drag ranks.
		if (inStack.has(e.from)) continue;
		const tree = graph.parentEdge.get(e.from)?.id === e.id;
		g.setEdge(e.to, e.from, { weight: tree ? 4 : 1, minlen: 1 }, e.id);
	}
	dagre.layout(g);

	// Dagre centres every box on its rank's line; align the claims themselves on the
	// top of the rank so stacks of different lengths hang from one level.
	const rankTop = new Map<number, number>();
	for (const id of skeleton) {
		const n = g.node(id);
		const top = n.y - n.height / 2;
		const key = Math.round(n.y);
		rankTop.set(key, Math.min(rankTop.get(key) ?? Infinity, top));
	}

	const positions: Record<string, Point> = {};
	for (const id of skeleton) {
		const n = g.node(id);
		const { w, h } = size(id);
		const top = rankTop.get(Math.round(n.y))!;
		const left = n.x - n.width / 2;
		const p = { x: Math.round(left + w / 2), y: Math.round(top + h / 2) };
		positions[id] = p;
		(stacks.get(id) ?? []).forEach((leaf, i) => {
			positions[leaf] = {
				x: Math.round(left + STACK_INDENT + NODE_WIDTH / 2),
				y: Math.round(top + h + (i + 0.5) * STACK_STEP)
			};
		});
	}

	let x1 = Infinity;
	let y1 = Infinity;
	let x2 = -Infinity;
	let y2 = -Infinity;
	for (const id of graph.ids) {
		const p = positions[id];
		const { w, h } = size(id);
		x1 = Math.min(x1, p.x - w / 2);
		y1 = Math.min(y1, p.y - h / 2);
		x2 = Math.max(x2, p.x + w / 2);
		y2 = Math.max(y2, p.y + h / 2);
	}
	if (graph.ids.length === 0) x1 = y1 = x2 = y2 = 0;
	return { positions, bounds: { x1, y1, x2, y2 }, stacked };
}

/** Position of a claim among its outline siblings, so stacks read in file order. */
function order(graph: DebateGraph, id: string): number {
	const parent = graph.parentEdge.get(id)!.to;
	return graph.children.get(parent)!.indexOf(id);
}
