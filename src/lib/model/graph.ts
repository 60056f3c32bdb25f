/**
 * Derived structure of a debate: relations as an indexed graph, each claim's side,
 * its distance from the thesis, and the reply tree used by the outline.
 * Pure and renderer-free; built once per debate and shared by every view.
 */
import { RELATIONS, type Relation } from '$lib/vocabulary';
import { sideThrough, type ClaimSide } from './sides';
import { replyOrder } from './order';

export type { ClaimSide } from './sides';
import type { Debate } from './types';

export interface Edge {
	/** Stable id, e.g. "a>supports>b". */
	id: string;
	/** The replying claim. */
	from: string;
	/** The claim it replies to. */
	to: string;
	relation: Relation;
	/**
	 * Only on the outline edge of an undercutting claim (`parentEdge`, `chainToThesis`): the
	 * relation it undercuts. Such an edge reads as an attack on that relation's `from` claim
	 * (which is how it takes a side); it is never in `edges`, `outgoing` or `incoming`.
	 */
	undercut?: Edge;
}

/** A claim saying that one relation shows nothing: "X says this evidence does not show Y". */
export interface Undercut {
	/** Stable id, e.g. "u>undercuts>a>supports>b". */
	id: string;
	/** The undercutting claim. */
	from: string;
	/** The relation it undercuts (one of `edges`). */
	edge: Edge;
}

/**
 * Linked premises: claims that support (or attack) one claim only together. Each member's
 * relation is an ordinary edge in `edges`; the group says they count as one.
 */
export interface LinkedGroup {
	/** Stable id: "<relation>>to>member+member…", members sorted. */
	id: string;
	to: string;
	relation: Relation;
	/** The member claims, in reading order. */
	members: string[];
	/** Their edges to `to`, in the same order. */
	edges: Edge[];
}

export interface DebateGraph {
	ids: string[];
	edges: Edge[];
	/** Relations this claim makes (it supports/attacks these). */
	outgoing: Map<string, Edge[]>;
	/** Replies to this claim, in reading order (see order.ts). */
	incoming: Map<string, Edge[]>;
	/** Steps from the claim to the thesis along relations; Infinity when unreachable. */
	depth: Map<string, number>;
	side: Map<string, ClaimSide>;
	/** The relation that puts the claim in the outline: its first relation toward the thesis. */
	parentEdge: Map<string, Edge>;
	/** Outline children of each claim, in reading order (see order.ts); undercutters sit under the claim whose relation they undercut. */
	children: Map<string, string[]>;
	/** Every undercut, in claim order. */
	undercuts: Undercut[];
	/** Undercuts of each relation, by edge id. */
	undercutsOf: Map<string, Undercut[]>;
	/** The undercuts each claim makes, by claim id. */
	undercutsBy: Map<string, Undercut[]>;
	/** Linked premises: groups of two or more edges to one claim that count only together. */
	groups: LinkedGroup[];
	/** The group an edge belongs to, by edge id. */
	groupOf: Map<string, LinkedGroup>;
}

const replyOf = (e: Edge) => ({ id: e.from, relation: e.relation });

export function edgeId(from: string, relation: Relation, to: string): string {
	return `${from}>${relation}>${to}`;
}

/** The relations of a debate as edges, with its undercuts and linked groups: no depth, sides or order. */
export type DebateStructure = Pick<
	DebateGraph,
	| 'ids'
	| 'edges'
	| 'outgoing'
	| 'incoming'
	| 'undercuts'
	| 'undercutsOf'
	| 'undercutsBy'
	| 'groups'
	| 'groupOf'
>;

/**
 * Just the relations, undercuts and linked groups, in linear time: what the exports need
 * (buildGraph adds depth, sides, the outline and the reading order on top of it).
 */
export function debateStructure(debate: Debate): DebateStructure {
	const ids = Object.keys(debate.claims).sort();
	const edges: Edge[] = [];
	const outgoing = new Map<string, Edge[]>();
	const incoming = new Map<string, Edge[]>();
	for (const id of ids) {
		outgoing.set(id, []);
		incoming.set(id, []);
	}
	for (const id of ids) {
		const claim = debate.claims[id];
		for (const relation of RELATIONS) {
			for (const to of claim[relation] ?? []) {
				if (!incoming.has(to)) continue; // the validator reports dangling references
				const edge: Edge = { id: edgeId(id, relation, to), from: id, to, relation };
				edges.push(edge);
				outgoing.get(id)!.push(edge);
				incoming.get(to)!.push(edge);
			}
		}
	}
	const { undercuts, undercutsOf, undercutsBy } = undercutsIn(debate, ids, outgoing);
	const { groups, groupOf } = linkedGroups(debate, ids, outgoing);
	return { ids, edges, outgoing, incoming, undercuts, undercutsOf, undercutsBy, groups, groupOf };
}

