/**
 * The strength of a claim in an open clash, as a range (review 1, finding 3).
 *
 * Left open, a clash is a loop: each claim's strength cuts the other's, so DF-QuAD's
 * balance point turns a small lead in backing into a wide gap (a claim with one support
 * against a bare one ends near 0.95 against 0.03). That number is DF-QuAD's real answer,
 * but shown alone it reads as the verdict the map says it cannot give. So each claim in an
 * open clash also gets the two strengths the clash can leave it with: `high` if it prevails
 * in every open clash it is in (each partner's attack on it taken away, as the ballot's
 * `[it, partner]` does), `low` if every partner prevails over it (its attack on each taken
 * away). Both are exactly what `evaluate` gives under that ballot.
 *
 * Cheap: taking those attacks away changes only values inside the claim's strongly
 * connected part of the graph (its loop with its partners; anything else either does not
 * depend on the claim or does not feed it), so only that part is solved again, with the
 * values around it as they are. The same DF-QuAD steps as dfquad.ts: one application where
 * there is no loop, sweeps (then damped sweeps) where there is.
 */
import { tarjan, type Sccs } from '$lib/shared/scc';
import { DAMPING, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE, strengthOf } from './dfquad';
import type { IndexedGraph } from './graph';
import type { DfquadOptions } from './types';

export interface ClashStrength {
	/** Its strength if it prevails in each of its open clashes. */
	high: number;
	/** Its strength if each claim it clashes with prevails over it. */
	low: number;
}

/** Damped sweeps get this many times the plain ones, as in dfquad.ts. */
const DAMPED_FACTOR = 10;

/**
 * The range for each claim `v` with open-clash partners (`partners[v]` non-empty) that
 * `want(v)` asks for. `s` holds the strengths of the graph as judged (`ix`).
 */
export function clashStrengths(
	ix: IndexedGraph,
	s: Float64Array,
	/** The graph's strongly connected parts (dfquadIndexed's). */
	sccs: Sccs,
	partners: readonly (readonly number[])[],
	want: (v: number) => boolean,
	opts: DfquadOptions = {},
	/**
	 * v's strength with these `[winner, loser]` pairs judged too, worked out in full: used
	 * only where a partner has another relation to the claim besides the attack (a support,
	 * which the validator forbids beside an attack, or an undercut), since the fast path
	 * would drop that relation along with the attack.
	 */
	exact?: (v: number, pairs: Array<[number, number]>) => number
): Map<number, ClashStrength> {
	const out = new Map<number, ClashStrength>();
	const asked: number[] = [];
	for (let v = 0; v < ix.n; v++) if (partners[v].length && want(v)) asked.push(v);
	if (!asked.length) return out;
	const scratch = Float64Array.from(s);
	const members = new Map<number, number[]>();
	const local = new Int32Array(ix.n).fill(-1);
	for (const v of asked) {
		const c = sccs.comp[v];
		let part = members.get(c);
		if (!part) {
			part = Array.from(sccs.order.subarray(sccs.compStart[c], sccs.compStart[c + 1])).sort(
				(a, b) => a - b
			);
			members.set(c, part);
		}
		const solve = (mask: Map<number, readonly number[]>) => {
			const value = solveMasked(ix, scratch, part, mask, local, opts)[part.indexOf(v)];
			for (const u of part) scratch[u] = s[u];
			return value;
		};
		const winPairs = partners[v].map((p) => [v, p] as [number, number]);
		const losePairs = partners[v].map((p) => [p, v] as [number, number]);
		const high =
			exact && winPairs.some(([w, l]) => alsoRelated(ix, l, w))
				? exact(v, winPairs)
				: solve(new Map([[v, partners[v]]]));
		const low =
			exact && losePairs.some(([w, l]) => alsoRelated(ix, l, w))
				? exact(v, losePairs)
				: solve(new Map(partners[v].map((p) => [p, [v]] as [number, number[]])));
		out.set(v, { high, low });
	}
	return out;
}

/** Whether `u` bears on `v` by more than its attacks (a support, an undercut). */
function alsoRelated(ix: IndexedGraph, u: number, v: number): boolean {
	let dep = 0;
	for (let e = ix.depStart[v]; e < ix.depStart[v + 1]; e++) if (ix.dep[e] === u) dep++;
	let att = 0;
	for (let e = ix.attInStart[v]; e < ix.attInStart[v + 1]; e++) if (ix.attIn[e] === u) att++;
	for (let e = ix.weakInStart[v]; e < ix.weakInStart[v + 1]; e++) if (ix.weakIn[e] === u) att++;
	return dep > att;
}

