/**
 * Layout of the shown part of the map, run in the browser on every change of what is
 * open (tens to a few hundred claims: well under a millisecond per claim).
 *
 * The resolution sits at the top; its For lines hang in a column to its left and its
 * Against lines in a column to its right, so both cases are side by side at first
 * sight. Replies to a claim open in the next column outward, the first one level with
 * the claim it answers (an outline turned sideways), so a chain reads along a row.
 * The layout is stable: opening or closing one claim only slides what comes after it
 * down or up; nothing else is rearranged.
 */
import { drawStructure, type LaidMark } from './structure-drawing';
import type { Relation } from '$lib/vocabulary';
import { SIDE_NAMES } from '$lib/model/sides';
import type { Disclosure, HiddenReplies } from './disclosure';
import type { MapModel } from './payload';
import { roleOf } from './payload';

/** All sizes are graph pixels (CSS pixels at zoom 1). */
export const METRICS = {
	cardWidth: 224,
	thesisWidth: 340,
	/** Claim text on a full card; legible (12 CSS px) from zoom 0.75. */
	font: 16,
	/** A compact card shows up to three lines of its title this large; legible from zoom 0.46. */
	compactFont: 26,
	lineHeight: 1.25,
	padX: 12,
	padY: 10,
	/** Each column's inner edge is this far from the middle line. */
	centerGap: 28,
	columnGap: 70,
	rowGap: 16,
	/** Between the resolution and the first line on each side. */
	topGap: 56,
	/** Padding of the strip at the foot of a card that opens or folds its replies. */
	stripPad: 8,
	/** Padding of the band across a card's top that names its side and speaker. */
	bandPad: 4,
	/** Compact cards: a colour bar for the band, a few large words, a short strip. */
	compactBand: 8,
	compactPad: 6,
	compactRowGap: 10,
	/** The smallest text the map may draw, in CSS pixels. */
	legible: 12
} as const;

export type Measure = (text: string, font: number, bold?: boolean) => number;

/** The cards' typeface: Cytoscape draws with it, and the layout measures with it. */
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Width of text in a proportional sans-serif, estimated generously (tests, server). */
export const estimateWidth: Measure = (text, font, bold) =>
	text.length * font * (bold ? 0.6 : 0.56);

/** Greedy word wrap, the way Cytoscape wraps labels: lines break at spaces only. */
export function wrap(
	text: string,
	maxWidth: number,
	font: number,
	measure: Measure,
	bold = false
): string[] {
	const lines: string[] = [];
	for (const para of text.split('\n')) {
		let line = '';
		for (const word of para.split(/\s+/).filter(Boolean)) {
			const next = line ? `${line} ${word}` : word;
			if (!line || measure(next, font, bold) <= maxWidth) line = next;
			else {
				lines.push(line);
				line = word;
			}
		}
		lines.push(line);
	}
	// A word wider than the line overflows in Cytoscape; count the space it takes.
	return lines.flatMap((l) => {
		const extra = Math.ceil(measure(l, font, bold) / maxWidth) - 1;
		return extra > 0 ? [l, ...Array<string>(extra).fill('')] : [l];
	});
}

/** Lines already wrapped, per measure: the layouts run again on every change of what is shown. */
const wrapped = new WeakMap<Measure, Map<string, readonly string[]>>();

/** `wrap`, remembered for each text, width, size and weight (the layouts ask for the same ones again and again). */
export function wrapOnce(
	text: string,
	maxWidth: number,
	font: number,
	measure: Measure,
	bold = false
): readonly string[] {
	let memo = wrapped.get(measure);
	if (!memo) wrapped.set(measure, (memo = new Map()));
	const key = `${maxWidth}|${font}|${bold ? 1 : 0}|${text}`;
	let lines = memo.get(key);
	if (!lines) memo.set(key, (lines = wrap(text, maxWidth, font, measure, bold)));
	return lines;
}

export type Column = -1 | 0 | 1;

