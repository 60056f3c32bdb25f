/**
 * Where a claim's strength starts (DF-QuAD's base score), so that evidence counts: a claim
 * backed by the source's own words, checkable in a cited source, starts higher than a bare
 * assertion, and corroboration from a second source a little higher again.
 *
 *   `base:` in the claim file            that value (set by the debate's editors)
 *   the resolution                       0.50 (the question itself)
 *   raised to be answered                0.50 (its quote shows who raised it, not that it holds)
 *   no verbatim quote                    0.50 (a bare assertion: as likely as not)
 *   quotes from one cited source         0.60
 *   quotes from two or more sources      0.65
 *
 * A quote counts when its source is a file in sources/. Several quotes from one source are one
 * voice and count once. A concession's quote counts (an admission is evidence) and so does a
 * reported claim's (the reporter's words are the record of it).
 */
import type { ClaimRecord, Debate } from '$lib/model/types';
import { roleOf } from '$lib/model/labels';

export const BASE_SCORES = {
	bare: 0.5,
	oneSource: 0.6,
	moreSources: 0.65
} as const;

export interface BaseScore {
	value: number;
	/** Why, in a phrase: "a verbatim quote from one cited source". */
	reason: string;
}

export function baseScore(
	debate: Pick<Debate, 'sources' | 'thesis'>,
	claim: ClaimRecord
): BaseScore {
	if (claim.base !== undefined) return { value: claim.base, reason: 'set in the claim file' };
	if (claim.id === debate.thesis) return { value: BASE_SCORES.bare, reason: 'the resolution' };
	if (roleOf(claim) === 'raised')
		return {
			value: BASE_SCORES.bare,
			reason: 'raised to be answered, so its quote is not evidence for it'
		};
	const sources = new Set(
		(claim.evidence ?? []).map((e) => e.source).filter((s) => debate.sources[s])
	);
	if (sources.size === 0) return { value: BASE_SCORES.bare, reason: 'no quote: a bare assertion' };
	if (sources.size === 1)
		return { value: BASE_SCORES.oneSource, reason: 'a verbatim quote from one cited source' };
	return {
		value: BASE_SCORES.moreSources,
		reason: `verbatim quotes from ${sources.size} cited sources`
	};
}
