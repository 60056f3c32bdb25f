/**
 * Layer 3: the whole map. One thesis; every claim leads to it; support never runs in a circle.
 * The rules share one index of the readable relations (rules/graph/context.ts).
 */
import type { Problem } from './problem';
import { GRAPH_RULES, runRules } from './rules';
import { indexGraph, type GraphInput } from './rules/graph/context';

export type { GraphClaim, GraphInput } from './rules/graph/context';
export { supportCycles } from './rules/graph/support-cycle';

export function checkGraph(input: GraphInput): Problem[] {
	return runRules(GRAPH_RULES, indexGraph(input), input.debatePath);
}
