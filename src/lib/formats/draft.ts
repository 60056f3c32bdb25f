/**
 * What every importer builds before it becomes Crux files: claims and relations as the
 * foreign format has them, keyed by that format's own ids ("1.2.3" in Kialo, a nodeID in
 * AIF). `fit.ts` then bends the draft to Crux's rules and `write.ts` turns it into YAML.
 * Keeping one intermediate means each format only says what it read, not how Crux stores it.
 */
import type { Evidence, Relation } from '$lib/schema';

export interface DraftClaim {
	/** The format's own id for it; unique in the draft. */
	key: string;
	text: string;
	/** An id to keep if it is a valid Crux id (round trips); otherwise one is derived from the text. */
	id?: string;
	kind?: string;
	label?: string;
	/** Key of a draft person. */
	speaker?: string;
	role?: string;
	by?: string;
	evidence?: Evidence[];
	tags?: string[];
	base?: number;
	date?: string;
	/** Notes: each what the importer had to say about this claim, joined in the file. */
	notes: string[];
}

export interface DraftRelation {
	from: string;
	to: string;
	rel: Relation;
}

export interface DraftPerson {
	key: string;
	name: string;
	id?: string;
	/** The rest of a Crux person file, when the format carried one (round trips). */
	extra?: Record<string, unknown>;
}

export interface DraftSource {
	key: string;
	id?: string;
	/** A whole Crux source file's fields (title, kind, …). */
	data: Record<string, unknown>;
}

export interface Draft {
	title: string;
	resolution?: string;
	description?: string;
	sides?: { for: string; against: string };
	tags?: Record<string, { label: string; description?: string }>;
	/** Key of the claim that is the thesis, when the format says which. */
	thesis?: string;
	claims: DraftClaim[];
	relations: DraftRelation[];
	people: DraftPerson[];
	sources: DraftSource[];
	/** Renamed claims: old id → the key of the claim it now is (written as `moved:` stubs). */
	moved?: Record<string, string>;
}

export function emptyDraft(title: string): Draft {
	return { title, claims: [], relations: [], people: [], sources: [] };
}

/** A claim with no notes yet, for importers that fill the rest in. */
export function draftClaim(key: string, text: string, rest: Partial<DraftClaim> = {}): DraftClaim {
	return { key, text, notes: [], ...rest };
}
