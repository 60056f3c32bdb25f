/** Layer: rules about one claim's own content that need no other file (relations, evidence, speaker, role). */
import type { Problem } from './problem';
import { CLAIM_RULES, runRules } from './rules';
import type { ClaimInput } from './rules/claim/context';

export type { ClaimInput } from './rules/claim/context';
export { EVIDENCE_REQUIRED } from './rules/claim/context';

/** Every claim rule over one claim; a rule whose fields are invalid stays silent. */
export function checkClaim(c: ClaimInput): Problem[] {
	return runRules(CLAIM_RULES, c, c.path);
}
