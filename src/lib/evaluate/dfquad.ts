import { indexGraph, type IndexedGraph } from './graph';
import { tarjan, type Sccs } from '$lib/shared/scc';
import { aggregateInto } from './structure';
import type { ArgGraph, DfquadOptions, Strengths } from './types';

export const DEFAULT_MAX_ITERATIONS = 100;
export const DEFAULT_TOLERANCE = 1e-9;
/** Weight of the new value in a damped sweep: x ← (1 − λ)·x + λ·f(x). */
export const DAMPING = 0.5;
/** Damping gets this many times the plain sweeps before giving up. */
const DAMPED_FACTOR = 10;

/**
 * DF-QuAD strengths (Rago, Toni, Aurisicchio & Baroni, KR 2016).
 *
 * Strength flows from a claim's attackers and supporters to the claim, so the
 * graph is processed one strongly connected component at a time, dependencies
 * first. A component without a cycle is a single node whose inputs are already
 * final: one application of the formula is exact. A component with a cycle has
 * no evaluation order, so it is iterated (Gauss–Seidel, from the base scores)
 * to a fixed point. DF-QuAD does not guarantee the iteration settles: a claim at
 * base 1 that attacks itself flips 1, 0, 1, … although 1/2 is consistent. When
 * plain sweeps have not settled by the cap, the cycle is marked as one that does
 * not settle and damped sweeps (x ← ½·x + ½·f(x)) look for the balance point, a
 * fixed point of DF-QuAD, which is what is reported. Claims downstream of such a
 * cycle inherit the mark: their values rest on a balance point, not a settled one.
 */
export function dfquad(g: ArgGraph, opts: DfquadOptions = {}): Strengths {
	const ix = indexGraph(g);
	const r = dfquadIndexed(ix, opts);
	const strength: Record<string, number> = {};
	const approximate: Record<string, boolean> = {};
	const settles: Record<string, boolean> = {};
	for (let v = 0; v < ix.n; v++) {
		strength[ix.ids[v]] = r.strength[v];
		approximate[ix.ids[v]] = r.approximate[v] === 1;
		settles[ix.ids[v]] = r.unsettled[v] === 0;
	}
	return { strength, approximate, settles, iterations: r.iterations, converged: r.converged };
}

export interface IndexedStrengths {
	strength: Float64Array;
	approximate: Uint8Array;
	/** 1 where the value depends on a cycle whose plain iteration did not settle. */
	unsettled: Uint8Array;
	iterations: number;
	converged: boolean;
	/** The graph's strongly connected parts, dependencies first (for clash-strength.ts). */
	sccs: Sccs;
}

export function dfquadIndexed(ix: IndexedGraph, opts: DfquadOptions = {}): IndexedStrengths {
	const maxIterations = opts.maxIterations ?? DEFAULT_MAX_ITERATIONS;
	const tolerance = opts.tolerance ?? DEFAULT_TOLERANCE;
	const { n, depStart, dep } = ix;
	const s = Float64Array.from(ix.base);
	const approximate = new Uint8Array(n);
	const unsettled = new Uint8Array(n);
	const sccs = tarjan(n, depStart, dep);
	const { count, order, compStart, cyclic } = sccs;
	let iterations = 0;
	let converged = true;

	for (let c = 0; c < count; c++) {
		const lo = compStart[c];
		const hi = compStart[c + 1];
		if (!cyclic[c]) {
			const v = order[lo];
			s[v] = strengthOf(ix, s, v);
			// Exact arithmetic on approximate (or unsettled) inputs is still approximate (unsettled).
			for (let e = depStart[v]; e < depStart[v + 1]; e++) {
				approximate[v] |= approximate[dep[e]];
				unsettled[v] |= unsettled[dep[e]];
			}
			continue;
		}
		let inherited = 0;
		for (let i = lo; i < hi; i++) {
			const v = order[i];
			approximate[v] = 1;
			for (let e = depStart[v]; e < depStart[v + 1]; e++) inherited |= unsettled[dep[e]];
		}
		let sweeps = 0;
		const settled = sweepUntil(ix, s, order, lo, hi, 1, maxIterations, tolerance);
		sweeps += settled < 0 ? maxIterations : settled;
		let consistent = settled >= 0;
		if (!consistent) {
			const damped = sweepUntil(
				ix,
				s,
				order,
				lo,
				hi,
				DAMPING,
				maxIterations * DAMPED_FACTOR,
				tolerance
			);
			sweeps += damped < 0 ? maxIterations * DAMPED_FACTOR : damped;
			consistent = damped >= 0;
		}
		if (settled < 0 || inherited) for (let i = lo; i < hi; i++) unsettled[order[i]] = 1;
		if (sweeps > iterations) iterations = sweeps;
		if (!consistent) converged = false;
	}
	return { strength: s, approximate, unsettled, iterations, converged, sccs };
}

/**
 * Gauss–Seidel sweeps over one component, each value moved a share `lambda` of the way to
 * DF-QuAD's value for it, until no value is further than `tolerance` from DF-QuAD's value.
 * Returns the sweeps it took, or −1 if still moving after `cap` sweeps.
 */
function sweepUntil(
	ix: IndexedGraph,
	s: Float64Array,
	order: Int32Array,
	lo: number,
	hi: number,
	lambda: number,
	cap: number,
	tolerance: number
): number {
	for (let sweep = 1; sweep <= cap; sweep++) {
		let residual = 0;
		for (let i = lo; i < hi; i++) {
			const v = order[i];
			const target = strengthOf(ix, s, v);
			const d = Math.abs(target - s[v]);
			if (d > residual) residual = d;
			s[v] = lambda === 1 ? target : s[v] + lambda * (target - s[v]);
		}
		if (residual < tolerance) return sweep;
	}
	return -1;
}

/** One application of DF-QuAD at node v, reading the current strengths `s`. */
export function strengthOf(ix: IndexedGraph, s: ArrayLike<number>, v: number): number {
	return combine(ix.base[v], attackOn(ix, s, v), supportOn(ix, s, v));
}

/**
 * DF-QuAD's va at v: counted and weak attacks together, each relation (instance) weighing its
 * source's strength, or a linked group's weakest member's, less its undercutters' share
 * (structure.ts). With plain attacks only this is 1 − ∏(1 − s(attacker)).
 */
export function attackOn(ix: IndexedGraph, s: ArrayLike<number>, v: number): number {
	if (ix.plain)
		return (
			1 -
			(1 - plainInto(ix.attInStart, ix.attIn, s, v)) *
				(1 - plainInto(ix.weakInStart, ix.weakIn, s, v))
		);
	return 1 - (1 - aggregateInto(ix.att, s, v)) * (1 - aggregateInto(ix.weak, s, v));
}

/** DF-QuAD's vs at v. */
export function supportOn(ix: IndexedGraph, s: ArrayLike<number>, v: number): number {
	if (ix.plain) return plainInto(ix.supInStart, ix.supIn, s, v);
	return aggregateInto(ix.sup, s, v);
}

/**
 * aggregateInto (structure.ts) for a plain graph, read off the edge arrays: the same instances
 * in the same order, and the same arithmetic (a one-member instance weighs min(1, s)), so the
 * same bits.
 */
function plainInto(start: Int32Array, from: Int32Array, s: ArrayLike<number>, v: number): number {
	let keep = 1;
	for (let e = start[v]; e < start[v + 1]; e++) {
		const x = s[from[e]];
		keep *= 1 - (x < 1 ? x : 1);
	}
	return 1 - keep;
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
