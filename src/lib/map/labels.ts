/** Short texts for nodes, outline rows and cards. Pure string work, shared by every view. */
import type { ClaimSide } from '$lib/model/graph';
import type { ClaimRecord, Debate } from '$lib/model/types';

export const SIDE_NAMES: Record<ClaimSide, string> = {
	thesis: 'Resolution',
	for: 'For',
	against: 'Against',
	mixed: 'Both sides'
};

/** Cut at a word boundary so a node never ends mid-word. */
export function shorten(text: string, max: number): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max) return clean;
	const cut = clean.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '') + '…';
}

export function claimTitle(claim: ClaimRecord): string {
	return claim.label ?? shorten(claim.text, 90);
}

export function speakerName(debate: Debate, claim: ClaimRecord): string {
	if (!claim.speaker) return claim.kind === 'thesis' ? 'Resolution' : 'Unattributed';
	return debate.people[claim.speaker]?.name ?? claim.speaker;
}
