/** A debate reduced to what the evaluators need: claims and the two relations between them. */
export interface ArgGraph {
	ids: string[];
	/** `[from, to]`: `from` attacks `to`. Counted in the status and in the strength. */
	attacks: Array<[from: string, to: string]>;
	/** `[from, to]`: `from` supports `to`. Counted in the strength only (supports never answer). */
	supports: Array<[from: string, to: string]>;
	/**
	 * `[from, to]`: attacks that weaken but never refute: counted in the strength, left out of
	 * the grounded labelling. The bridge puts a speaker's concessions and a speaker's attacks on
	 * their own claims here (see debate-status.ts). A pair also listed in `attacks` counts fully.
	 */
	weakAttacks?: Array<[from: string, to: string]>;
	/** Intrinsic (base) score per claim, in [0, 1]; 0.5 where missing. */
	base?: Record<string, number>;
	/**
	 * `[by, [from, to]]`: `by` undercuts the relation from → to (an attack, weak attack or
	 * support listed above): it says the one does not show, or count against, the other. While
	 * `by` is in, that relation counts for nothing in the status; in the strength it weighs
	 * (1 − strength of `by`) of what it would. One naming no relation here is ignored.
	 */
	undercuts?: Array<[by: string, relation: [from: string, to: string]]>;
	/**
	 * Linked premises: `members` attack (or support) `to` only together; each member's relation
	 * to `to` is listed above (for attacks, in `attacks` or `weakAttacks`: a group with a weak
	 * member is weak). The group counts as one relation: in the status it stands only while
	 * every member stands; in the strength it weighs as its weakest member. A group one of whose
	 * relations is missing (a member rejected on a ballot, say) counts for nothing, none of its
	 * relations. See structure.ts.
	 */
	linked?: Array<{ members: string[]; to: string; relation: 'supports' | 'attacks' }>;
}

export type GroundedLabel = 'in' | 'out' | 'undec';

export interface Strengths {
	strength: Record<string, number>;
	/** True where the value came from iteration (inside a cycle or downstream of one). */
	approximate: Record<string, boolean>;
	/**
	 * False where the value depends on a cycle that does not settle: plain (Gauss–Seidel)
	 * iteration of DF-QuAD keeps moving, so the value shown is the balance point found by
	 * damped iteration (or, if even that failed, the last damped value).
	 */
	settles: Record<string, boolean>;
	/** Most sweeps any single cycle needed, plain and damped together; 0 when acyclic. */
	iterations: number;
	/** False if some cycle was still moving by more than the tolerance after damping too. */
	converged: boolean;
}

export interface DfquadOptions {
	/** Cap on plain sweeps per cycle before damping starts; damping gets ten times as many. */
	maxIterations?: number;
	tolerance?: number;
}

import type { StatusKind } from '$lib/model/status';

export type { StatusKind };

/**
 * What would change a claim's status, as a set of existing claims to answer (an answer is a
 * new claim that attacks one and itself stands).
 * - `stand`: the claim does not stand; answering every claim in `ids` would make it stand.
 * - `fall`: the claim stands; answering every claim in `ids` would stop it standing (these
 *   are the answers it rests on, or what stops them being answered).
 * `ids` is a smallest such set when `exhaustive`; otherwise the search budget ran out and it
 * is a set that works, perhaps not the smallest. Empty with `possible: false` when no answer
 * to an existing claim can do it: a claim that attacks itself can never stand, and nothing in
 * the map can bring down a claim that no counted attack reaches (only a new attack can).
 */
export interface Decisive {
	to: 'stand' | 'fall';
	ids: string[];
	possible: boolean;
	exhaustive: boolean;
}

/**
 * A reader's judgement of the map (a ballot): the engine contract's input.
 * - `rejected`: claims the reader finds unconvincing. A rejected claim is out: its attacks and
 *   supports do not count.
 * - `prevails`: `[winner, loser]` pairs deciding clashes. A pair removes the loser's attack on
 *   the winner, and applies only where both attack each other (counted attacks).
 */
export interface Judgement {
	rejected?: readonly string[];
	prevails?: ReadonlyArray<readonly [winner: string, loser: string]>;
}

/** What was made of a judgement: applied parts, and what was ignored (never thrown). */
export interface JudgementReport {
	/** Rejected claims applied: known ids, each once, in input order. */
	rejected: string[];
	/** Pairs applied: known ids that attack each other, each pair once, in input order. */
	prevails: Array<[winner: string, loser: string]>;
	/** Ids in the judgement that name no claim of the graph, each once (pairs naming one are ignored). */
	unknown: string[];
	/** Pairs of known claims that are not a mutual attack (a claim paired with itself included). */
	notMutual: Array<[winner: string, loser: string]>;
}

/** What `evaluate` returns. */
export interface Evaluation {
	/** Every claim's status, strength and what would change it, by id. */
	status: Record<string, ClaimStatus>;
	/** The judgement as applied, and what was ignored. */
	judgement: JudgementReport;
	/**
	 * Open clashes after the judgement: pairs of claims that attack each other (counted attacks
	 * of the changed graph) and are both undecided, each pair once, in graph order.
	 */
	openClashes: Array<[string, string]>;
}

export interface ClaimStatus {
	/** What the status means to a debater; words and marks in src/lib/model/status.ts. */
	status: StatusKind;
	/** The grounded label behind it: in (stands), out, undec. */
	label: GroundedLabel;
	/** DF-QuAD strength in [0, 1]. */
	strength: number;
	/** The base score the strength starts from. */
	base: number;
	/** DF-QuAD's combined attack (va) and support (vs) on the claim, each in [0, 1]. */
	attack: number;
	support: number;
	/** Strength computed inside, or downstream of, a cycle. */
	approximate: boolean;
	/** False when the strength depends on a cycle that does not settle (see Strengths). */
	settles: boolean;
	/** Counted attackers that stand: why an 'unanswered' claim does not stand; empty otherwise. */
	standingAttackers: string[];
	/** Attackers counted in the strength only (concessions, a speaker's own claims). */
	weakAttackers: string[];
	/** Claims it is in an open clash with (status 'clash'); empty otherwise. */
	clash: string[];
	/** Attackers whose attack on it the judgement took away (rejected, or judged over by it). */
	judgedOver: string[];
	/** What would change the status, and the same in a sentence. */
	change: Decisive;
	changeReason: string;
	/** One plain line explaining the status. */
	reason: string;
	/** One plain line naming the strength's inputs: base, attacks, supports. */
	strengthReason: string;
	/** Why badge and strength seem to disagree, in words; empty when they agree. */
	agreement: string;
}