export interface LaidNode {
	i: number;
	id: string;
	x: number;
	y: number;
	w: number;
	h: number;
	/** -1: For side (left), 1: Against side (right), 0: the resolution. */
	column: Column;
	/** What the card says: the claim's title (the resolution's wording for the resolution), or its compact form. */
	label: string;
	/** The band across a card's top: its side and who speaks, e.g. "FOR · Grant Newsham". */
	band: string;
	/** The band with the claim's status in front, for the status overlay. */
	statusBand: string;
	/** Height of the band (for the resolution: room for its verdict, with the statuses; else 0). */
	bandHeight: number;
	/** What a far-out card shows: a few words, large. */
	compact: string;
	/** Height of the open/fold strip at its foot (0 when it has no replies). */
	strip: number;
}

/** The strip at the foot of a card with replies: "▸ 14 replies: 9 for · 5 against". */
export interface LaidHandle {
	id: string;
	of: number;
	x: number;
	y: number;
	w: number;
	h: number;
	/** "open" shows hidden replies; "close" folds the shown ones away; "goto" selects `target`. */
	action: 'open' | 'close' | 'goto';
	/** The claim a "goto" handle selects. */
	target?: number;
	label: string;
	compact: string;
	/** Words for screen readers and tooltips. */
	describe: string;
}

export interface LaidEdge {
	id: string;
	from: string;
	to: string;
	relation?: Relation;
	/** tree: to the claim it hangs under; cross: any other relation; via: hidden claims between. */
	kind: 'tree' | 'cross' | 'via';
	column: Column;
	/** The edge ends at the resolution. */
	toThesis: boolean;
	/** It runs up from a card to the card right above it (the trail's chain). */
	vertical?: boolean;
	/** Undercuts and linked premises (structure-drawing.ts): extra classes, a label, an arc's bend. */
	extra?: string[];
	label?: string;
	/** A route drawn through waypoints (Cytoscape segments), relative to the line between the ends. */
	route?: { weights: number[]; distances: number[] };
}

export interface TreeLayout {
	nodes: LaidNode[];
	handles: LaidHandle[];
	edges: LaidEdge[];
	bounds: { x1: number; y1: number; x2: number; y2: number };
	/** Where each shown claim is, by index. */
	at: Map<number, LaidNode>;
	/** Joint bars and undercut marks (structure-drawing.ts). */
	marks?: LaidMark[];
}

export interface LayoutOptions {
	measure?: Measure;
	/** The status word each claim would show with the overlay on ('' for none). */
	statusWord?: (i: number) => string;
	/** Text of the resolution card (the resolution as worded). */
	resolution?: string;
	/**
	 * Two columns (For left, Against right) where the canvas is wide enough for both at a
	 * legible size; one column (For, then Against) on a phone.
	 */
	columns?: 1 | 2;
	/**
	 * Full cards (side and speaker, the whole title, the replies strip), or the compact
	 * form drawn when zoomed out: a few words in a large font, on a card sized to fit them,
	 * so that a zoomed-out map is smaller rather than full of unreadable boxes.
	 */
	detail?: 'full' | 'compact';
	/**
	 * Never cut a title: compact cards take as many lines as their title needs (projector
	 * mode, where the text must be read whole from the back of the room).
	 */
	wholeText?: boolean;
}

/** Who a card says is speaking, with the claim's role: "Objection raised by Grant Newsham". */
export function voiceOf(model: MapModel, i: number): string {
	const { role, by } = roleOf(model, i);
	const speaker = model.payload.speakers[i] >= 0 ? model.speakerNames[i] : undefined;
	if (role === 'raised')
		return `${speaker ? `${speaker}, as ` : 'Objection '}raised by ${by ?? 'its author'}`;
	if (role === 'conceded') return `${speaker ?? 'Unattributed'}, conceding`;
	if (role === 'reported') return `${speaker ?? 'Unattributed'}, reported by ${by ?? 'its author'}`;
	return model.speakerNames[i];
}

/**
 * What a card's strip says: "▸ 12 replies: 11 support · 1 attack" while they are hidden,
 * "▾ fold 10 replies (+2 elsewhere)" once shown. Replies drawn under

 * another claim they also answer ("elsewhere") count by what they do, so a card never
 * looks unattacked when it is not.

 */
