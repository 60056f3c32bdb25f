/**
 * The sides of a debate and how a relation carries a claim to one: the one vocabulary
 * for sides, used by the graph, every view, the prep pages and the filters.
 */
import type { Relation, Side } from '$lib/schema';

/** A claim's side: which side of the resolution it argues, or both when its relations disagree. */
export type ClaimSide = Side | 'thesis' | 'mixed';

export const CLAIM_SIDES: readonly ClaimSide[] = ['thesis', 'for', 'against', 'mixed'];

export const SIDE_NAMES: Record<ClaimSide, string> = {
	thesis: 'Resolution',
	for: 'For',
	against: 'Against',
	mixed: 'Both sides'
};

export function opponentOf(side: Side): Side {
	return side === 'for' ? 'against' : 'for';
}

export function isSide(value: string): value is Side {
	return value === 'for' || value === 'against';
}

export function isClaimSide(value: string): value is ClaimSide {
	return (CLAIM_SIDES as readonly string[]).includes(value);
}

/** Supporting a claim takes its side; attacking it takes the other. */
export function sideThrough(relation: Relation, targetSide: ClaimSide): ClaimSide {
	const base: ClaimSide = targetSide === 'thesis' ? 'for' : targetSide;
	if (base === 'mixed' || relation === 'supports') return base;
	return base === 'for' ? 'against' : 'for';
}
