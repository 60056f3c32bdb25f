export type {
	ArgGraph,
	GroundedLabel,
	Strengths,
	DfquadOptions,
	StatusKind,
	ClaimStatus
} from './types';
export { grounded } from './grounded';
export { dfquad, aggregate, combine } from './dfquad';
export { evaluate } from './evaluate';
