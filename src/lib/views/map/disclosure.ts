/**
 * Progressive disclosure: which claims the map, the outline and the column view show.
 * One truth for all three, and the scaling strategy too: whatever the debate's size,
 * only the expanded part is drawn.
 *
 * - Filters pick the claims that match; each match hangs under its nearest matching
 *   outline ancestor (the "filtered tree"), so hiding a parent never hides its replies.
 * - Expansion decides how deep the tree opens: every claim above `depth` is open unless
 *   the reader closed it, and any claim the reader opened is open. A collapsed claim
 *   with hidden replies shows a handle that counts them.
 * - While filters are on, the filtered tree opens fully: a filter is a question ("what
 *   does Self say?") and its answer should show, not hide behind handles.
 * - Focus shows only the claims within N relations of the selection, without passing
 *   through the resolution (every claim is two steps from every line through it).
 * - Never more than `cap` claims are shown; past it, branches stay collapsed behind
 *   their handles, breadth first, so the top of the tree is always complete.
 */
import type { MapModel } from './payload';

export interface Expansion {
	/** Claims up to this many steps below the resolution are open; 1 opens only the resolution. */
	depth: number;
	/** Opened by the reader, whatever their depth. */
	open: ReadonlySet<string>;
	/** Closed by the reader, though within `depth`. */
	closed: ReadonlySet<string>;
}

export const DEFAULT_EXPANSION: Expansion = { depth: 1, open: new Set(), closed: new Set() };
/** The most claims ever drawn at once. */
export const MAX_VISIBLE = 400;

/**
 * A claim's replies behind its handle, counted by what they do to it (the words the column
 * view and the panel use): supports, attacks, and claims shown under a farther ancestor by
 * a filter ("other"). `elsewhere` counts replies that sit under another claim they answer
 * too, so every relation into the claim is counted somewhere; `elsewhereAttacks` says how
 * many of those attack it, so a card never looks unattacked when it is not.
 */
export interface HiddenReplies {
	total: number;
	supports: number;
	attacks: number;
	other: number;
	elsewhere: number;
	elsewhereAttacks: number;
}

export interface Disclosure {
	/** Visible claims in outline preorder: the order of layout and of the outline. */
	order: number[];
	visible: Uint8Array;
	/** Parent in the visible tree; -1 for the resolution. */
	up: Int32Array;
	/** True where the visible parent is not the claim's own outline parent (filters, focus). */
	indirect: Uint8Array;
	/** Visible children of each visible claim, in reading order. */
	kids: Map<number, number[]>;
	/** Claims open in this view (their replies, if any, are shown). */
	expanded: Set<number>;
	/** Collapsed claims with replies to show: the handles. */
	hidden: Map<number, HiddenReplies>;
	/** Every shown claim's replies in this view, shown or not, by side. */
	replies: Map<number, HiddenReplies>;
	/** True when the cap stopped the tree from opening as far as asked. */
	capped: boolean;
}

export interface DisclosureInput {
	model: MapModel;
	/** Per claim: passes the filters (null: no filters). The resolution always passes. */
	passes: Uint8Array | null;
	expansion: Expansion;
	/** Focus mode: claims within `steps` relations of `center`. */
	focus?: { center: number; steps: number } | null;
	/** Always shown, with its chain to the resolution (the selection). */
	pinned?: number | null;
	cap?: number;
}

/** The filtered tree: each matching claim under its nearest matching outline ancestor. */
export function filteredTree(
	model: MapModel,
	passes: Uint8Array | null
): { parent: Int32Array; kids: number[][] } {
	if (!passes) return { parent: model.parent, kids: model.children };
	const parent = new Int32Array(model.n).fill(-1);
	const kids: number[][] = Array.from({ length: model.n }, () => []);
	// Nearest passing claim at or above each claim, in one preorder pass.
	const nearest = new Int32Array(model.n).fill(-1);
	for (let i = 0; i < model.n; i++) {
		const p = model.parent[i];
		const above = p >= 0 ? nearest[p] : -1;
		if (passes[i] || p < 0) {
			nearest[i] = i;
			if (p >= 0 && above >= 0) {
				parent[i] = above;
				kids[above].push(i);
			}
		} else nearest[i] = above;
	}
	return { parent, kids };
}

