/**
 * The two orders prep offers: the order the debate makes its points in (the default, from
 * model/order.ts), or strongest first. Tiny and type-only in its imports, so pages can
 * re-sort in the browser without shipping the model.
 */
import type { ClaimStatus } from '$lib/evaluate';

export interface Sortable {
	order: number;
	evidence: number;
	status: Pick<ClaimStatus, 'strength' | 'clashStrength'>;
}

/**
 * A claim's strength for ranking: for a claim in an open clash, its strength if it prevails
 * (a debater ranks a line by what it is worth once its clash is won; DF-QuAD's balance point
 * of the open clash would rank the side with less backing last, as if the clash were lost).
 */
export const rankStrength = (s: Pick<ClaimStatus, 'strength' | 'clashStrength'>): number =>
	s.clashStrength?.high ?? s.strength;

export type PrepSort = 'order' | 'strength';

/** The order the debate makes its points in. */
export function byOrder(a: Sortable, b: Sortable): number {
	return a.order - b.order;
}

/** Strongest first (rankStrength); at equal strength the better-evidenced claim; then reading order. */
export function byRank(a: Sortable, b: Sortable): number {
	return (
		rankStrength(b.status) - rankStrength(a.status) || b.evidence - a.evidence || a.order - b.order
	);
}

export function sorter(sort: PrepSort): (a: Sortable, b: Sortable) => number {
	return sort === 'strength' ? byRank : byOrder;
}

export function isPrepSort(value: string | null): value is PrepSort {
	return value === 'order' || value === 'strength';
}
