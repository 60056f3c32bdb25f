/**
 * Viewport rules: how far the map may zoom, which level of detail each zoom shows, and
 * where the view goes to frame a claim's chain. Pure arithmetic on the layout's boxes, so
 * it is unit-tested and the renderer never has to measure labels to decide.
 *
 * Levels of detail: at a zoom where a full card's text is at least `legible` CSS pixels
 * the map shows full cards; below that, each card shows a few words in a large font; the
 * map never zooms out past the point where those are legible. So no zoom ever shows a
 * box without readable text.
 */
import { METRICS } from './tree-layout';

export type Detail = 'full' | 'compact';

export interface Box {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

export interface Zooms {
	/** Below this zoom, cards switch to the compact form. */
	full: number;
	/** The farthest the map zooms out. */
	min: number;
	/** The zoom a selection is framed at when there is room. */
	reading: number;
	max: number;
}

/** `scale` enlarges everything for a projector (text 24 px and up at scale 2). */
export function zooms(scale = 1): Zooms {
	const full = (METRICS.legible * scale) / METRICS.font;
	const min = (METRICS.legible * scale) / METRICS.compactFont;
	return { full, min, reading: Math.max(full, 1.0 * scale), max: 3 * scale };
}

export function detailAt(zoom: number, z: Zooms): Detail {
	// A hair of tolerance so a zoom computed to land exactly on the threshold counts.
	return zoom >= z.full - 1e-6 ? 'full' : 'compact';
}

export interface Viewport {
	zoom: number;
	pan: { x: number; y: number };
}

export function union(boxes: Box[]): Box {
	return boxes.reduce(
		(a, b) => ({
			x1: Math.min(a.x1, b.x1),
			y1: Math.min(a.y1, b.y1),
			x2: Math.max(a.x2, b.x2),
			y2: Math.max(a.y2, b.y2)
		}),
		{ x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity }
	);
}

/** The zoom at which `box` fills the canvas, less padding. */
export function fitZoom(box: Box, width: number, height: number, pad: number): number {
	const w = Math.max(1, box.x2 - box.x1);
	const h = Math.max(1, box.y2 - box.y1);
	return Math.min((width - 2 * pad) / w, (height - 2 * pad) / h);
}

export function centreOn(box: Box, zoom: number, width: number, height: number): Viewport {
	return {
		zoom,
		pan: {
			x: width / 2 - zoom * ((box.x1 + box.x2) / 2),
			y: height / 2 - zoom * ((box.y1 + box.y2) / 2)
		}
	};
}

/**
 * Frame a set of boxes: as close as the reading zoom if they fit there, else zoomed out
 * until they fit, but never past the legible minimum. When even that cannot show them
 * all, the focus stays in view and the rest is centred around it. `focus` may be a list,
 * most wanted first (the claim with its parent and replies, then with its replies, then
 * alone): the first that fits the canvas is kept in view, else the last, from its top.
 */
export function frame(
	boxes: Box[],
	focusOrList: Box | Box[],
	width: number,
	height: number,
	z: Zooms,
	pad = 24,
	around?: Box
): Viewport {
	const list = Array.isArray(focusOrList) ? focusOrList : [focusOrList];

	const all = union(boxes.length ? boxes : list);
	const zoom = Math.max(z.min, Math.min(z.reading, fitZoom(all, width, height, pad)));
	// Half a pixel of slack: at the fitting zoom the product rounds either way.
	const fits = (b: Box, margin = pad) =>
		(b.x2 - b.x1) * zoom <= width - 2 * margin + 0.5 &&
		(b.y2 - b.y1) * zoom <= height - 2 * margin + 0.5;
	const focus = list.find((b) => fits(b)) ?? list[list.length - 1];

	// Everything fits, if only just: centred, nothing slides out for the padding's sake.
	if (fits(all, 0)) return centreOn(all, zoom, width, height);
	// Else centre on the focus: what lies between it and a far ancestor is only siblings
	// under the veil. When `around` (the claim with its replies) does not fit either,
	// centre on it and slide the focus into view, so the claim sits at the edge its
	// replies run away from (the top, for a long list), not in the middle of empty space.
	const centre = around && !fits(around) ? around : focus;
	const view = centreOn(centre, zoom, width, height);

	const slide = slideIntoView(onScreen(focus, view), width, height, pad);
	view.pan.x += slide.dx;
	view.pan.y += slide.dy;
	// Even the last is too big (a card taller than the canvas): keep its top-left in view.
	if (!fits(focus)) {
		if ((focus.x2 - focus.x1) * zoom > width - 2 * pad) view.pan.x = pad - focus.x1 * zoom;
		if ((focus.y2 - focus.y1) * zoom > height - 2 * pad) view.pan.y = pad - focus.y1 * zoom;
	}
	return view;
}

/**
 * The opening view: the resolution at the top, centred, both columns across the canvas,
 * as large as the reading zoom allows while the first `rows` reach down into view (where
 * the canvas is short, the zoom goes down as far as full cards stay legible), never below
 * the legible minimum. The columns run on below; the reader scrolls down them.
 */
export function openingView(
	bounds: Box,
	top: Box,
	width: number,
	height: number,
	z: Zooms,
	pad = 16,
	rowsBottom?: number
): Viewport {
	const across = Math.max(bounds.x2 - bounds.x1, 1);
	let zoom = Math.min(z.reading, (width - 2 * pad) / across);
	if (rowsBottom !== undefined) {
		const tall = Math.max(rowsBottom - top.y1, 1);
		zoom = Math.min(zoom, Math.max(z.full, (height - 2 * pad) / tall));
	}
	zoom = Math.max(z.min, zoom);
	const cx = (bounds.x1 + bounds.x2) / 2;
	return { zoom, pan: { x: width / 2 - zoom * cx, y: pad - zoom * top.y1 } };
}

/** What a frame must show: boxes, the focus to keep if not all fit, what to centre on. */
export interface FrameWants {
	boxes: Box[];
	focus: Box | Box[];
	around?: Box;
}

/**
 * Frame boxes in full cards when they fit at a zoom where full cards are legible, else in
 * the compact form (whose cards are smaller, so more fits), never past the legible minimum.
 */
export function chooseFrame(
	full: FrameWants,
	compactWants: FrameWants | (() => FrameWants),
	width: number,
	height: number,
	z: Zooms,
	pad = 24
): { view: Viewport; detail: Detail } {
	if (fitZoom(union(full.boxes), width, height, pad) >= z.full - 1e-6)
		return {
			view: frame(full.boxes, full.focus, width, height, z, pad, full.around),
			detail: 'full'
		};
	// The compact layout is only worked out when full cards will not do.
	const compact = typeof compactWants === 'function' ? compactWants() : compactWants;
	const capped = { ...z, reading: Math.min(z.reading, z.full * 0.999) };
	return {
		view: frame(compact.boxes, compact.focus, width, height, capped, pad, compact.around),

		detail: 'compact'
	};
}

/** What a box looks like on screen at a viewport. */
export function onScreen(box: Box, v: Viewport): Box {
	return {
		x1: box.x1 * v.zoom + v.pan.x,
		y1: box.y1 * v.zoom + v.pan.y,
		x2: box.x2 * v.zoom + v.pan.x,
		y2: box.y2 * v.zoom + v.pan.y
	};
}

/**
 * How far to slide the view so a box on screen sits inside the canvas, `pad` from its
 * edges (zero where it already does). A box larger than the canvas keeps its top-left edge.
 */
export function slideIntoView(
	screen: Box,
	width: number,
	height: number,
	pad: number
): { dx: number; dy: number } {
	let dx = 0;
	let dy = 0;
	if (screen.x1 < pad) dx = pad - screen.x1;
	else if (screen.x2 > width - pad) dx = width - pad - screen.x2;
	if (screen.y1 < pad) dy = pad - screen.y1;
	else if (screen.y2 > height - pad) dy = height - pad - screen.y2;
	return { dx, dy };
}

/**
 * How far a pan by (dx, dy) may go so the content (`screen`, its box on a canvas of this
 * size) never leaves the canvas: at least `keep` of the canvas (or the whole content, when
 * smaller) stays covered along each axis. A pan that brings content back is never held.
 */
export function boundPan(
	dx: number,
	dy: number,
	screen: Box,
	width: number,
	height: number,
	keep = 0.4
): { dx: number; dy: number } {
	const axis = (d: number, a: number, b: number, size: number) => {
		const k = Math.min(b - a, size * keep);
		const lo = Math.min(k - b, 0);
		const hi = Math.max(size - k - a, 0);
		return Math.min(Math.max(d, lo), hi);
	};
	if (!(screen.x2 > screen.x1) || !(screen.y2 > screen.y1)) return { dx, dy };
	return {
		dx: axis(dx, screen.x1, screen.x2, width),
		dy: axis(dy, screen.y1, screen.y2, height)
	};
}