export function buildGraph(debate: Debate): DebateGraph {
	const { ids, edges, outgoing, incoming, undercuts, undercutsOf, undercutsBy, groups, groupOf } =
		debateStructure(debate);

	// Breadth-first from the thesis over replies: depth, then side and outline parent,
	// using only relations that point one step closer to the thesis so that attack
	// cycles cannot make a claim's side depend on itself. An undercutter replies to the
	// claim whose relation it undercuts, one step further out.
	const depth = new Map<string, number>(ids.map((id) => [id, Infinity]));
	const order: string[] = [];
	const undercutParent = new Map<string, Edge>();
	if (incoming.has(debate.thesis)) {
		depth.set(debate.thesis, 0);
		order.push(debate.thesis);
		for (let i = 0; i < order.length; i++) {
			const at = order[i];
			const d = depth.get(at)!;
			for (const e of incoming.get(at)!) {
				if (depth.get(e.from) === Infinity) {
					depth.set(e.from, d + 1);
					order.push(e.from);
				}
			}
			for (const e of outgoing.get(at)!)
				for (const u of undercutsOf.get(e.id) ?? [])
					if (depth.get(u.from) === Infinity) {
						depth.set(u.from, d + 1);
						order.push(u.from);
						undercutParent.set(u.from, outlineEdge(u));
					}
		}
	}

	const side = new Map<string, ClaimSide>();
	const parentEdge = new Map<string, Edge>();
	const children = new Map<string, string[]>(ids.map((id) => [id, []]));
	for (const id of order) {
		if (id === debate.thesis) {
			side.set(id, 'thesis');
			continue;
		}
		const d = depth.get(id)!;
		const upward: Edge[] = outgoing.get(id)!.filter((e) => depth.get(e.to) === d - 1);
		for (const u of undercutsBy.get(id) ?? [])
			if (depth.get(u.edge.from) === d - 1) upward.push(outlineEdge(u));
		const parent = upward.find((e) => e.id === undercutParent.get(id)?.id) ?? upward[0];
		parentEdge.set(id, parent);
		children.get(parent.to)!.push(id);
		const sides = new Set(upward.map((e) => sideThrough(e.relation, side.get(e.to)!)));
		side.set(id, sides.size === 1 ? [...sides][0] : 'mixed');
	}
	for (const id of ids) if (!side.has(id)) side.set(id, 'mixed');

	// One reading order for every view: supports before attacks, then by source position.
	const byReading = replyOrder(debate);
	for (const list of incoming.values()) list.sort((a, b) => byReading(replyOf(a), replyOf(b)));
	for (const [id, kids] of children) {
		if (kids.length < 2) continue;
		const rel = (k: string) => ({ id: k, relation: parentEdge.get(k)!.relation });
		children.set(
			id,
			together(
				kids.sort((a, b) => byReading(rel(a), rel(b))),
				id,
				groupOf,
				edgeId
			)
		);
	}

	for (const g of groups) {
		const rank = new Map(incoming.get(g.to)!.map((e, i) => [e.id, i]));
		g.edges.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
		g.members = g.edges.map((e) => e.from);
	}

	return {
		ids,
		edges,
		outgoing,
		incoming,
		depth,
		side,
		parentEdge,
		children,
		undercuts,
		undercutsOf,
		undercutsBy,
		groups,
		groupOf
	};
}

/**
 * Reading order with the members of a linked group next to each other: each at the place of
 * its group's first member, so the group reads (and is drawn) as one reply.
 */
function together(
	kids: string[],
	parent: string,
	groupOf: Map<string, LinkedGroup>,
	edge: (from: string, relation: Relation, to: string) => string
): string[] {
	const groupFor = (k: string) =>
		groupOf.get(edge(k, 'supports', parent)) ?? groupOf.get(edge(k, 'attacks', parent));
	if (!kids.some(groupFor)) return kids;
	const out: string[] = [];
	const placed = new Set<string>();
	for (const k of kids) {
		if (placed.has(k)) continue;
		const g = groupFor(k);
		const run = g ? kids.filter((x) => g.members.includes(x)) : [k];
		for (const x of run)
			if (!placed.has(x)) {
				placed.add(x);
				out.push(x);
			}
	}
	return out;
}

