/**
 * The trail: how the map shows a selected claim when its own arrangement cannot show the
 * claim's chain legibly on this screen (the columns run outward one card per step, so a
 * chain of four steps is some 1,500 px wide: more than a school laptop's canvas holds).
 *
 * The chain stands in one column, the resolution on top and each step under the claim it
 * answers, down to the selected claim; beside the selected claim, level with it, run all
 * its replies, those the map draws under another claim included, so no reply is
 * "elsewhere". A reply that also answers a claim not in the trail names that claim under
 * its card, one click from it. The cards above the selection show up to three lines of
 * their title (two in the compact form) and no strip: a click on one selects it.
 */
import type { Relation } from '$lib/vocabulary';
import type { Disclosure } from './disclosure';
import type { MapModel } from './payload';
import {
	boundsOf,
	cardMaker,
	compactLabel,
	edgesOf,
	estimateWidth,
	handleText,
	METRICS,
	wrap,
	type Column,
	type LaidHandle,
	type LaidNode,
	type LayoutOptions,
	type TreeLayout
} from './tree-layout';

export interface Trail extends TreeLayout {
	/** The chain, resolution first, the selection last. */
	spine: number[];
	/** The selection's replies, in the column beside it. */
	replies: number[];
}

/** The vertical space between two cards of the chain (the relation's word sits in it). */
export const SPINE_GAP = { full: 36, compact: 22 };

const VERB: Record<Relation, string> = { supports: 'supports', attacks: 'attacks' };

/**
 * The selection's replies as the trail shows them: the ones the map shows under it, then
 * the ones it draws under another claim they also answer (those the filters keep). None
 * while the reader has folded them.
 */
export function trailReplies(
	model: MapModel,
	d: Disclosure,
	sel: number,
	passes: Uint8Array | null,
	spine: number[] = []
): number[] {
	const kids = d.kids.get(sel) ?? [];
	if (!kids.length && d.hidden.has(sel)) return [];
	const out = [...kids];
	const seen = new Set([...kids, ...spine]);
	for (const e of model.incoming[sel]) {
		if (seen.has(e.from) || (passes && !passes[e.from])) continue;
		seen.add(e.from);
		out.push(e.from);
	}
	return out;
}

export function layoutTrail(
	model: MapModel,
	d: Disclosure,
	chain: number[],
	opts: LayoutOptions & { passes?: Uint8Array | null } = {}
): Trail {
	const M = METRICS;
	const { card, strip, compact } = cardMaker(model, d, opts);
	const measure = opts.measure ?? estimateWidth;
	const lineHeight = M.font * M.lineHeight;
	const spine = [...chain].reverse();
	const sel = spine[spine.length - 1];
	const root = d.order[0];
	const replies = trailReplies(model, d, sel, opts.passes ?? null, spine);
	const side: Column = model.sides[sel] === 'for' ? -1 : 1;

	const nodes: LaidNode[] = [];
	const handles: LaidHandle[] = [];
	const at = new Map<number, LaidNode>();
	const put = (n: LaidNode, x: number, top: number) => {
		n.x = x;
		n.y = top + n.h / 2;
		nodes.push(n);
		at.set(n.i, n);
		return n;
	};

	// The chain, down one column.
	const gap = compact ? SPINE_GAP.compact : SPINE_GAP.full;
	let top = 0;
	for (const i of spine) {
		const last = i === sel;
		const n = card(
			i,
			i === root ? 0 : side,
			last ? { wide: true } : { maxLines: compact ? 2 : 3, noStrip: true, wide: true }
		);
		put(n, 0, top);
		top += n.h + gap;
	}
	const selected = at.get(sel)!;

	// The replies, beside the selection: level with it, or as much higher as they need to
	// end with the chain (they fill the room beside the cards above it), never above the top.
	const x = side * (M.thesisWidth / 2 + M.columnGap + M.cardWidth / 2);
	const rowGap = compact ? M.compactRowGap : M.rowGap;
	const column: Array<LaidNode | LaidHandle> = [];
	let cursor = 0;
	const inTrail = new Set([...spine, ...replies]);
	for (const r of replies) {
		const n = card(r, side);
		n.x = x;
		n.y = cursor + n.h / 2;
		column.push(n);
		cursor += n.h;
		// What else it answers, named under it, one click from it.
		for (const e of model.outgoing[r]) {
			if (inTrail.has(e.to)) continue;
			const title = model.titles[e.to];
			const label = compact
				? compactLabel(`↗ ${title}`, n.w, 2, measure)
				: `↗ also ${VERB[e.relation]} “${title}”`;
			const font = compact ? M.compactFont : M.font;
			const lines = wrap(label, n.w - 2 * M.padX, font, measure).length;
			const h = Math.ceil(lines * (compact ? M.compactFont * 1.1 : lineHeight) + 2 * M.stripPad);
			column.push({
				id: `also:${model.ids[r]}>${e.relation}>${model.ids[e.to]}`,
				of: r,
				x,
				y: cursor + 2 + h / 2,
				w: n.w,
				h,
				action: 'goto',
				target: e.to,
				label,
				compact: label,
				describe: `${model.titles[r]} also ${VERB[e.relation]} “${title}”: select it`
			});
			cursor += h + 2;
		}
		cursor += rowGap;
	}
	const tall = Math.max(0, cursor - rowGap);
	const selTop = selected.y - selected.h / 2;
	const chainTop = nodes[0].y - nodes[0].h / 2;
	const chainBottom = selected.y + selected.h / 2;
	const start = Math.max(chainTop, Math.min(selTop, chainBottom - tall));
	for (const item of column) {
		item.y += start;
		if ('action' in item) handles.push(item);
		else {
			nodes.push(item);
			at.set(item.i, item);
			if (item.strip) {
				const all = d.replies.get(item.i);
				handles.push(strip(item, handleText(all, 0, all)));
			}
		}
	}

	// The selection's strip counts what the trail shows beside it.
	if (selected.strip) {
		const open = replies.length > 0;
		handles.push(
			strip(
				selected,
				open
					? handleText(undefined, replies.length, { elsewhere: 0, elsewhereAttacks: 0 })
					: handleText(d.hidden.get(sel), 0, d.replies.get(sel))
			)
		);
	}

	const onSpine = new Set(spine.map((i) => model.ids[i]));
	const edges = edgesOf(model, d, nodes, at).map((e) =>
		onSpine.has(e.from) && onSpine.has(e.to) && e.kind !== 'cross' ? { ...e, vertical: true } : e
	);
	return { nodes, handles, edges, bounds: boundsOf([...nodes, ...handles]), at, spine, replies };
}
