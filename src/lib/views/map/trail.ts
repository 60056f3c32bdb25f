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
 *
 * Undercuts and linked premises are drawn as on the columns (structure-drawing.ts): an
 * undercut of a relation of the chain ends on a mark on that relation's line, in the gap
 * above the card it leaves; the selection's partners in a linked group stand under it with
 * one bar beside them and one arrow from the bar up to the claim they answer together; a
 * linked group among its replies gets the columns' bar. Where the trail has no room to draw
 * one (a claim above the selection supports only together with claims not in the trail,
 * a reply undercuts a relation not drawn), the card says so in words, one click from the
 * claim it names.
 */
import type { Relation } from '$lib/vocabulary';
import { joinNames, undercutVerb } from '$lib/model/structure-words';
import {
	across,
	BAR_GAP,
	BAR_WIDTH,
	drawStructure,
	MARK,
	type LaidMark
} from './structure-drawing';
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
	/** The selection's partners in a linked group, under it in the chain's column. */
	partners: number[];
}

/** The vertical space between two cards of the chain (the relation's word sits in it). */
export const SPINE_GAP = { full: 36, compact: 22 };
/** More room in a gap whose relation is undercut: its mark sits under the relation's word. */
export const UNDERCUT_ROOM = 24;
/** How far above the card it leaves an undercut's mark sits on its relation's line. */
const MARK_RISE = 12;

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

	/** A note's words in the compact form: cut to two lines, except in projector mode (whole). */
	const short = (text: string, w: number) =>
		opts.wholeText ? text : compactLabel(text, w, 2, measure);
	const passes = opts.passes ?? null;
	const shown = (i: number) => !passes || !!passes[i];
	const inChain = new Set([...spine, ...replies]);
	const parentOf = (k: number) => spine[k - 1];
	const q = (i: number) => (i === root ? 'the resolution' : `“${model.titles[i]}”`);

	// The selection's partners in a linked group on its relation up the chain: drawn under it.
	const up = spine.length > 1 ? spine[spine.length - 2] : undefined;
	const group = up === undefined ? undefined : model.groupOf.get(`${sel}>${up}`);
	const partners = group
		? group.members.filter((m) => m !== sel && !inChain.has(m) && shown(m))
		: [];
	for (const m of partners) inChain.add(m);
	// The undercuts of the chain's relations whose undercutting claim the trail draws.
	const undercutAt = spine.map((m, k) =>
		k === 0
			? []
			: model.undercutsOf[m].filter((u) => u.edge.to === parentOf(k) && inChain.has(u.by))
	);

	// The chain, down one column.
	const gap = compact ? SPINE_GAP.compact : SPINE_GAP.full;
	let top = 0;
	spine.forEach((i, k) => {
		const last = i === sel;
		if (k > 0) top += gap + (undercutAt[k].length ? UNDERCUT_ROOM : 0);
		// Above the selection, a member of a linked group names its partners at its foot.
		const g = k > 0 && !last ? model.groupOf.get(`${i}>${parentOf(k)}`) : undefined;
		const others = g ? g.members.filter((m) => m !== i) : [];
		const footer = others.length
			? compact
				? short(`+ ${model.titles[others[0]]}`, M.thesisWidth)
				: `+ only together with ${joinNames(others.map(q))}`
			: undefined;
		const n = card(
			i,
			i === root ? 0 : side,
			last ? { wide: true } : { maxLines: compact ? 2 : 3, noStrip: true, wide: true, footer }
		);
		put(n, 0, top);
		top += n.h;
		if (footer)
			handles.push({
				id: `with:${n.id}`,
				of: i,
				x: n.x,
				y: n.y + n.h / 2 - n.strip / 2,
				w: n.w,
				h: n.strip,
				action: 'goto',
				target: others[0],
				label: footer,
				compact: footer,
				describe: `${model.titles[i]} ${g!.relation} ${q(parentOf(k))} only together with ${joinNames(others.map(q))}: select ${q(others[0])}`
			});
	});
	const selected = at.get(sel)!;
	const rowGap = compact ? M.compactRowGap : M.rowGap;
	for (const m of partners) {
		top += rowGap;
		const n = put(card(m, side, { wide: true }), 0, top);
		top += n.h;
		if (n.strip) {
			const all = d.replies.get(m);
			handles.push(strip(n, handleText(all, 0, all)));
		}
	}

	// The replies, beside the selection: level with it, or as much higher as they need to
	// end with the chain (they fill the room beside the cards above it), never above the top.
	const x = side * (M.thesisWidth / 2 + M.columnGap + M.cardWidth / 2);
	const column: Array<LaidNode | LaidHandle> = [];
	let cursor = 0;
	const inTrail = inChain;
	/** A note under a reply, one click from the claim it names. */
	const note = (n: LaidNode, id: string, label: string, target: number, describe: string) => {
		const font = compact ? M.compactFont : M.font;
		const lines = wrap(label, n.w - 2 * M.padX, font, measure).length;
		const h = Math.ceil(lines * (compact ? M.compactFont * 1.1 : lineHeight) + 2 * M.stripPad);
		column.push({
			id,
			of: n.i,
			x,
			y: cursor + 2 + h / 2,
			w: n.w,
			h,
			action: 'goto',
			target,
			label,
			compact: label,
			describe
		});
		cursor += h + 2;
	};
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
			const label = compact ? short(`↗ ${title}`, n.w) : `↗ also ${VERB[e.relation]} “${title}”`;
			note(
				n,
				`also:${model.ids[r]}>${e.relation}>${model.ids[e.to]}`,
				label,
				e.to,
				`${model.titles[r]} also ${VERB[e.relation]} “${title}”: select it`
			);
		}
		// An undercut of a relation the trail does not draw, in words.
		for (const u of model.undercutsBy[r]) {
			if (inTrail.has(u.edge.from) && inTrail.has(u.edge.to)) continue;
			const to = u.edge.to;
			const label = compact
				? short(`↗ ${model.titles[to]}`, n.w)
				: `↗ says ${u.edge.from === sel ? 'this' : q(u.edge.from)} ${undercutVerb(u.edge.relation)} ${q(to)}`;
			note(
				n,
				`says:${model.ids[r]}>${model.ids[u.edge.from]}>${u.edge.relation}>${model.ids[to]}`,
				label,
				to,
				`${model.titles[r]} says ${q(u.edge.from)} ${undercutVerb(u.edge.relation)} ${q(to)}: select ${q(to)}`
			);
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
	const marks: LaidMark[] = [];
	/** Where a relation is drawn (by "from>to"), for what replaces or joins it. */
	const edgeOf = (from: number, to: number) =>
		edges.findIndex(
			(e) =>
				e.from === model.ids[from] &&
				e.to === model.ids[to] &&
				(e.kind === 'tree' || e.kind === 'cross')
		);
	const mine = { groups: new Set<object>(), undercuts: new Set<object>() };

	// The selection's linked group: a bar beside it and its partners, away from the replies;
	// a short stroke from each into the bar; one arrow from the bar's top up the chain.
	let jointX: number | undefined;
	if (group && up !== undefined && partners.length) {
		mine.groups.add(group);
		const drawn = group.members.filter((m) => m === sel || partners.includes(m));
		const last = at.get(partners[partners.length - 1])!;
		const dir = -side;
		const barX = selected.x + dir * (selected.w / 2 + BAR_GAP + BAR_WIDTH / 2);
		jointX = barX;
		const barTop = selected.y - selected.h / 2;
		const barBottom = last.y + last.h / 2;
		const id = `joint:${group.relation}>${model.ids[up]}>${drawn.map((m) => model.ids[m]).join('+')}`;
		marks.push({
			id,
			kind: 'joint',
			of: model.ids[sel],
			relation: group.relation,
			x: barX,
			y: (barTop + barBottom) / 2,
			w: BAR_WIDTH,
			h: barBottom - barTop
		});
		for (const m of drawn) {
			const n = at.get(m)!;
			const port = `${id}@${n.id}`;
			marks.push({
				id: port,
				kind: 'joint-port',
				of: n.id,
				relation: group.relation,
				x: barX,
				y: n.y,
				w: 1,
				h: 1
			});
			const into = {
				id: `${n.id}>${group.relation}>${model.ids[up]}`,
				from: n.id,
				to: port,
				relation: group.relation,
				kind: 'tree' as const,
				column: side,
				toThesis: false,
				vertical: false,
				extra: ['joint-in'],
				label: ''
			};
			const k = edgeOf(m, up);
			if (k >= 0) edges[k] = { ...edges[k], ...into };
			else edges.push(into);
		}
		const out = `${id}^`;
		marks.push({
			id: out,
			kind: 'joint-port',
			of: model.ids[sel],
			relation: group.relation,
			x: barX,
			y: barTop,
			w: 1,
			h: 1
		});
		edges.push({
			id: `${id}>${group.relation}`,
			from: out,
			to: model.ids[up],
			relation: group.relation,
			kind: 'tree',
			column: side,
			toThesis: up === root,
			vertical: true,
			extra: ['joint'],
			label: `${group.relation} together`
		});
	}

	// Undercuts of the chain's relations: a mark on the relation's line just above the card
	// it leaves, and the undercutting claim's line out to the side, up and across onto it.
	spine.forEach((m, k) => {
		if (!undercutAt[k].length) return;
		const from = at.get(m)!;
		const rel = undercutAt[k][0].edge.relation;
		const mark: LaidMark = {
			id: `undercut:${from.id}>${rel}>${model.ids[parentOf(k)]}`,
			kind: 'undercut',
			of: from.id,
			relation: rel,
			x: m === sel && jointX !== undefined ? jointX : from.x,
			y: from.y - from.h / 2 - MARK_RISE,
			w: MARK,
			h: MARK
		};
		marks.push(mark);
		for (const u of undercutAt[k]) {
			mine.undercuts.add(u);
			const by = at.get(u.by)!;
			// A reply comes round on its own side; a claim of the chain on the other.
			const out = by.x === from.x ? -side : side;
			const arc = {
				to: mark.id,
				toThesis: false,
				vertical: false,
				extra: ['undercut'],
				label: 'undercuts',
				route: across(by, from.x + out * (from.w / 2 + 14), mark)
			};
			const j = edgeOf(u.by, m);
			if (j >= 0) edges[j] = { ...edges[j], ...arc };
			else
				edges.push({
					id: `${by.id}>undercuts>${from.id}>${rel}>${model.ids[parentOf(k)]}`,
					from: by.id,
					relation: 'attacks',
					kind: 'cross',
					column: by.column,
					...arc
				});
		}
	});

	// The rest (a linked group among the replies) as on the columns.
	const rest = drawStructure(
		{
			...model,
			groups: model.groups.filter((g) => !mine.groups.has(g)),
			undercuts: model.undercuts.filter((u) => !mine.undercuts.has(u))
		},
		{ nodes, handles, edges, bounds: boundsOf([...nodes, ...handles]), at }
	);
	return {
		...rest,
		marks: [...marks, ...(rest.marks ?? [])],
		bounds: boundsOf([...nodes, ...handles, ...marks]),
		spine,
		replies,
		partners
	};
}