/** An undercutter's place in the outline: it answers the claim whose relation it undercuts, as an attack on that link. */
function outlineEdge(u: Undercut): Edge {
	return { id: u.id, from: u.from, to: u.edge.from, relation: 'attacks', undercut: u.edge };
}

export function undercutId(from: string, edge: Edge): string {
	return `${from}>undercuts>${edge.id}`;
}

/** Each claim's `undercuts:` resolved to edges; one naming no relation in the map is left out (the validator reports it). */
function undercutsIn(debate: Debate, ids: string[], outgoing: Map<string, Edge[]>) {
	const undercuts: Undercut[] = [];
	const undercutsOf = new Map<string, Undercut[]>();
	const undercutsBy = new Map<string, Undercut[]>();
	const live = (id: string) => debate.moved[id] ?? id;
	for (const id of ids) {
		for (const ref of debate.claims[id].undercuts ?? []) {
			const relation: Relation = ref.supports !== undefined ? 'supports' : 'attacks';
			const to = ref[relation];
			if (to === undefined) continue;
			const edge = outgoing
				.get(live(ref.from))
				?.find((e) => e.relation === relation && e.to === live(to));
			if (!edge || edge.from === id) continue;
			const u: Undercut = { id: undercutId(id, edge), from: id, edge };
			if (undercutsOf.get(edge.id)?.some((x) => x.from === id)) continue;
			undercuts.push(u);
			(undercutsOf.get(edge.id) ?? undercutsOf.set(edge.id, []).get(edge.id)!).push(u);
			(undercutsBy.get(id) ?? undercutsBy.set(id, []).get(id)!).push(u);
		}
	}
	return { undercuts, undercutsOf, undercutsBy };
}

/**
 * Linked groups from `with:`: a claim with `with:` makes one relation, and each claim it names
 * makes the same relation to the same target; those edges are joined (transitively, so a group
 * may be declared on one member or on all). Edges that name no such partner stay alone.
 */
function linkedGroups(debate: Debate, ids: string[], outgoing: Map<string, Edge[]>) {
	const parent = new Map<string, string>();
	const edgeById = new Map<string, Edge>();
	const find = (x: string): string => {
		let r = x;
		while (parent.get(r) !== r) r = parent.get(r)!;
		for (let y = x; parent.get(y) !== r;) {
			const next = parent.get(y)!;
			parent.set(y, r);
			y = next;
		}
		return r;
	};
	const live = (id: string) => debate.moved[id] ?? id;
	for (const id of ids) {
		const partners = debate.claims[id].with;
		const own = outgoing.get(id)!;
		if (!partners?.length || own.length !== 1) continue;
		const e = own[0];
		for (const w of partners) {
			const other = outgoing
				.get(live(w))
				?.find((x) => x.relation === e.relation && x.to === e.to && x.from !== id);
			if (!other) continue;
			for (const x of [e, other])
				if (!parent.has(x.id)) {
					parent.set(x.id, x.id);
					edgeById.set(x.id, x);
				}
			parent.set(find(e.id), find(other.id));
		}
	}
	const byRoot = new Map<string, Edge[]>();
	for (const id of parent.keys()) {
		const r = find(id);
		(byRoot.get(r) ?? byRoot.set(r, []).get(r)!).push(edgeById.get(id)!);
	}
	const groups: LinkedGroup[] = [];
	const groupOf = new Map<string, LinkedGroup>();
	for (const list of byRoot.values()) {
		const members = list.map((e) => e.from).sort();
		const g: LinkedGroup = {
			id: `${list[0].relation}>${list[0].to}>${members.join('+')}`,
			to: list[0].to,
			relation: list[0].relation,
			members,
			edges: list
		};
		groups.push(g);
		for (const e of list) groupOf.set(e.id, g);
	}
	groups.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return { groups, groupOf };
}

export interface ChainStep {
	from: string;
	to: string;
	relation: Relation;
	/** Set when `from` undercuts a relation of `to` (then `relation` is 'attacks'): that relation. */
	undercut?: Edge;
}

/** The shortest chain of relations from a claim up to the thesis. */
export function chainToThesis(graph: DebateGraph, id: string): ChainStep[] {
	const steps: ChainStep[] = [];
	let at = id;
	for (let e = graph.parentEdge.get(at); e; e = graph.parentEdge.get(at)) {
		steps.push(
			e.undercut
				? { from: e.from, to: e.to, relation: e.relation, undercut: e.undercut }
				: { from: e.from, to: e.to, relation: e.relation }
		);
		at = e.to;
	}
	return steps;
}

