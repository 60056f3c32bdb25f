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

/** A claim saying one relation shows nothing (AIF: a CA node on an RA or CA node; Argdown `_>`). */
export interface DraftUndercut {
	/** Key of the undercutting claim. */
	from: string;
	/** The relation it undercuts; also in `relations`. */
	target: DraftRelation;
}

/** Linked premises: members that support (or attack) `to` only together; each member's relation is also in `relations`. */
export interface DraftGroup {
	members: string[];
	to: string;
	rel: Relation;
	/** The member whose `with:` declared the group (Crux files): written back on it alone. */
	by?: string;
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
	undercuts?: DraftUndercut[];
	groups?: DraftGroup[];
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

/**
 * Crux's own fields `with:` and `undercuts:` on draft claims (from Crux JSON, or the hidden
 * copy in an Argdown or AIF export; claim keys are Crux ids there) as the draft's groups and
 * undercuts. The claims lose the two fields.
 */
export function liftStructure(d: Draft): void {
	const undercuts = (d.undercuts ??= []);
	const groups = (d.groups ??= []);
	const relationsOf = new Map<string, DraftRelation[]>();
	for (const r of d.relations)
		(relationsOf.get(r.from) ?? relationsOf.set(r.from, []).get(r.from)!).push(r);
	for (const c of d.claims) {
		const x = c as DraftClaim & {
			with?: unknown;
			undercuts?: unknown;
		};
		if (Array.isArray(x.undercuts))
			for (const u of x.undercuts as Array<Record<string, unknown>>) {
				const rel: Relation | undefined =
					typeof u?.supports === 'string'
						? 'supports'
						: typeof u?.attacks === 'string'
							? 'attacks'
							: undefined;
				if (rel && typeof u.from === 'string')
					undercuts.push({ from: c.key, target: { from: u.from, to: String(u[rel]), rel } });
			}
		const own = relationsOf.get(c.key) ?? [];
		if (Array.isArray(x.with) && own.length === 1) {
			const members = [
				c.key,
				...(x.with as unknown[]).filter((w): w is string => typeof w === 'string')
			];
			groups.push({ members, to: own[0].to, rel: own[0].rel, by: c.key });
		}
		delete x.with;
		delete x.undercuts;
	}
}