/**
 * DF-QuAD over the nodes `part` (a strongly connected part of the graph) with the attacks in
 * `mask` (target → sources) taken away, every value outside `part` read from `s` as it is.
 * Returns the values of `part`, in its order. `local` is scratch, all −1 on entry and exit.
 */
function solveMasked(
	ix: IndexedGraph,
	s: Float64Array,
	part: readonly number[],
	mask: Map<number, readonly number[]>,
	local: Int32Array,
	opts: DfquadOptions
): number[] {
	const k = part.length;
	for (let i = 0; i < k; i++) local[part[i]] = i;
	// The part's own dependencies, less the masked ones: its loops may come apart.
	const start = new Int32Array(k + 1);
	const adj: number[] = [];
	for (let i = 0; i < k; i++) {
		const v = part[i];
		const gone = mask.get(v);
		for (let e = ix.depStart[v]; e < ix.depStart[v + 1]; e++) {
			const u = ix.dep[e];
			if (local[u] >= 0 && !gone?.includes(u)) adj.push(local[u]);
		}
		start[i + 1] = adj.length;
	}
	const sub = tarjan(k, start, Int32Array.from(adj));
	const at = (v: number) => {
		const gone = mask.get(v);
		if (!gone) return strengthOf(ix, s, v);
		const kept = gone.map((u) => s[u]);
		for (const u of gone) s[u] = 0;
		const x = strengthOf(ix, s, v);
		gone.forEach((u, j) => (s[u] = kept[j]));
		return x;
	};
	for (const v of part) s[v] = ix.base[v];
	const maxIterations = opts.maxIterations ?? DEFAULT_MAX_ITERATIONS;
	const tolerance = opts.tolerance ?? DEFAULT_TOLERANCE;
	for (let c = 0; c < sub.count; c++) {
		const nodes = Array.from(
			sub.order.subarray(sub.compStart[c], sub.compStart[c + 1]),
			(i) => part[i]
		);
		if (!sub.cyclic[c]) {
			s[nodes[0]] = at(nodes[0]);
			continue;
		}
		if (sweep(nodes, s, at, 1, maxIterations, tolerance)) continue;
		sweep(nodes, s, at, DAMPING, maxIterations * DAMPED_FACTOR, tolerance);
	}
	const values = part.map((v) => s[v]);
	for (const v of part) local[v] = -1;
	return values;
}

/** Gauss–Seidel sweeps, each value moved `lambda` of the way; true once settled. */
function sweep(
	nodes: readonly number[],
	s: Float64Array,
	at: (v: number) => number,
	lambda: number,
	cap: number,
	tolerance: number
): boolean {
	for (let n = 0; n < cap; n++) {
		let residual = 0;
		for (const v of nodes) {
			const target = at(v);
			const d = Math.abs(target - s[v]);
			if (d > residual) residual = d;
			s[v] = lambda === 1 ? target : s[v] + lambda * (target - s[v]);
		}
		if (residual < tolerance) return true;
	}
	return false;
}

const n2 = (x: number) => x.toFixed(2);

/**
 * The strength line of a claim in an open clash: the range, what DF-QuAD makes of the clash
 * left open and why it is lopsided, and that this is backing in the map, not the verdict.
 */
export function clashStrengthLine(
	strength: number,
	range: ClashStrength,
	partners: ReadonlyArray<{ name: string; strength: number; support: number }>,
	support: number
): string {
	const who =
		partners.length === 1
			? partners[0].name
			: `${partners
					.slice(0, -1)
					.map((p) => p.name)
					.join(', ')} and ${partners[partners.length - 1].name}`;
	const one = partners.length === 1 ? partners[0] : undefined;
	const lo = n2(range.low);
	const hi = n2(range.high);
	const head =
		lo === hi
			? `Strength ${hi} whichever way its open clash with ${who} is judged.`
			: `Strength between ${lo} and ${hi}, as its open clash with ${who} is judged: ${hi} if it prevails, ${lo} if ${one ? `${who} does` : 'they do'}.`;
	const left = `Left open, DF-QuAD puts it at ${n2(strength)}${one ? ` and ${one.name} at ${n2(one.strength)}` : ''}`;
	let why =
		': in a mutual attack each claim’s strength weakens the other’s, so a lead from the rest of what bears on them (base, supports, other attacks) grows into a wide gap';
	// Name the lead in support only where it is the one that shows.
	if (
		one &&
		Math.abs(one.support - support) >= 0.05 &&
		one.support > support === one.strength > strength
	) {
		const more = one.support > support ? one.name : 'it';
		why += ` (here ${more} leads, with supports worth ${n2(Math.max(one.support, support))} against ${n2(Math.min(one.support, support))})`;
	}
	return `${head} ${left}${why}. That weighs their backing in the map; it is not a verdict on the clash, which is yours to judge.`;
}
