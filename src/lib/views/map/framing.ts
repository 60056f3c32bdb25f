/**
 * Where the view goes, as pure functions of the two layouts (full cards and compact
 * cards) and the canvas size: the opening view, a selection's chain, claims just opened,
 * a whole neighbourhood, a claim stepped to by the arrow keys, and the switch between the
 * levels of detail. Built on the viewport rules in `viewport.ts`; the controller
 * (`map-state.svelte.ts`) only hands the result to the canvas.
 */
import type { Disclosure } from './disclosure';
import type { Trail } from './trail';
import type { TreeLayout } from './tree-layout';
import {
	centreOn,
	chooseFrame,
	detailAt,
	fitZoom,
	frame,
	onScreen,
	openingView,
	slideIntoView,
	union,
	type Box,
	type Detail,
	type Viewport,
	type Zooms
} from './viewport';

/** The same shown claims laid out as full cards and as compact cards. */
export interface Layouts {
	full: TreeLayout;
	compact: TreeLayout;
}

/** The trail (see trail.ts) at both levels of detail. */
export interface TrailLayouts {
	full: Trail;
	compact: Trail;
}

/** How the shown claims are placed: the map's own columns, or the selection's trail. */
export type Arrangement = 'map' | 'trail';

/** Where the view goes and which level of detail the cards take there. */
export interface Target {
	view: Viewport;
	detail: Detail;
}

export interface Canvas {
	width: number;
	height: number;
	zooms: Zooms;
}

/** Lines of each side the opening view tries to show under the resolution. */
export const OPENING_ROWS = 4;
/** How close to the canvas edge a claim stepped to by the arrow keys may sit. */
export const STEP_PAD = 24;

const layoutOf = (l: Layouts, d: Detail) => (d === 'full' ? l.full : l.compact);

/** A shown claim's card as a box on the map (undefined when it is not shown). */
export function boxOf(l: TreeLayout, i: number): Box | undefined {
	const n = l.at.get(i);
	return n && { x1: n.x - n.w / 2, y1: n.y - n.h / 2, x2: n.x + n.w / 2, y2: n.y + n.h / 2 };
}

function boxesOf(l: TreeLayout, list: number[]): Box[] {
	return list.map((i) => boxOf(l, i)).filter((b): b is Box => !!b);
}

/**
 * The selection's chain up to the resolution (`chain`, selection first) with its shown
 * replies: in full cards if they fit legibly, else in the compact form. When even that
 * cannot show the whole chain, what stays in view is, in order of preference, the claim
 * with its parent and replies, with its replies, with its parent, or alone (centred on the
 * claim and its replies, so they run on from it). Null when the claim is not shown.
 */
export function selectionFrame(
	layouts: Layouts,
	d: Disclosure,
	chain: number[],
	sel: number,
	c: Canvas
): Target | null {
	if (!layouts.full.at.has(sel)) return null;
	const kids = d.kids.get(sel) ?? [];
	const ids = [...(chain.length ? chain : [sel]), ...kids];
	const up = d.up[sel];
	const parent = up >= 0 ? [up] : [];
	const pick = (l: TreeLayout) => ({
		boxes: boxesOf(l, ids),
		focus: [
			union(boxesOf(l, [...parent, sel, ...kids])),
			union(boxesOf(l, [sel, ...kids])),
			union(boxesOf(l, [...parent, sel])),
			boxOf(l, sel)!
		],
		around: union(boxesOf(l, [sel, ...kids]))
	});
	return chooseFrame(pick(layouts.full), () => pick(layouts.compact), c.width, c.height, c.zooms);
}

/** The top of the map: the resolution and the first `rows` lines of both sides. */
export function topFrame(
	layouts: Layouts,
	d: Disclosure,
	root: number,
	c: Canvas,
	rows = OPENING_ROWS
): Target {
	const at = (l: TreeLayout) => {
		const top = boxOf(l, root)!;
		const lines = d.kids.get(root) ?? [];
		// Aim to show the first lines of each side under the resolution.
		const bottoms = [-1, 1].flatMap((column) =>
			lines
				.filter((k) => l.at.get(k)!.column === column)
				.slice(0, rows)
				.map((k) => boxOf(l, k)!.y2)
		);
		const inner = union([top, ...boxesOf(l, lines)]);
		return openingView(inner, top, c.width, c.height, c.zooms, 16, Math.max(top.y2, ...bottoms));
	};
	const full = at(layouts.full);
	if (full.zoom >= c.zooms.full) return { view: full, detail: 'full' };
	return { view: at(layouts.compact), detail: 'compact' };
}

