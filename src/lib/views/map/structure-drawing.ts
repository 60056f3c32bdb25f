/**
 * Undercuts and linked premises on the map, drawn over a laid-out tree (tree-layout.ts):
 *
 * - A linked group whose members hang side by side under their target is drawn as one joint
 *   relation: a bar along the members' inner edge, a short stroke from each member into it,
 *   and one arrow from the bar to the target ("supports together"). The graph keeps a
 *   group's members next to each other in the reading order, so the bar spans only them.
 * - An undercut is drawn onto the relation it answers: a mark sits on that relation's line
 *   (or on a group's joint arrow), and the undercutting claim's line arcs over the claim it
 *   hangs under to end on the mark ("undercuts"), instead of running into that claim's card.
 *
 * Pure: positions and ids only; elements.ts turns them into Cytoscape elements and style.ts
 * draws them. A relation not drawn (its target hidden) keeps the plain line to the claim.
 */
import type { Relation } from '$lib/vocabulary';
import type { MapModel } from './payload';
import type { LaidEdge, LaidNode, TreeLayout } from './tree-layout';

export interface LaidMark {
	id: string;
	/** joint-port: where a member's stroke meets the bar, never drawn. */
	kind: 'undercut' | 'joint' | 'joint-port';
	/** The claim it belongs with, for highlighting. */
	of: string;
	relation: Relation;
	x: number;
	y: number;
	w: number;
	h: number;
}

/** Gap between a card's inner edge and the joint bar. */
export const BAR_GAP = 7;
export const BAR_WIDTH = 6;
export const MARK = 14;

export function drawStructure(model: MapModel, layout: TreeLayout): TreeLayout {
	if (!model.undercuts.length && !model.groups.length) return layout;
	const edges = layout.edges.slice();
	const marks: LaidMark[] = [];
	const thesis = layout.nodes[0];
	/** Where an edge into `to` arrives horizontally: the port beside the resolution, or the card's facing side. */
	const targetX = (e: LaidEdge, from: LaidNode, to: LaidNode) =>
		e.toThesis && e.kind !== 'cross' && thesis
			? thesis.x + (e.column < 0 ? -14 : 14)
			: to.x + (from.x < to.x ? -to.w / 2 : to.w / 2);
	const dirOf = (from: LaidNode, x: number) => (x < from.x ? -1 : 1);
	const treeEdge = (from: string, to: string) =>
		edges.findIndex((e) => e.kind === 'tree' && e.from === from && e.to === to);

	// Linked groups: members drawn with tree edges to the group's target get a joint bar.
	/** Where a relation (by "from>to" of model indices) is drawn jointly: its bar's arrow. */
	const jointAt = new Map<string, { id: string; x: number; y: number; dir: number; gap: number }>();
	for (const g of model.groups) {
		const to = layout.at.get(g.to);
		if (!to) continue;
		const drawn = g.members
			.map((m) => ({ m, node: layout.at.get(m), k: treeEdge(model.ids[m], to.id) }))
			.filter((x): x is { m: number; node: LaidNode; k: number } => !!x.node && x.k >= 0);
		if (drawn.length < 2) continue;
		const first = edges[drawn[0].k];
		const tx = targetX(first, drawn[0].node, to);
		const dir = dirOf(drawn[0].node, tx);
		const inner = drawn[0].node.x + (dir * drawn[0].node.w) / 2;
		const top = Math.min(...drawn.map((d) => d.node.y - d.node.h / 2));
		const bottom = Math.max(...drawn.map((d) => d.node.y + d.node.h / 2));
		const key = `${g.relation}>${model.ids[g.to]}>${drawn.map((d) => model.ids[d.m]).join('+')}`;
		const bar: LaidMark = {
			id: `joint:${key}`,
			kind: 'joint',
			of: model.ids[drawn[0].m],
			relation: g.relation,
			x: inner + dir * (BAR_GAP + BAR_WIDTH / 2),
			y: (top + bottom) / 2,
			w: BAR_WIDTH,
			h: bottom - top
		};
		marks.push(bar);
		// Each member's stroke runs level into the bar, to a point on it at the member's height
		// (an edge may not end inside the node it meets, so not to the bar's middle).
		for (const d of drawn) {
			const port: LaidMark = {
				id: `${bar.id}@${model.ids[d.m]}`,
				kind: 'joint-port',
				of: model.ids[d.m],
				relation: g.relation,
				x: bar.x,
				y: d.node.y,
				w: 1,
				h: 1
			};
			marks.push(port);
			edges[d.k] = {
				...edges[d.k],
				to: port.id,
				toThesis: false,
				extra: ['joint-in'],
				label: ''
			};
		}
		edges.push({
			id: `${bar.id}>${g.relation}`,
			from: bar.id,
			to: to.id,
			relation: g.relation,
			kind: 'tree',
			column: first.column,
			toThesis: first.toThesis,
			extra: ['joint'],
			label: `${g.relation} together`
		});
		for (const d of drawn)
			jointAt.set(`${d.m}>${g.to}`, {
				id: bar.id,
				x: bar.x,
				y: bar.y,
				dir,
				gap: Math.abs(tx - bar.x)
			});
	}

	// Undercuts: a mark on the relation's line, and the undercutter's line ending on it.
	const markOf = new Map<string, LaidMark>();
	const markFor = (from: number, to: number, relation: Relation): LaidMark | undefined => {
		const key = `${from}>${to}`;
		const known = markOf.get(key);
		if (known) return known;
		const x = layout.at.get(from);
		const y = layout.at.get(to);
		if (!x || !y) return undefined;
		let at: { x: number; y: number } | undefined;
		const joint = jointAt.get(key);
		if (joint) at = { x: joint.x + joint.dir * Math.min(24, joint.gap / 2), y: joint.y };
		else {
			const k = treeEdge(x.id, y.id);
			if (k >= 0) {
				const tx = targetX(edges[k], x, y);
				const dir = dirOf(x, tx);
				const inner = x.x + (dir * x.w) / 2;
				at = { x: inner + dir * Math.min(24, Math.abs(tx - inner) / 2), y: x.y };
			} else if (edges.some((e) => e.kind === 'cross' && e.from === x.id && e.to === y.id))
				at = { x: (x.x + y.x) / 2, y: (x.y + y.y) / 2 };
		}
		if (!at) return undefined;
		const mark: LaidMark = {
			id: `undercut:${model.ids[from]}>${relation}>${model.ids[to]}`,
			kind: 'undercut',
			of: model.ids[from],
			relation,
			...at,
			w: MARK,
			h: MARK
		};
		marks.push(mark);
		markOf.set(key, mark);
		return mark;
	};
	for (const u of model.undercuts) {
		const by = layout.at.get(u.by);
		if (!by) continue;
		const mark = markFor(u.edge.from, u.edge.to, u.edge.relation);
		if (!mark) continue;
		// Its own line into the claim above it, when that is the claim whose relation it answers.
		const k = treeEdge(by.id, model.ids[u.edge.from]);
		const over = layout.at.get(u.edge.from)!;
		const arc = {
			to: mark.id,
			toThesis: false,
			extra: ['undercut'],
			label: 'undercuts',
			route: bridge(by, over, mark)
		};
		if (k >= 0) edges[k] = { ...edges[k], ...arc };
		else
			edges.push({
				id: `${by.id}>undercuts>${model.ids[u.edge.from]}>${u.edge.relation}>${model.ids[u.edge.to]}`,
				from: by.id,
				relation: 'attacks',
				kind: 'cross',
				column: by.column,
				...arc
			});
	}
	return { ...layout, edges, marks };
}