/** Every claim on some shortest path up to the thesis, and the edges between them. */
export function ancestors(
	graph: DebateGraph,
	id: string
): { claims: Set<string>; edges: Set<string> } {
	const claims = new Set<string>([id]);
	const edges = new Set<string>();
	const queue = [id];
	for (let i = 0; i < queue.length; i++) {
		const at = queue[i];
		const d = graph.depth.get(at)!;
		const up = [
			...graph.outgoing.get(at)!,
			...(graph.undercutsBy.get(at) ?? []).map((u) => ({ id: u.id, to: u.edge.from }))
		];
		for (const e of up) {
			if (graph.depth.get(e.to) !== d - 1) continue;
			edges.add(e.id);
			if (!claims.has(e.to)) {
				claims.add(e.to);
				queue.push(e.to);
			}
		}
	}
	return { claims, edges };
}

/** Every reply beneath a claim, transitively (replies to replies…), and their edges. */
export function replies(
	graph: DebateGraph,
	id: string
): { claims: Set<string>; edges: Set<string> } {
	const claims = new Set<string>([id]);
	const edges = new Set<string>();
	const queue = [id];
	for (let i = 0; i < queue.length; i++) {
		const down = [
			...graph.incoming.get(queue[i])!,
			...graph.outgoing.get(queue[i])!.flatMap((e) => graph.undercutsOf.get(e.id) ?? [])
		];
		for (const e of down) {
			edges.add(e.id);
			if (!claims.has(e.from)) {
				claims.add(e.from);
				queue.push(e.from);
			}
		}
	}
	return { claims, edges };
}

/** Claims within `steps` relations of a claim, in either direction. */
export function neighbourhood(graph: DebateGraph, id: string, steps: number): Set<string> {
	const dist = new Map<string, number>([[id, 0]]);
	const queue = [id];
	for (let i = 0; i < queue.length; i++) {
		const at = queue[i];
		const d = dist.get(at)!;
		if (d >= steps) continue;
		const links = [
			...graph.outgoing.get(at)!,
			...graph.incoming.get(at)!,
			...(graph.undercutsBy.get(at) ?? []).map((u) => ({ from: at, to: u.edge.from })),
			...graph.outgoing
				.get(at)!
				.flatMap((e) => (graph.undercutsOf.get(e.id) ?? []).map((u) => ({ from: u.from, to: at })))
		];
		for (const e of links) {
			const other = e.from === at ? e.to : e.from;
			if (!dist.has(other)) {
				dist.set(other, d + 1);
				queue.push(other);
			}
		}
	}
	return new Set(dist.keys());
}

/** Everything one claim's page or panel shows about its place in the graph. */
export interface ClaimContext {
	id: string;
	side: ClaimSide;
	chain: ChainStep[];
	/** Relations this claim makes. */
	outgoing: Edge[];
	/** Replies to this claim. */
	incoming: Edge[];
	/** Relations this claim undercuts. */
	undercuts: Undercut[];
	/** Undercuts of this claim's own relations ("… says this does not show …"). */
	undercutBy: Undercut[];
	/** The linked groups this claim's relations belong to, and those among its replies. */
	groups: LinkedGroup[];
	/** Side of every claim named above, for badges. */
	sides: Record<string, ClaimSide>;
}

export function claimContext(graph: DebateGraph, id: string): ClaimContext {
	const chain = chainToThesis(graph, id);
	const outgoing = graph.outgoing.get(id) ?? [];
	const incoming = graph.incoming.get(id) ?? [];
	const undercuts = graph.undercutsBy.get(id) ?? [];
	const undercutBy = outgoing.flatMap((e) => graph.undercutsOf.get(e.id) ?? []);
	const groups = [
		...new Set([...outgoing, ...incoming].flatMap((e) => graph.groupOf.get(e.id) ?? []))
	];
	const sides: Record<string, ClaimSide> = {};
	for (const c of [
		id,
		...chain.map((s) => s.to),
		...outgoing.map((e) => e.to),
		...incoming.map((e) => e.from),
		...undercuts.flatMap((u) => [u.edge.from, u.edge.to]),
		...undercutBy.map((u) => u.from),
		...groups.flatMap((g) => g.members)
	]) {
		sides[c] = graph.side.get(c) ?? 'mixed';
	}
	return { id, side: sides[id], chain, outgoing, incoming, undercuts, undercutBy, groups, sides };
}
