/**
 * Where a page keeps its ballot. The map's first paint must not carry the ballot's code, so
 * there the slot starts empty and `ensure()` loads and makes the ballot when one is asked
 * for (a ballot link, a stored ballot, or the reader opening one); prep pages fill it at once.
 */
import type { Ballot } from '$lib/views/ballot/ballot.svelte';

export class BallotSlot {
	current: Ballot | undefined = $state.raw();
	#make: (() => Promise<Ballot>) | undefined;
	#pending: Promise<Ballot> | undefined;

	constructor(from: Ballot | (() => Promise<Ballot>)) {
		if (typeof from === 'function') this.#make = from;
		else this.current = from;
	}

	/** The ballot, made (and its code loaded) if need be. */
	ensure(): Promise<Ballot> {
		if (this.current) return Promise.resolve(this.current);
		this.#pending ??= this.#make!().then((b) => (this.current = b));
		return this.#pending;
	}
}
