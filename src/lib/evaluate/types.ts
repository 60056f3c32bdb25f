/** A debate reduced to what the evaluators need: claims and the two relations between them. */
export interface ArgGraph {
	ids: string[];
	/** `[from, to]`: `from` attacks `to`. */
	attacks: Array<[from: string, to: string]>;
	/** `[from, to]`: `from` supports `to`. */
	supports: Array<[from: string, to: string]>;
	/** Intrinsic (base) score per claim, in [0, 1]; 0.5 where missing. */
	base?: Record<string, number>;
}

export type GroundedLabel = 'in' | 'out' | 'undec';

export interface Strengths {
	strength: Record<string, number>;
	/** True where the value came from iteration (inside a cycle or downstream of one). */
	approximate: Record<string, boolean>;
	/** Most sweeps any single cycle needed; 0 when the graph is acyclic. */
	iterations: number;
	/** False if some cycle was still moving by more than the tolerance at the cap. */
	converged: boolean;
}

export interface DfquadOptions {
	maxIterations?: number;
	tolerance?: number;
}

import type { StatusKind } from '$lib/model/status';

export type { StatusKind };

export interface ClaimStatus {
	status: StatusKind;
	/** DF-QuAD strength in [0, 1]. */
	strength: number;
	/** Strength computed inside, or downstream of, a cycle. */
	approximate: boolean;
	/** Standing attackers, when refuted; empty otherwise. */
	refutedBy: string[];
	/** One plain line explaining the status. */
	reason: string;
}
