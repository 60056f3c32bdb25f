/**
 * The debate model: what the loader produces from `arguments/<debate>/` once it is
 * valid, and what every view consumes. Plain serialisable data (it crosses from the
 * prerender to the page as JSON) and free of any renderer.
 */
import type { Claim, DebateMeta, Person, Source } from '$lib/schema';

export type WithId<T> = T & { id: string };

export interface ClaimRecord extends Claim {
	id: string;
}

export interface Debate {
	/** Folder name under arguments/. */
	id: string;
	meta: DebateMeta;
	/** Id of the one claim whose kind is "thesis". */
	thesis: string;
	claims: Record<string, ClaimRecord>;
	people: Record<string, WithId<Person>>;
	sources: Record<string, WithId<Source>>;
	/** Renamed claims: old id → current id (already followed to the end of any chain). */
	moved: Record<string, string>;
}
