/**
 * The overview of the whole debate, in the spirit of Kialo's sunburst: the resolution in
 * the middle, each ring one step further from it, every claim a mark whose arc spans as
 * many degrees as it has claims at the ends of its branches. For lines run down the left
 * from twelve o'clock, Against lines down the right, each side in the order its debater
 * argues it, as on the map. A mark's colour says its side; its depth of tone whether it
 * stands (full), falls (pale) or is contested (between).
 *
 * Pure geometry and plain SVG markup, built as one string: the page inserts it in one go,
 * which is what keeps 10,000 marks within a frame budget (see the map benchmark).
 */
import type { StatusKind } from '$lib/model/status';
import type { MapModel } from './payload';
import { COLOURS } from './style';

export interface Overview {
	/** Per claim: where its arc starts and ends (radians clockwise from twelve o'clock). */
	a0: Float64Array;
	a1: Float64Array;
	/** Per claim: its ring (0: the resolution). */
	depth: Int32Array;
	/** How many rings there are. */
	rings: number;
	/** Per ring, its claims in clockwise order. */
	ring: number[][];
}

/** The overview's radius in its own units (the SVG's viewBox is twice this across). */
export const OVERVIEW_R = 100;
/**
 * The shortest arc drawn as a shape of its own (in those units): a tenth of a unit is half
 * a pixel with the overview 1,000 px across.
 */
export const MIN_ARC = 0.1;

export function overviewLayout(model: MapModel): Overview {
	const n = model.n;
	const a0 = new Float64Array(n);
	const a1 = new Float64Array(n);
	const depth = new Int32Array(n);
	// Claims at the ends of each branch (ids run in outline preorder: parents first).
	const ends = new Float64Array(n);
	for (let i = n - 1; i > 0; i--) {
		if (!ends[i]) ends[i] = 1;
		if (model.parent[i] >= 0) ends[model.parent[i]] += ends[i];
	}
	if (n && !ends[0]) ends[0] = 1;
	let rings = n ? 1 : 0;
	const unit = n ? (2 * Math.PI) / ends[0] : 0;
	/** Lay out the replies of `i` from `from`, clockwise (1) or anticlockwise (-1). */
	const place = (i: number, from: number, dir: 1 | -1) => {
		let at = from;
		for (const k of model.children[i]) {
			const span = ends[k] * unit;
			const next = at + dir * span;
			a0[k] = Math.min(at, next);
			a1[k] = Math.max(at, next);
			depth[k] = depth[i] + 1;
			rings = Math.max(rings, depth[k] + 1);
			place(k, at, dir);
			at = next;
		}
	};
	if (n) {
		a0[0] = 0;
		a1[0] = 2 * Math.PI;
		let right = 0;
		let left = 2 * Math.PI;
		for (const k of model.children[0]) {
			const span = ends[k] * unit;
			depth[k] = 1;
			rings = Math.max(rings, 2);
			if (model.sides[k] === 'for') {
				a1[k] = left;
				a0[k] = left - span;
				place(k, left, -1);
				left -= span;
			} else {
				a0[k] = right;
				a1[k] = right + span;
				place(k, right, 1);
				right += span;
			}
		}
	}
	const ring: number[][] = Array.from({ length: rings }, () => []);
	for (let i = 0; i < n; i++) if (i === 0 || model.parent[i] >= 0) ring[depth[i]].push(i);
	for (const r of ring) r.sort((x, y) => a0[x] - a0[y]);
	return { a0, a1, depth, rings, ring };
}

/** A coordinate to a tenth of a unit (half a pixel with the overview 1,000 px across). */
const f = (v: number) => String(Math.round(v * 10) / 10);

/** The middle radius of a ring, and its width. */
export function ringOf(o: Overview, depth: number): { r: number; width: number } {
	const width = OVERVIEW_R / Math.max(1, o.rings - 0.5);
	return { r: depth * width, width };
}

/** An arc along a ring, as an SVG path (drawn as a stroke as wide as the ring). */
export function arcPath(o: Overview, i: number): string {
	return arcD(ringOf(o, o.depth[i]).r, o.a0[i], o.a1[i]);
}

/** An arc of radius `r` from angle `a0` to `a1`, clockwise. */
function arcD(r: number, a0: number, a1: number): string {
	const pt = (a: number) => `${f(r * Math.sin(a))} ${f(-r * Math.cos(a))}`;
	const span = a1 - a0;
	// A whole circle cannot be one arc: two halves.
	if (span >= 2 * Math.PI - 1e-9) {
		const mid = a0 + Math.PI;
		return `M${pt(a0)}A${f(r)} ${f(r)} 0 0 1 ${pt(mid)}A${f(r)} ${f(r)} 0 0 1 ${pt(a1)}`;
	}
	return `M${pt(a0)}A${f(r)} ${f(r)} 0 ${span > Math.PI ? 1 : 0} 1 ${pt(a1)}`;
}

