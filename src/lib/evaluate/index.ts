/**
 * The evaluation engine. The contract (README.md beside this file):
 * `evaluate(graph, judgement?, opts?) → { status, judgement, openClashes }`.
 */
export type {
	ArgGraph,
	GroundedLabel,
	Strengths,
	DfquadOptions,
	StatusKind,
	ClaimStatus,
	Decisive,
	Judgement,
	JudgementReport,
	Evaluation
} from './types';
export { grounded } from './grounded';
export { dfquad, aggregate, combine } from './dfquad';
export { evaluate, type EvaluateOptions } from './evaluate';
export { applyJudgement, mutualAttacks } from './judgement';