export function handleText(
	h: HiddenReplies | undefined,
	shown: number,
	away: Pick<HiddenReplies, 'elsewhere' | 'elsewhereAttacks'> | undefined = h
): { label: string; compact: string; action: 'open' | 'close' } {
	const elsewhere = away?.elsewhere ?? 0;
	const attacking = away?.elsewhereAttacks ?? 0;
	const also = elsewhere ? ` (+${elsewhere} elsewhere)` : '';

	if (!h || h.total === 0) {
		const noun = shown === 1 ? 'reply' : 'replies';
		return { label: `▾ fold ${shown} ${noun}${also}`, compact: '▾', action: 'close' };
	}
	const some = shown > 0;
	// Folded, the counts take in the replies drawn elsewhere too: the card tells what the
	// claim faces. Partly open, they count what opening would add.
	const far = some
		? { supports: 0, attacks: 0 }
		: { supports: elsewhere - attacking, attacks: attacking };
	const total = h.total + (some ? 0 : elsewhere);
	const parts = [
		h.supports + far.supports && `${h.supports + far.supports} support`,
		h.attacks + far.attacks && `${h.attacks + far.attacks} attack`,
		h.other && `${h.other} further down`
	].filter(Boolean);
	const noun = some ? 'more' : total === 1 ? 'reply' : 'replies';
	// Folded, "(2 elsewhere)" would cost the card a line; the open strip says it instead.
	const where = some ? also : '';

	return {
		label: `▸ ${total} ${noun}${parts.length ? `: ${parts.join(' · ')}` : ''}${where}`,
		// The same count as the full strip's, so zooming out never changes a card's number.
		compact: `▸ ${total}`,
		action: 'open'
	};
}

/** How one card is drawn, beyond its claim: for the trail's cards above the selection. */
export interface CardOptions {
	/** At most this many lines of the title (the rest cut with "…"). */
	maxLines?: number;
	/** Leave out the open/fold strip. */
	noStrip?: boolean;
	/** Wider than a card (the resolution's width), for the trail's column. */
	wide?: boolean;
	/** Words at the card's foot in place of its strip (the trail's "only together with …"). */
	footer?: string;
}

/**
 * The cards of one view of the map: each claim's card sized for its text in the level of
 * detail asked for, and the strip at its foot. Shared by the map's layout and the trail's.
 */
