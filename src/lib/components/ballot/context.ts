/**
 * The page's ballot, shared with every badge under it: a claim's status and strength show the
 * ballot's verdict while a ballot is active, the map's own otherwise.
 */
import { getContext, setContext } from 'svelte';
import type { ClaimStatus } from '$lib/evaluate';
import type { Ballot } from '$lib/views/ballot/ballot.svelte';
import { BallotSlot } from './slot.svelte';

const KEY = Symbol('crux-ballot');

/** A page's ballot slot: a ballot (prep pages) or a maker that loads one on demand (the map). */
export function setBallot(from: Ballot | (() => Promise<Ballot>)): BallotSlot {
	return setContext(KEY, new BallotSlot(from));
}

export function getBallot(): BallotSlot | undefined {
	return getContext<BallotSlot | undefined>(KEY);
}

/** The status to show for a claim: the active ballot's, else `own`. Reactive on the slot. */
export function shownStatus<S extends Pick<ClaimStatus, 'status' | 'reason'>>(
	slot: BallotSlot | undefined,
	id: string | undefined,
	own: S
): S | ClaimStatus {
	const ballot = slot?.current;
	if (!ballot || !id || !ballot.active) return own;
	return ballot.result?.status[id] ?? own;
}
