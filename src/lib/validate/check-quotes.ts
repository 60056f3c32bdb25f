/** Layer 4 (optional, with source texts): every evidence quote occurs in its source's text. */
import type { Problem } from './problem';
import { QUOTE_RULES, runRules } from './rules';
import type { ClaimInput } from './rules/claim/context';
import type { Located } from './rules/cross-file/context';

export { closestPassage, containsQuote, normalizeQuote } from './quote-text';

export function checkQuotes(
	claims: ClaimInput[],
	texts: Record<string, string>,
	sources: Located[] = []
): Problem[] {
	return runRules(QUOTE_RULES, { claims, texts, sources }, claims[0]?.path ?? 'debate.yaml');
}