export function isExpanded(
	model: MapModel,
	expansion: Expansion,
	i: number,
	treeDepth: number,
	filtering: boolean
): boolean {
	const id = model.ids[i];
	if (expansion.open.has(id)) return true;
	if (expansion.closed.has(id)) return false;
	return filtering || treeDepth < expansion.depth;
}

export function disclose(input: DisclosureInput): Disclosure {
	const { model, passes, expansion } = input;
	const cap = input.cap ?? MAX_VISIBLE;
	const filtering = passes !== null;
	const tree = filteredTree(model, passes);
	const root = rootOf(model);
	const visible = new Uint8Array(model.n);
	const expanded = new Set<number>();
	let capped = false;

	if (input.focus) {
		for (const i of neighbourhood(model, input.focus.center, input.focus.steps, root))
			if (!passes || passes[i]) visible[i] = 1;
		visible[input.focus.center] = 1;
	} else {
		// Breadth first, so the cap always leaves the upper levels whole.
		let level = [root];
		let count = 1;
		visible[root] = 1;
		for (let d = 0; level.length; d++) {
			const next: number[] = [];
			for (const i of level) {
				const kids = tree.kids[i];
				if (!kids.length || !isExpanded(model, expansion, i, d, filtering)) continue;
				if (count + kids.length > cap) {
					capped = true;
					continue;
				}
				expanded.add(i);
				for (const k of kids) {
					visible[k] = 1;
					next.push(k);
				}
				count += kids.length;
			}
			level = next;
		}
	}
	visible[root] = 1;
	// The selection is always shown, with every claim above it in the filtered tree.
	const pin = input.pinned ?? (input.focus ? input.focus.center : null);
	if (pin !== null && pin !== undefined && pin >= 0) {
		for (let at = pin; at >= 0; at = tree.parent[at] >= 0 ? tree.parent[at] : model.parent[at])
			visible[at] = 1;
	}

	// The visible tree: each visible claim under its nearest visible filtered-tree ancestor.
	const up = new Int32Array(model.n).fill(-1);
	const indirect = new Uint8Array(model.n);
	const kids = new Map<number, number[]>();
	const order: number[] = [];
	for (let i = 0; i < model.n; i++) {
		if (!visible[i]) continue;
		order.push(i);
		if (i === root) continue;
		let p = tree.parent[i] >= 0 ? tree.parent[i] : model.parent[i];
		while (p >= 0 && !visible[p]) p = tree.parent[p] >= 0 ? tree.parent[p] : model.parent[p];
		if (p < 0) p = root;
		up[i] = p;
		if (p !== model.parent[i]) indirect[i] = 1;
		(kids.get(p) ?? kids.set(p, []).get(p)!).push(i);
	}
	// Preorder of the visible tree (ids are in outline preorder, but hanging a claim under
	// a farther ancestor can move it): walk it to get the order the views read.
	const walked: number[] = [];
	const stack = [root];
	while (stack.length) {
		const i = stack.pop()!;
		walked.push(i);
		const list = kids.get(i) ?? [];
		for (let k = list.length - 1; k >= 0; k--) stack.push(list[k]);
	}

	// A handle wherever replies are hidden: on a collapsed claim ("14 replies"), and on
	// a claim opened only as far as the selection's chain ("13 more").
	const hidden = new Map<number, HiddenReplies>();
	const replies = new Map<number, HiddenReplies>();
	const empty = (): HiddenReplies => ({
		total: 0,
		supports: 0,
		attacks: 0,
		other: 0,
		elsewhere: 0,
		elsewhereAttacks: 0
	});
	const count = (h: HiddenReplies, i: number, k: number) => {
		h.total++;
		if (model.parent[k] !== i) h.other++;
		else if (model.parentRelation[k] === 'attacks') h.attacks++;
		else h.supports++;
	};
	for (const i of walked) {
		if (kids.has(i)) expanded.add(i);
		const h = empty();
		const all = empty();
		for (const k of tree.kids[i]) {
			count(all, i, k);
			if (!visible[k]) count(h, i, k);
		}
		// Replies placed under another claim they also answer.
		for (const e of model.incoming[i]) {
			if (model.parent[e.from] === i || (passes && !passes[e.from])) continue;
			all.elsewhere++;
			if (e.relation === 'attacks') all.elsewhereAttacks++;
		}
		if (h.total)
			hidden.set(i, { ...h, elsewhere: all.elsewhere, elsewhereAttacks: all.elsewhereAttacks });

		if (all.total) replies.set(i, all);
	}
	return { order: walked, visible, up, indirect, kids, expanded, hidden, replies, capped };
}

