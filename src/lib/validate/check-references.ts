/** Layer 2: across files. Every id a file mentions must name a file of the right kind in the same debate. */
import type { Problem } from './problem';
import { REFERENCE_RULES, runRules } from './rules';
import { indexDebate, type ReferenceInput } from './rules/cross-file/context';

export type { ReferenceInput } from './rules/cross-file/context';
export { resolveMoved } from './rules/cross-file/context';

export function checkReferences(input: ReferenceInput): Problem[] {
	return runRules(
		REFERENCE_RULES,
		indexDebate(input),
		input.debate?.path ?? input.claims[0]?.path ?? 'debate.yaml'
	);
}