/** Claims (full cards if they fit legibly, else compact), keeping `focusOn` in view. */
export function claimsFrame(
	layouts: Layouts,
	ids: number[],
	focusOn: number,
	c: Canvas
): Target | null {
	if (!layouts.full.at.has(focusOn)) return null;
	const pick = (l: TreeLayout) => ({ boxes: boxesOf(l, ids), focus: boxOf(l, focusOn)! });
	return chooseFrame(pick(layouts.full), () => pick(layouts.compact), c.width, c.height, c.zooms);
}

/** Everything shown (a focused neighbourhood), keeping `focusOn` in view. */
export function allFrame(layouts: Layouts, focusOn: number, c: Canvas): Target | null {
	return claimsFrame(
		layouts,
		layouts.full.nodes.map((n) => n.i),
		focusOn,
		c
	);
}

/**
 * Keep a claim stepped to by the arrow keys in view without changing the zoom: the view
 * slides only as far as needed, so stepping along a chain does not keep re-zooming. Null
 * when it is in view already (or not shown).
 */
export function keepInView(
	layout: TreeLayout,
	i: number,
	v: Viewport,
	width: number,
	height: number,
	pad = STEP_PAD
): Viewport | null {
	const b = boxOf(layout, i);
	if (!b) return null;
	const { dx, dy } = slideIntoView(onScreen(b, v), width, height, pad);
	if (!dx && !dy) return null;
	return { zoom: v.zoom, pan: { x: v.pan.x + dx, y: v.pan.y + dy } };
}

/**
 * The reader zoomed to `v`: the level of detail that zoom shows and, when it differs from
 * the one drawn (`now`), the view that keeps the card nearest the canvas's centre (the
 * selection when nothing is nearer) where it was on screen, as the cards change size under
 * it. Null when the level of detail stays.
 */
export function detailSwitch(
	layouts: Layouts,
	now: Detail,
	v: Viewport,
	c: Canvas,
	prefer?: number
): Target | null {
	const want = detailAt(v.zoom, c.zooms);
	if (want === now) return null;
	const layout = layoutOf(layouts, now);
	const centre = { x: (c.width / 2 - v.pan.x) / v.zoom, y: (c.height / 2 - v.pan.y) / v.zoom };
	let anchor = prefer !== undefined && layout.at.has(prefer) ? prefer : layout.nodes[0]?.i;
	let best = Infinity;
	for (const n of layout.nodes) {
		const dist = Math.hypot(n.x - centre.x, n.y - centre.y);
		if (dist < best) [best, anchor] = [dist, n.i];
	}
	const before = layout.at.get(anchor);
	const after = layoutOf(layouts, want).at.get(anchor);
	if (!before || !after) return { view: v, detail: want };
	return {
		view: {
			zoom: v.zoom,
			pan: {
				x: v.pan.x + v.zoom * (before.x - after.x),
				y: v.pan.y + v.zoom * (before.y - after.y)
			}
		},
		detail: want
	};
}

const PAD = 24;
const EPS = 1e-6;

/** The zooms one level of detail may use: from where its text is legible to the reading zoom. */
function zoomRange(detail: Detail, z: Zooms): { floor: number; cap: number } {
	return detail === 'full'
		? { floor: z.full, cap: z.reading }
		: { floor: z.min, cap: Math.min(z.reading, z.full * 0.999) };
}

/**
 * The trail framed at one level of detail: all of it where it fits legibly (`whole`),
 * else its chain whole from the top, the replies running on below; null when not even
 * the chain fits legibly.
 */
export function trailFrame(
	t: Trail,
	detail: Detail,
	c: Canvas
): { view: Viewport; whole: boolean } | null {
	const { floor, cap } = zoomRange(detail, c.zooms);
	const all = t.bounds;
	const fitAll = fitZoom(all, c.width, c.height, PAD);
	if (fitAll >= floor - EPS)
		return { view: centreOn(all, Math.min(cap, fitAll), c.width, c.height), whole: true };
	const chain = union(boxesOf(t, [...t.spine, ...t.partners]));
	const fitChain = fitZoom(chain, c.width, c.height, PAD);
	if (fitChain < floor - EPS) return null;
	const zoom = Math.min(cap, fitChain);
	// Across: the chain and the replies where they fit side by side, else the chain and
	// the first reply, else the chain. Down: the chain from its top.
	const first = t.replies.length ? boxOf(t, t.replies[0]) : undefined;
	const across = [all, first ? union([chain, first]) : chain, chain].find(
		(b) => (b.x2 - b.x1) * zoom <= c.width - 2 * PAD + 0.5
	)!;
	return {
		view: {
			zoom,
			pan: { x: c.width / 2 - (zoom * (across.x1 + across.x2)) / 2, y: PAD - zoom * chain.y1 }
		},
		whole: false
	};
}