/**
 * A bridge over the card `over`, from `from` to the mark beside it: out of `from` level, up
 * just outside `over`'s far edge, across above it, and down onto the mark (or, when the
 * mark is about as high as the card's top, straight across onto it). Given as
 * Cytoscape's segment weights (along the line between the two centres) and distances
 * (perpendicular to it, positive to its left: up, for a line drawn leftwards).
 */
export function bridge(
	from: { x: number; y: number },
	over: { x: number; y: number; w: number; h: number },
	mark: { x: number; y: number }
): { weights: number[]; distances: number[] } {
	const dir = Math.sign(over.x - from.x) || 1;
	const outside = over.x - dir * (over.w / 2 + 14);
	const top = over.y - over.h / 2 - 8;
	// Across at the mark's own height when it is about that high: a bend inside the mark would
	// leave the line nowhere to end (Cytoscape then draws nothing).
	const level = Math.abs(mark.y - top) < 12;
	const points = level
		? [
				{ x: outside, y: from.y },
				{ x: outside, y: mark.y }
			]
		: [
				{ x: outside, y: from.y },
				{ x: outside, y: top },
				{ x: mark.x, y: top }
			];
	return segments(from, mark, points);
}

/**
 * A line out of `from` level to `x`, along to the mark's height and across onto it: the
 * trail's undercuts, whose marks sit in the gap above a card of its column.
 */
export function across(
	from: { x: number; y: number },
	x: number,
	mark: { x: number; y: number }
): { weights: number[]; distances: number[] } {
	return segments(from, mark, [
		{ x, y: from.y },
		{ x, y: mark.y }
	]);
}

/** Waypoints as Cytoscape's segment weights and distances along the line from `from` to `to`. */
function segments(
	from: { x: number; y: number },
	to: { x: number; y: number },
	points: Array<{ x: number; y: number }>
): { weights: number[]; distances: number[] } {
	const vx = to.x - from.x;
	const vy = to.y - from.y;
	const len2 = vx * vx + vy * vy || 1;
	const len = Math.sqrt(len2);
	const weights: number[] = [];
	const distances: number[] = [];
	for (const p of points) {
		const px = p.x - from.x;
		const py = p.y - from.y;
		// Cytoscape draws nothing for a weight outside [0, 1]; a point just past the mark moves by a pixel.
		weights.push(Math.min(1, Math.max(0, (px * vx + py * vy) / len2)));
		distances.push((px * -vy + py * vx) / len);
	}
	return { weights, distances };
}