/** The payload lists the resolution first. */
export function rootOf(model: MapModel): number {
	return model.n > 0 ? 0 : -1;
}

/**
 * Claims within `steps` relations of `center`, either direction, never passing through
 * the resolution: reaching it ends a path.
 */
export function neighbourhood(model: MapModel, center: number, steps: number, root: number) {
	const dist = new Map<number, number>([[center, 0]]);
	const queue = [center];
	for (let q = 0; q < queue.length; q++) {
		const at = queue[q];
		const d = dist.get(at)!;
		if (d >= steps || (at === root && at !== center)) continue;
		for (const e of model.outgoing[at].concat(model.incoming[at])) {
			const other = e.from === at ? e.to : e.from;
			if (!dist.has(other)) {
				dist.set(other, d + 1);
				queue.push(other);
			}
		}
	}
	return dist.keys();
}

/** The claims above `i` in the filtered tree, nearest first. */
function ancestorsOf(tree: { parent: Int32Array }, model: MapModel, i: number): number[] {
	const out: number[] = [];
	for (
		let at = tree.parent[i] >= 0 ? tree.parent[i] : model.parent[i];
		at >= 0;
		at = tree.parent[at] >= 0 ? tree.parent[at] : model.parent[at]
	)
		out.push(at);
	return out;
}

/** Open whatever is needed for `id` to be shown: every claim above it. */
export function expandTo(
	model: MapModel,
	passes: Uint8Array | null,
	expansion: Expansion,
	id: string
): Expansion {
	const i = model.index.get(id);
	if (i === undefined) return expansion;
	const tree = filteredTree(model, passes);
	const chain = ancestorsOf(tree, model, i).reverse(); // root first
	const open = new Set(expansion.open);
	const closed = new Set(expansion.closed);
	let changed = false;
	chain.forEach((a, d) => {
		if (isExpanded(model, { ...expansion, open, closed }, a, d, passes !== null)) return;
		changed = true;
		const aid = model.ids[a];
		if (closed.has(aid)) closed.delete(aid);
		if (!isExpanded(model, { ...expansion, open, closed }, a, d, passes !== null)) open.add(aid);
	});
	return changed ? { depth: expansion.depth, open, closed } : expansion;
}

/** Open a collapsed claim, or close an open one. */
export function toggleExpansion(
	expansion: Expansion,
	id: string,
	currentlyOpen: boolean,
	openByDepth: boolean
): Expansion {
	const open = new Set(expansion.open);
	const closed = new Set(expansion.closed);
	if (currentlyOpen) {
		open.delete(id);
		if (openByDepth) closed.add(id);
	} else {
		closed.delete(id);
		if (!openByDepth) open.add(id);
	}
	return { depth: expansion.depth, open, closed };
}

/** "Expand all to depth N": a clean slate at that depth. */
export function expandToDepth(depth: number): Expansion {
	return { depth: Math.max(0, depth), open: new Set(), closed: new Set() };
}

/** How many steps below the resolution a shown claim sits in the visible tree. */
export function depthIn(d: Disclosure, i: number): number {
	let n = 0;
	for (let at = d.up[i]; at >= 0; at = d.up[at]) n++;
	return n;
}

/** Whether a shown claim's replies are shown (it has some and they are not folded away). */
export function repliesShown(d: Disclosure, i: number): boolean {
	return d.kids.has(i) && !d.hidden.has(i);
}

/**
 * Open a shown claim's replies, or fold them, as the reader asks: the expansion records
 * only where the reader's wish differs from what the depth alone would do.
 */
export function setOpen(
	model: MapModel,
	expansion: Expansion,
	d: Disclosure,
	passes: Uint8Array | null,
	i: number,
	open: boolean
): Expansion {
	const byDepth = isExpanded(
		model,
		{ ...expansion, open: new Set(), closed: new Set() },
		i,
		depthIn(d, i),
		passes !== null
	);
	return toggleExpansion(expansion, model.ids[i], !open, byDepth);
}
