import { buildInstances, isPlainGraph, type Instances } from './structure';
import type { ArgGraph } from './types';

/**
 * Index-based view of an ArgGraph. The evaluators run on integer indices and
 * compressed adjacency arrays (CSR) because string-keyed maps dominate the cost
 * at 10k nodes; this is built once per call and shared by `evaluate`.
 *
 * For node v, its attackers are `attIn[attInStart[v] .. attInStart[v + 1])`,
 * and likewise for supporters (`supIn`), attacked nodes (`attOut`), weak
 * attackers (`weakIn`: counted in the strength only, never in the grounded
 * labelling) and the union of all three (`dep`: what v's strength depends on).
 */
export interface IndexedGraph {
	n: number;
	ids: string[];
	base: Float64Array;
	attInStart: Int32Array;
	attIn: Int32Array;
	supInStart: Int32Array;
	supIn: Int32Array;
	attOutStart: Int32Array;
	attOut: Int32Array;
	weakInStart: Int32Array;
	weakIn: Int32Array;
	depStart: Int32Array;
	dep: Int32Array;
	/**
	 * The relations as instances (structure.ts): counted attacks, weak attacks and supports,
	 * each a group of members (one, or linked premises) with the claims that undercut it.
	 * Grounded labelling and DF-QuAD read these; the edge arrays above stay edge by edge.
	 */
	att: Instances;
	weak: Instances;
	sup: Instances;
	/**
	 * No linked groups and no undercuts: every instance is one edge, instance k of a kind is its
	 * edge k, and `attIn`/`weakIn`/`supIn` list them in instance order. Grounded labelling and
	 * DF-QuAD then take their plain-edge fast paths (same results, fewer indirections).
	 */
	plain: boolean;
}

export const DEFAULT_BASE = 0.5;

export function indexGraph(g: ArgGraph): IndexedGraph {
	const ids = g.ids;
	const n = ids.length;
	const index = new Map<string, number>();
	for (let i = 0; i < n; i++) {
		if (index.has(ids[i])) throw new Error(`eval: duplicate claim id "${ids[i]}"`);
		index.set(ids[i], i);
	}

	const base = new Float64Array(n).fill(DEFAULT_BASE);
	if (g.base) {
		for (let i = 0; i < n; i++) {
			const b = g.base[ids[i]];
			if (b === undefined) continue;
			// A base outside [0, 1] would push strengths outside it too; fail loudly at the source.
			if (!(b >= 0 && b <= 1))
				throw new RangeError(`eval: base of "${ids[i]}" must be in [0, 1], got ${b}`);
			base[i] = b;
		}
	}

	const attacks = edgeList(g.attacks, index, 'attacks');
	const supports = edgeList(g.supports, index, 'supports');
	// A pair that is both a counted and a weak attack counts fully, once.
	const counted = new Set(attacks.map(([f, t]) => f * n + t));
	const weak = edgeList(g.weakAttacks ?? [], index, 'weak attacks').filter(
		([f, t]) => !counted.has(f * n + t)
	);
	const [attInStart, attIn] = csr(n, attacks, 1, 0);
	const [supInStart, supIn] = csr(n, supports, 1, 0);
	const [attOutStart, attOut] = csr(n, attacks, 0, 1);
	const [weakInStart, weakIn] = csr(n, weak, 1, 0);
	const { att, weak: weakX, sup } = buildInstances(n, g, index, { attacks, weak, supports });
	const plain = isPlainGraph(g);
	// A claim's strength also depends on whoever undercuts a relation into it.
	const undercutDeps: Array<[number, number]> = [];
	if (!plain)
		for (const x of [att, weakX, sup])
			for (let k = 0; k < x.count; k++)
				for (let i = x.undStart[k]; i < x.undStart[k + 1]; i++)
					undercutDeps.push([x.und[i], x.target[k]]);
	const [depStart, dep] = csr(n, attacks.concat(supports, weak, undercutDeps), 1, 0);
	return {
		n,
		ids,
		base,
		attInStart,
		attIn,
		supInStart,
		supIn,
		attOutStart,
		attOut,
		weakInStart,
		weakIn,
		depStart,
		dep,
		att,
		weak: weakX,
		sup,
		plain
	};
}

/**
 * Resolves ids and drops repeated pairs, keeping first occurrences in input
 * order: a relation is a set, and a duplicated attack would otherwise count
 * twice in DF-QuAD's product. Duplicates are found by grouping edges by source
 * and stamping targets, which avoids hashing pairs.
 */
function edgeList(
	pairs: Array<[string, string]>,
	index: Map<string, number>,
	what: string
): Array<[number, number]> {
	const n = index.size;
	const resolved: Array<[number, number]> = new Array(pairs.length);
	for (let k = 0; k < pairs.length; k++) {
		const [from, to] = pairs[k];
		const f = index.get(from);
		const t = index.get(to);
		if (f === undefined || t === undefined) {
			throw new Error(
				`eval: ${what} edge ${from} → ${to} names an unknown claim "${f === undefined ? from : to}"`
			);
		}
		resolved[k] = [f, t];
	}
	// Edge numbers grouped by source, in input order within each group.
	const start = new Int32Array(n + 1);
	for (const e of resolved) start[e[0] + 1]++;
	for (let i = 0; i < n; i++) start[i + 1] += start[i];
	const fill = start.slice(0, n);
	const bySource = new Int32Array(resolved.length);
	for (let k = 0; k < resolved.length; k++) bySource[fill[resolved[k][0]]++] = k;
	const stamp = new Int32Array(n).fill(-1);
	const duplicate = new Uint8Array(resolved.length);
	for (let f = 0; f < n; f++) {
		for (let i = start[f]; i < start[f + 1]; i++) {
			const k = bySource[i];
			const t = resolved[k][1];
			if (stamp[t] === f) duplicate[k] = 1;
			else stamp[t] = f;
		}
	}
	return resolved.filter((_, k) => !duplicate[k]);
}

/** Groups `edges` by endpoint `by` (0 = from, 1 = to), listing the other endpoint; keeps input order. */
function csr(
	n: number,
	edges: Array<[number, number]>,
	by: 0 | 1,
	other: 0 | 1
): [Int32Array, Int32Array] {
	const start = new Int32Array(n + 1);
	for (const e of edges) start[e[by] + 1]++;
	for (let i = 0; i < n; i++) start[i + 1] += start[i];
	const fill = start.slice(0, n);
	const adj = new Int32Array(edges.length);
	for (const e of edges) adj[fill[e[by]]++] = e[other];
	return [start, adj];
}
