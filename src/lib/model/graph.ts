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
	/** Outline children of each claim, in reading order (see order.ts). */
	children: Map<string, string[]>;
}

const replyOf = (e: Edge) => ({ id: e.from, relation: e.relation });

export function edgeId(from: string, relation: Relation, to: string): string {
	return `${from}>${relation}>${to}`;
}

export function buildGraph(debate: Debate): DebateGraph {
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

	// Breadth-first from the thesis over replies: depth, then side and outline parent,
	// using only relations that point one step closer to the thesis so that attack
	// cycles cannot make a claim's side depend on itself.
	const depth = new Map<string, number>(ids.map((id) => [id, Infinity]));
	const order: string[] = [];
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
		const upward = outgoing.get(id)!.filter((e) => depth.get(e.to) === d - 1);
		parentEdge.set(id, upward[0]);
		children.get(upward[0].to)!.push(id);
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
			kids.sort((a, b) => byReading(rel(a), rel(b)))
		);
	}

	return { ids, edges, outgoing, incoming, depth, side, parentEdge, children };
}

export interface ChainStep {
	from: string;
	to: string;
	relation: Relation;
}

/** The shortest chain of relations from a claim up to the thesis. */
export function chainToThesis(graph: DebateGraph, id: string): ChainStep[] {
	const steps: ChainStep[] = [];
	let at = id;
	for (let e = graph.parentEdge.get(at); e; e = graph.parentEdge.get(at)) {
		steps.push({ from: e.from, to: e.to, relation: e.relation });
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
		for (const e of graph.outgoing.get(at)!) {
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
		for (const e of graph.incoming.get(queue[i])!) {
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
		for (const e of [...graph.outgoing.get(at)!, ...graph.incoming.get(at)!]) {
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
	/** Side of every claim named above, for badges. */
	sides: Record<string, ClaimSide>;
}

export function claimContext(graph: DebateGraph, id: string): ClaimContext {
	const chain = chainToThesis(graph, id);
	const outgoing = graph.outgoing.get(id) ?? [];
	const incoming = graph.incoming.get(id) ?? [];
	const sides: Record<string, ClaimSide> = {};
	for (const c of [
		id,
		...chain.map((s) => s.to),
		...outgoing.map((e) => e.to),
		...incoming.map((e) => e.from)
	]) {
		sides[c] = graph.side.get(c) ?? 'mixed';
	}
	return { id, side: sides[id], chain, outgoing, incoming, sides };
}
