/**
 * The two orders prep offers: the order the debate makes its points in (the default, from
 * model/order.ts), or strongest first. Tiny and type-only in its imports, so pages can
 * re-sort in the browser without shipping the model.
 */
import type { ClaimStatus } from '$lib/evaluate';

export interface Sortable {
	order: number;
	evidence: number;
	status: Pick<ClaimStatus, 'strength'>;
}

export type PrepSort = 'order' | 'strength';

/** The order the debate makes its points in. */
export function byOrder(a: Sortable, b: Sortable): number {
	return a.order - b.order;
}

/** Strongest first; at equal strength the better-evidenced claim; then reading order. */
export function byRank(a: Sortable, b: Sortable): number {
	return b.status.strength - a.status.strength || b.evidence - a.evidence || a.order - b.order;
}

export function sorter(sort: PrepSort): (a: Sortable, b: Sortable) => number {
	return sort === 'strength' ? byRank : byOrder;
}

export function isPrepSort(value: string | null): value is PrepSort {
	return value === 'order' || value === 'strength';
}