/**
 * Where the view goes for a selection, and in which arrangement: the map's own when it
 * can show the chain to the resolution with the selection's replies, all legible and
 * every reply drawn (`mapDrawsReplies`); else the trail. In order: the map in full cards,
 * the trail in full cards, the map in compact cards (before the trail for a line of the
 * resolution, whose chain is one step), the trail in compact cards; then
 * the trail with its chain whole and the replies running on below (full cards, then
 * compact; in projector mode that comes before any compact form, so no text is cut); at last, on a canvas too small even for that, the trail centred on the
 * selection with its parent. Null when the selection is not shown.
 */
export function selectionPlan(
	map: Layouts,
	trail: TrailLayouts | null,
	d: Disclosure,
	chain: number[],
	sel: number,
	c: Canvas,
	mapDrawsReplies: boolean,
	/** Projector mode and phones: full cards (no text cut) whenever the chain fits in them,
	 *  else as much of the chain above the selection as fits in them. */
	preferFull = false
): { target: Target; arrangement: Arrangement } | null {
	const onMap = () => {
		const target = selectionFrame(map, d, chain, sel, c);
		return target && { target, arrangement: 'map' as const };
	};
	if (!map.full.at.has(sel)) return null;
	const kids = d.kids.get(sel) ?? [];
	const mapFits = (l: TreeLayout, detail: Detail) =>
		mapDrawsReplies &&
		fitZoom(union(boxesOf(l, [...chain, ...kids])), c.width, c.height, PAD) >=
			zoomRange(detail, c.zooms).floor - EPS;
	// The resolution: the opening view (its first lines in full cards, the rest running on
	// below), never every line shrunk to a stub so that all of them fit.
	if (d.up[sel] < 0 && !mapFits(map.full, 'full'))
		return { target: topFrame(map, d, sel, c), arrangement: 'map' };
	if (!trail) return onMap();
	const onTrail = (detail: Detail, view: Viewport) => ({
		target: { view, detail },
		arrangement: 'trail' as const
	});
	if (mapFits(map.full, 'full')) return onMap();
	// A line of the resolution (a chain of one step) keeps the map's columns around it, in
	// compact cards if need be, rather than a trail of two cards (not on a projector).
	const shallow = chain.length <= 2 && !preferFull;
	if (shallow && mapFits(map.compact, 'compact')) return onMap();
	const full = trailFrame(trail.full, 'full', c);
	if (full?.whole) return onTrail('full', full.view);
	if (full && preferFull) return onTrail('full', full.view);
	// A projector never falls back to compact cards (no band, text cut): when even the chain
	// is too long for full cards, it shows as much of the chain above the selection as fits,
	// in full cards, the selection inside the canvas.
	if (preferFull) {
		const t = trail.full;
		const tails = t.spine.map((_, k) => union(boxesOf(t, t.spine.slice(k))));
		const z = { ...c.zooms, min: c.zooms.full, reading: c.zooms.full };
		return onTrail('full', frame([t.bounds], tails, c.width, c.height, z, PAD));
	}
	if (!shallow && mapFits(map.compact, 'compact')) return onMap();
	const compact = trailFrame(trail.compact, 'compact', c);
	if (compact?.whole) return onTrail('compact', compact.view);
	if (full) return onTrail('full', full.view);
	if (compact) return onTrail('compact', compact.view);
	const t = trail.compact;
	const parent = t.spine.length > 1 ? [t.spine[t.spine.length - 2]] : [];
	const z = { ...c.zooms, reading: zoomRange('compact', c.zooms).cap };
	const view = frame(
		[...t.nodes.map((n) => boxOf(t, n.i)!)],
		[union(boxesOf(t, [...parent, sel])), boxOf(t, sel)!],
		c.width,
		c.height,
		z,
		PAD
	);
	return onTrail('compact', view);
}