export function cardMaker(model: MapModel, d: Disclosure, opts: LayoutOptions = {}) {
	const M = METRICS;
	const measure = opts.measure ?? estimateWidth;
	const textWidth = (w: number) => w - 2 * M.padX;
	const lineHeight = M.font * M.lineHeight;
	const root = d.order[0];
	const compact = opts.detail === 'compact';
	const compactLine = M.compactFont * 1.1;
	const clamp = (
		title: string,
		w: number,
		font: number,
		max: number | undefined,
		bold: boolean
	) => {
		if (!max || wrapOnce(title, textWidth(w), font, measure, bold).length <= max) return title;
		const words = title.split(/\s+/).filter(Boolean);
		for (let n = words.length - 1; n > 0; n--) {
			const text = `${words.slice(0, n).join(' ')}…`;
			if (wrapOnce(text, textWidth(w), font, measure, bold).length <= max) return text;
		}
		return `${(words[0] ?? '').slice(0, 8)}…`;
	};

	const card = (i: number, column: Column, c: CardOptions = {}): LaidNode => {
		const thesis = i === root;
		const w = thesis || c.wide ? M.thesisWidth : M.cardWidth;
		const title = thesis ? (opts.resolution ?? model.titles[i]) : model.titles[i];
		// The resolution's band holds only its verdict, shown with the statuses off too: where
		// the resolution stands is the map's first fact (review 1, finding 8; review 2, finding 5).
		const word = opts.statusWord?.(i) ?? '';
		const band = thesis
			? word
			: `${SIDE_NAMES[model.sides[i]].toUpperCase()} · ${voiceOf(model, i)}`;
		const statusBand = thesis ? word : word ? `${word} · ${band}` : band;
		const strip = c.footer
			? footerHeight(c.footer, w)
			: hasReplies(i) && !c.noStrip
				? stripHeight(i, w)
				: 0;
		const base = { i, id: model.ids[i], x: 0, y: 0, w, column, band, statusBand, strip };
		if (compact) {
			const label = opts.wholeText
				? title
				: compactLabel(title, w, Math.min(3, c.maxLines ?? 3), measure, thesis);
			const lines = wrapOnce(label, textWidth(w), M.compactFont, measure, thesis).length;
			const bandHeight = thesis ? 0 : M.compactBand;
			const h = bandHeight + Math.ceil(lines * compactLine + 2 * M.compactPad) + strip;
			return { ...base, h, label, compact: label, bandHeight, band: '', statusBand: '' };
		}
		const lines = (text: string, bold = false) =>
			wrapOnce(text, textWidth(w), M.font, measure, bold).length;
		// Room for the longer band, so turning the overlay on never overflows a card.
		const bandHeight =
			thesis && !word
				? 0
				: Math.ceil(Math.max(lines(band), lines(statusBand)) * lineHeight + 2 * M.bandPad);
		const label = opts.wholeText ? title : clamp(title, w, M.font, c.maxLines, thesis);
		const body = Math.ceil(lines(label, thesis) * lineHeight + 2 * M.padY);
		return {
			...base,
			h: bandHeight + body + strip,
			label,
			compact: compactLabel(title, w, 3, measure, thesis),
			bandHeight
		};
	};
	const hasReplies = (i: number) => d.replies.has(i);
	// As tall as the longest thing the strip may say, so opening or folding never resizes a card.
	const stripHeight = (i: number, w: number) => {
		if (compact) return Math.ceil(compactLine + M.compactPad);
		const all = d.replies.get(i)!;
		const lines = Math.max(
			...[handleText(all, 0), handleText(undefined, all.total, all)].map(
				(t) => wrapOnce(t.label, textWidth(w), M.font, measure, true).length
			)
		);
		return Math.ceil(lines * lineHeight + 2 * M.stripPad);
	};

	const footerHeight = (text: string, w: number) =>
		compact
			? Math.ceil(
					wrapOnce(text, textWidth(w), M.compactFont, measure).length * compactLine + M.compactPad
				)
			: Math.ceil(
					wrapOnce(text, textWidth(w), M.font, measure).length * lineHeight + 2 * M.stripPad
				);

	/** The strip at a card's foot, saying what `text` says (see handleText). */
	const strip = (
		n: LaidNode,
		text: { label: string; compact: string; action: 'open' | 'close' }
	): LaidHandle => ({
		id: `strip:${n.id}`,
		of: n.i,
		x: n.x,
		y: n.y + n.h / 2 - n.strip / 2,
		w: n.w,
		h: n.strip,
		action: text.action,
		label: compact ? text.compact : text.label,
		compact: text.compact,
		describe:
			text.action === 'open'
				? `Show ${text.label.slice(2)}, replies to “${model.titles[n.i]}”`
				: `Fold away the replies to “${model.titles[n.i]}”`
	});
	return { card, strip, compact };
}

export function layoutTree(model: MapModel, d: Disclosure, opts: LayoutOptions = {}): TreeLayout {
	const M = METRICS;
	const nodes: LaidNode[] = [];
	const handles: LaidHandle[] = [];
	const at = new Map<number, LaidNode>();
	const root = d.order[0];
	const { card, strip, compact } = cardMaker(model, d, opts);

	const rowGap = compact ? M.compactRowGap : M.rowGap;
	const columnX = (column: Column, depth: number) =>
		column * (M.centerGap + M.cardWidth / 2 + (depth - 1) * (M.cardWidth + M.columnGap));

	const addStrip = (n: LaidNode) => {
		if (!n.strip) return;
		const shown = d.kids.get(n.i)?.length ?? 0;
		handles.push(strip(n, handleText(d.hidden.get(n.i), shown, d.replies.get(n.i))));
	};

	/** Places a claim and what hangs from it; returns the bottom of the space it took. */
	const place = (i: number, column: Column, depth: number, top: number): number => {
		const n = card(i, column);
		n.x = columnX(column, depth);
		n.y = top + n.h / 2;
		nodes.push(n);
		at.set(i, n);
		let bottom = top + n.h;
		const kids = d.kids.get(i) ?? [];
		let cursor = top;
		for (const k of kids) cursor = place(k, column, depth + 1, cursor) + rowGap;
		if (kids.length) bottom = Math.max(bottom, cursor - rowGap);
		addStrip(n);
		return bottom;
	};

	if (root !== undefined) {
		const t = card(root, 0);
		t.x = 0;
		t.y = 0;
		nodes.push(t);
		at.set(root, t);
		const start = t.h / 2 + (compact ? M.topGap * 0.7 : M.topGap);
		const lines = d.kids.get(root) ?? [];
		const two = (opts.columns ?? 2) === 2;
		const sideOf = (i: number): Column => (two && model.sides[i] === 'for' ? -1 : 1);
		for (const column of [-1, 1] as const) {
			let cursor = start;
			for (const i of lines)
				if (sideOf(i) === column) cursor = place(i, column, 1, cursor) + rowGap;
		}
		addStrip(t);
	}

	const edges = edgesOf(model, d, nodes, at);
	return drawStructure(model, { nodes, handles, edges, bounds: boundsOf(nodes), at });
}

