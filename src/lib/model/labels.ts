/**
 * What to call a claim and its speaker: the one rule for a claim's title, used by the map,
 * the outline, prep, the PR comment and the CLI alike.
 */
import { shorten } from '$lib/shared/text';
import type { ClaimRecord, Debate } from './types';

export function claimTitle(claim: ClaimRecord): string {
	return claim.label ?? shorten(claim.text, 90);
}

export function speakerName(debate: Debate, claim: ClaimRecord): string {
	if (!claim.speaker) return claim.kind === 'thesis' ? 'Resolution' : 'Unattributed';
	return debate.people[claim.speaker]?.name ?? claim.speaker;
}

/** Every claim's id and title: the small index the 404 page, ids.json and the form share. */
export function claimIndex(debate: Debate): Array<{ id: string; title: string }> {
	return Object.values(debate.claims).map((c) => ({ id: c.id, title: claimTitle(c) }));
}
