/**
 * The page's ballot, shared with every badge under it: a claim's status and strength show the
 * ballot's verdict while a ballot is active, the map's own otherwise.
 */
import { getContext, setContext } from 'svelte';
import type { ClaimStatus } from '$lib/evaluate';
import type { Ballot } from '$lib/views/ballot/ballot.svelte';

const KEY = Symbol('crux-ballot');

export function setBallot(ballot: Ballot): Ballot {
	return setContext(KEY, ballot);
}

export function getBallot(): Ballot | undefined {
	return getContext<Ballot | undefined>(KEY);
}

/** The status to show for a claim: the active ballot's, else `own`. */
export function shownStatus<S extends Pick<ClaimStatus, 'status' | 'reason'>>(
	ballot: Ballot | undefined,
	id: string | undefined,
	own: S
): S | ClaimStatus {
	if (!ballot || !id || !ballot.active) return own;
	return ballot.result?.status[id] ?? own;
}