/** How a claim's mark is drawn: its side's colour, paler when it falls. */
export function markTone(model: MapModel, i: number): { colour: string; opacity: number } {
	const side = model.sides[i];
	const colour =
		side === 'for'
			? COLOURS.for
			: side === 'against'
				? COLOURS.against
				: side === 'thesis'
					? COLOURS.thesis
					: COLOURS.mixed;
	const status = model.payload.status[i] as StatusKind | '';
	const opacity = status === 'unanswered' ? 0.35 : status === 'contested' ? 0.65 : 1;
	return { colour, opacity };
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The overview as SVG markup, in two layers. `paint` is what the eye sees: one path per
 * tone (side and status) holding every arc of that tone, consecutive arcs of one tone on a
 * ring drawn as one, and thin white cuts between marks wide enough to show them; a few
 * elements however many claims there are, so 10,000 claims paint in a frame's time.
 * `marks` is one element per claim, carrying data-claim, drawn only where it has the
 * keyboard (a roving tabindex the component moves; `focusable` starts with it), and hit
 * along its arc by the pointer. Ids are escaped though the validator allows only
 * [a-z0-9-] in them.
 */
export function overviewMarkup(
	model: MapModel,
	o: Overview,
	focusable: number
): { paint: string; marks: string } {
	const marks: string[] = [];
	const tones = new Map<string, string[]>();
	const cuts: string[] = [];
	const { width } = ringOf(o, 1);
	const radius = Array.from({ length: o.rings }, (_, d) => ringOf(o, d).r);
	// Each claim's tone, worked out once per kind of claim rather than once per claim.
	const toneKeys = new Map<string, string>();
	const toneOf = (i: number) => {
		const kind = `${model.sides[i]}${model.payload.status[i]}`;
		let key = toneKeys.get(kind);
		if (key === undefined) {
			const { colour, opacity } = markTone(model, i);
			toneKeys.set(kind, (key = `${colour}|${opacity}`));
		}
		return key;
	};
	// Ids are [a-z0-9-] (the validator sees to it); escape them only if one is not.
	const plain = !model.ids.some((id) => /[&<>"']/.test(id));
	for (let d = 1; d < o.rings; d++) {
		const ring = o.ring[d];
		const { r } = ringOf(o, d);
		let run = -1;
		let runTone = '';
		let runEnd = 0;
		const flush = (to: number) => {
			if (run < 0) return;
			(tones.get(runTone) ?? tones.set(runTone, []).get(runTone)!).push(arcD(r, o.a0[run], to));
		};
		for (const i of ring) {
			const tone = toneOf(i);
			if (run >= 0 && tone === runTone && Math.abs(o.a0[i] - runEnd) < 1e-9) {
				runEnd = o.a1[i];
			} else {
				flush(runEnd);
				run = i;
				runTone = tone;
				runEnd = o.a1[i];
			}
			// A cut where a mark starts, if the mark is wide enough for one to show.
			if (r * (o.a1[i] - o.a0[i]) > width * 0.35) {
				const s = Math.sin(o.a0[i]);
				const c = Math.cos(o.a0[i]);
				const r0 = r - width / 2;
				const r1 = r + width / 2;
				cuts.push(`M${f(r0 * s)} ${f(-r0 * c)}L${f(r1 * s)} ${f(-r1 * c)}`);
			}
		}
		flush(runEnd);
	}
	const paint: string[] = [];
	for (const [tone, arcs] of tones) {
		const [colour, opacity] = tone.split('|');
		const op = opacity === '1' ? '' : ` stroke-opacity="${opacity}"`;
		paint.push(`<path d="${arcs.join('')}" stroke="${colour}"${op}/>`);
	}
	if (cuts.length)
		paint.push(
			`<path d="${cuts.join('')}" stroke="#ffffff" stroke-width="${f(Math.max(0.25, width * 0.04))}"/>`
		);
	for (let i = 0; i < model.n; i++) {
		if (i !== 0 && model.parent[i] < 0) continue;
		const id = plain ? model.ids[i] : escape(model.ids[i]);
		const tab = i === focusable ? ' tabindex="0"' : '';
		if (i === 0) {
			const { colour } = markTone(model, i);
			marks.push(
				`<circle data-claim="${id}"${tab} r="${f(width * 0.55)}" fill="${colour}" pointer-events="visible"/>`
			);
		} else if (i === focusable || radius[o.depth[i]] * (o.a1[i] - o.a0[i]) >= MIN_ARC)
			marks.push(`<path data-claim="${id}"${tab} d="${arcPath(o, i)}"/>`);
		// Too fine to see or point at even on a projector: an element all the same, given its
		// arc when it takes the keyboard (see `arcPath`).
		else marks.push(`<path data-claim="${id}"/>`);
	}
	return { paint: paint.join(''), marks: marks.join('') };
}

/**
 * The mark an arrow key moves to: Left and Right go round the ring (anticlockwise and
 * clockwise, wrapping), Up goes in to the claim it answers, Down out to its first reply.
 */
export function overviewStep(
	model: MapModel,
	o: Overview,
	i: number,
	key: string
): number | undefined {
	if (key === 'ArrowUp') return model.parent[i] >= 0 ? model.parent[i] : undefined;
	if (key === 'ArrowDown') {
		const kids = model.children[i];
		if (!kids.length) return undefined;
		// The first in reading order is nearest twelve o'clock on its side.
		return kids[0];
	}
	if (key !== 'ArrowLeft' && key !== 'ArrowRight') return undefined;
	const ring = o.ring[o.depth[i]];
	if (ring.length < 2) return undefined;
	const at = ring.indexOf(i);
	const next = key === 'ArrowRight' ? at + 1 : at - 1;
	return ring[(next + ring.length) % ring.length];
}

/** The claims that light up for a selection: its chain to the resolution. */
export function overviewChain(model: MapModel, i: number | undefined): number[] {
	const out: number[] = [];
	for (let at = i ?? -1; at >= 0; at = model.parent[at]) out.push(at);
	return out;
}
