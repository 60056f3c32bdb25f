import { indexGraph, type IndexedGraph } from './graph';
import { tarjan } from '$lib/shared/scc';
import type { ArgGraph, DfquadOptions, Strengths } from './types';

export const DEFAULT_MAX_ITERATIONS = 100;
export const DEFAULT_TOLERANCE = 1e-9;

/**
 * DF-QuAD strengths (Rago, Toni, Aurisicchio & Baroni, KR 2016).
 *
 * Strength flows from a claim's attackers and supporters to the claim, so the
 * graph is processed one strongly connected component at a time, dependencies
 * first. A component without a cycle is a single node whose inputs are already
 * final: one application of the formula is exact. A component with a cycle has
 * no evaluation order, so it is iterated (Gauss-Seidel, from the base scores)
 * to a fixed point; DF-QuAD does not guarantee one is reached, hence the cap.
 */
export function dfquad(g: ArgGraph, opts: DfquadOptions = {}): Strengths {
	const ix = indexGraph(g);
	const r = dfquadIndexed(ix, opts);
	const strength: Record<string, number> = {};
	const approximate: Record<string, boolean> = {};
	for (let v = 0; v < ix.n; v++) {
		strength[ix.ids[v]] = r.strength[v];
		approximate[ix.ids[v]] = r.approximate[v] === 1;
	}
	return { strength, approximate, iterations: r.iterations, converged: r.converged };
}

export interface IndexedStrengths {
	strength: Float64Array;
	approximate: Uint8Array;
	iterations: number;
	converged: boolean;
}

export function dfquadIndexed(ix: IndexedGraph, opts: DfquadOptions = {}): IndexedStrengths {
	const maxIterations = opts.maxIterations ?? DEFAULT_MAX_ITERATIONS;
	const tolerance = opts.tolerance ?? DEFAULT_TOLERANCE;
	const { n, depStart, dep } = ix;
	const s = Float64Array.from(ix.base);
	const approximate = new Uint8Array(n);
	const { count, order, compStart, cyclic } = tarjan(n, depStart, dep);
	let iterations = 0;
	let converged = true;

	for (let c = 0; c < count; c++) {
		const lo = compStart[c];
		const hi = compStart[c + 1];
		if (!cyclic[c]) {
			const v = order[lo];
			s[v] = strengthOf(ix, s, v);
			// Exact arithmetic on approximate inputs is still approximate.
			for (let e = depStart[v]; e < depStart[v + 1]; e++) {
				if (approximate[dep[e]]) {
					approximate[v] = 1;
					break;
				}
			}
			continue;
		}
		for (let i = lo; i < hi; i++) approximate[order[i]] = 1;
		let sweeps = 0;
		let settled = false;
		while (sweeps < maxIterations) {
			sweeps++;
			let change = 0;
			for (let i = lo; i < hi; i++) {
				const v = order[i];
				const next = strengthOf(ix, s, v);
				const d = Math.abs(next - s[v]);
				if (d > change) change = d;
				s[v] = next;
			}
			if (change < tolerance) {
				settled = true;
				break;
			}
		}
		if (sweeps > iterations) iterations = sweeps;
		if (!settled) converged = false;
	}
	return { strength: s, approximate, iterations, converged };
}

/** One application of DF-QuAD at node v, reading the current strengths `s`. */
export function strengthOf(ix: IndexedGraph, s: ArrayLike<number>, v: number): number {
	const { attInStart, attIn, supInStart, supIn } = ix;
	let keepA = 1;
	for (let e = attInStart[v]; e < attInStart[v + 1]; e++) keepA *= 1 - s[attIn[e]];
	let keepS = 1;
	for (let e = supInStart[v]; e < supInStart[v + 1]; e++) keepS *= 1 - s[supIn[e]];
	return combine(ix.base[v], 1 - keepA, 1 - keepS);
}

/** DF-QuAD aggregation F: 1 − ∏(1 − sᵢ), 0 for no inputs. */
export function aggregate(values: readonly number[]): number {
	let keep = 1;
	for (const x of values) keep *= 1 - x;
	return 1 - keep;
}

/**
 * DF-QuAD combination C(v0, va, vs): move from the base v0 towards 0 (attack
 * wins) or 1 (support wins) in proportion to the margin. Clamped only to absorb
 * rounding: mathematically the result is already in [0, 1].
 */
export function combine(v0: number, va: number, vs: number): number {
	const v = va >= vs ? v0 - v0 * (va - vs) : v0 + (1 - v0) * (vs - va);
	return v < 0 ? 0 : v > 1 ? 1 : v;
}