/**
 * The relations between laid-out cards: each card's to the claim it hangs under in the
 * shown tree (a dotted "via" line where claims between are hidden), then every other
 * relation between two drawn cards.
 */
export function edgesOf(
	model: MapModel,
	d: Disclosure,
	nodes: LaidNode[],
	at: Map<number, LaidNode>
): LaidEdge[] {
	const root = d.order[0];
	const edges: LaidEdge[] = [];
	const treeEdge = new Set<string>();
	for (const n of nodes) {
		if (n.i === root) continue;
		const p = d.up[n.i];
		if (!at.has(p)) continue;
		const to = model.ids[p];
		if (d.indirect[n.i]) {
			edges.push({
				id: `${n.id}~${to}`,
				from: n.id,
				to,
				kind: 'via',
				column: n.column,
				toThesis: p === root
			});
			continue;
		}
		const relation = model.parentRelation[n.i];
		const id = `${n.id}>${relation}>${to}`;
		treeEdge.add(id);
		edges.push({
			id,
			from: n.id,
			to,
			relation,
			kind: 'tree',
			column: n.column,
			toThesis: p === root
		});
	}
	// From the shown cards' own relations, not the whole debate's (10,000 claims and more).
	for (const n of nodes)
		for (const e of model.outgoing[n.i]) {
			if (!at.has(e.to)) continue;
			const id = `${n.id}>${e.relation}>${model.ids[e.to]}`;
			if (treeEdge.has(id)) continue;
			edges.push({
				id,
				from: n.id,
				to: model.ids[e.to],
				relation: e.relation,
				kind: 'cross',
				column: n.column,
				toThesis: e.to === root
			});
		}

	return edges;
}

/** The box around laid-out cards (all zero when there are none). */
export function boundsOf(
	nodes: Array<{ x: number; y: number; w: number; h: number }>
): TreeLayout['bounds'] {
	if (!nodes.length) return { x1: 0, y1: 0, x2: 0, y2: 0 };
	let x1 = Infinity;
	let y1 = Infinity;
	let x2 = -Infinity;
	let y2 = -Infinity;
	for (const b of nodes) {
		x1 = Math.min(x1, b.x - b.w / 2);
		y1 = Math.min(y1, b.y - b.h / 2);
		x2 = Math.max(x2, b.x + b.w / 2);
		y2 = Math.max(y2, b.y + b.h / 2);
	}
	return { x1, y1, x2, y2 };
}

/** As many words of the title as fit `maxLines` lines of a card in the large compact font. */
export function compactLabel(
	title: string,
	w: number,
	maxLines: number,
	measure: Measure,
	bold = false
): string {
	const M = METRICS;
	const words = title.split(/\s+/).filter(Boolean);
	for (let n = words.length; n > 0; n--) {
		const text = words.slice(0, n).join(' ') + (n < words.length ? '…' : '');
		if (wrapOnce(text, w - 2 * M.padX, M.compactFont, measure, bold).length <= maxLines)
			return text;
	}
	return (words[0] ?? '').slice(0, 8) + '…';
}
