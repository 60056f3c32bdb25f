/**
 * What a Crux debate has beyond claims, text and relations (debate settings, people,
 * sources, and per claim its kind, evidence, tags…), as one plain object. The AIF and
 * Argdown exports carry it under one key their own tools ignore, so a Crux → AIF → Crux
 * round trip loses nothing; importers read it back when it is there.
 */
import type { Claim, DebateMeta, Person, Source } from '$lib/schema';
import type { Debate } from '$lib/model/types';
import { liftStructure, type Draft, type DraftClaim } from './draft';
import { own } from '$lib/shared/records';
import { isRecord } from './json-input';
import type { Reporter } from './report';

export const EXTRAS_KEY = 'crux';

/** A claim's fields but its text and relations (undercuts and linked groups too), which every format has slots for. */
export type ClaimExtras = Partial<
	Omit<Claim, 'text' | 'supports' | 'attacks' | 'undercuts' | 'with'>
>;

export interface CruxExtras {
	debate: string;
	meta: DebateMeta;
	people: Record<string, Person>;
	sources: Record<string, Source>;
	claims: Record<string, ClaimExtras>;
	/** Renamed claims (old id → current id), so re-imports write their stubs. */
	moved?: Record<string, string>;
}

/** Fields a format shows in its own syntax, where an edit made in that format must win. */
export type Visible = 'text' | 'tags' | 'kind' | 'speaker';

const strip = <T extends { id: string }>(x: T): Omit<T, 'id'> =>
	Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'id')) as Omit<T, 'id'>;

export function cruxExtras(debate: Debate): CruxExtras {
	const claims: Record<string, ClaimExtras> = {};
	for (const c of Object.values(debate.claims)) {
		// Text and relations have slots of their own in every format; the rest travels here.
		const rest = Object.fromEntries(
			Object.entries(c).filter(([k]) => !['id', 'text', 'supports', 'attacks'].includes(k))
		) as ClaimExtras;
		if (Object.keys(rest).length) claims[c.id] = rest;
	}
	return {
		debate: debate.id,
		meta: debate.meta,
		people: Object.fromEntries(Object.values(debate.people).map((p) => [p.id, strip(p)])),
		sources: Object.fromEntries(Object.values(debate.sources).map((s) => [s.id, strip(s)])),
		claims,
		...(Object.keys(debate.moved).length ? { moved: debate.moved } : {})
	};
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const norm = (t: string) => t.replace(/\s+/g, ' ').trim();

/**
 * The hidden copy against what the format shows: a field the format shows (`visible`) keeps
 * the shown value when the two differ (someone edited the exported file), and each such
 * conflict is reported; the copy fills in only what the format cannot show. A text whose
 * words are unchanged takes the copy's line breaks, which the format cannot keep.
 */
function merge(c: DraftClaim, e: Record<string, unknown>, visible: Set<Visible>, rep?: Reporter) {
	const shown = { text: c.text, tags: c.tags, kind: c.kind, speaker: c.speaker };
	c.label = undefined;
	// Copied key by key: an own "__proto__" key from JSON must not become c's prototype.
	for (const [k, v] of Object.entries(e))
		if (k !== '__proto__') (c as unknown as Record<string, unknown>)[k] = v;
	c.notes = typeof e.note === 'string' ? [e.note] : [];
	delete (c as { note?: string }).note;
	for (const field of visible) {
		const hidden = e[field];
		const value = shown[field];
		if (field === 'text') {
			c.text =
				typeof hidden === 'string' && norm(hidden) === norm(value as string)
					? hidden
					: (value as string);
			if (typeof hidden === 'string' && c.text !== hidden) conflict(c, field, rep);
			continue;
		}
		(c as unknown as Record<string, unknown>)[field] = value;
		if (field in e && !same(hidden, value)) conflict(c, field, rep);
		else if (!(field in e) && value !== undefined && !(Array.isArray(value) && !value.length))
			conflict(c, field, rep);
	}
}

function conflict(c: DraftClaim, field: Visible, rep?: Reporter) {
	rep?.adjust(
		`edited-${field}`,
		`a claim’s ${field} in the file differs from the copy Crux keeps in it: the ${field} as the file shows it is kept`,
		c.key
	);
}

/**
 * Restore what the extras say into a draft whose claim keys are Crux ids. Unknown shapes are
 * ignored. Fields in `visible` are the format's own (see `merge`); the rest come from the extras.
 */
export function applyExtras(
	draft: Draft,
	raw: unknown,
	opts: { visible?: Visible[]; rep?: Reporter } = {}
): boolean {
	if (!isRecord(raw) || !isRecord(raw.meta) || !isRecord(raw.claims)) return false;
	const x = raw as unknown as CruxExtras;
	draft.title = String(x.meta.title ?? draft.title);
	draft.resolution = x.meta.resolution;
	draft.description = x.meta.description;
	draft.sides = x.meta.sides;
	draft.tags = x.meta.tags;
	for (const [id, p] of Object.entries(isRecord(x.people) ? x.people : {})) {
		const { name, ...extra } = p;
		draft.people.push({ key: id, id, name, extra });
	}
	for (const [id, s] of Object.entries(isRecord(x.sources) ? x.sources : {}))
		draft.sources.push({ key: id, id, data: { ...s } });
	if (isRecord(x.moved)) {
		const moved: Record<string, string> = {};
		for (const [old, to] of Object.entries(x.moved)) if (typeof to === 'string') moved[old] = to;
		draft.moved = moved;
	}
	const visible = new Set(opts.visible ?? []);
	for (const c of draft.claims) {
		c.id = c.key;
		const e = own(x.claims, c.key);
		// The extras are the truth about the fields the format has no slot for: what it guessed gives way.
		if (isRecord(e)) merge(c, e, visible, opts.rep);
	}
	const native = { groups: draft.groups ?? [], undercuts: draft.undercuts ?? [] };
	draft.groups = [];
	draft.undercuts = [];
	liftStructure(draft);
	reconcile(draft, native);
	return true;
}

/**
 * The format's own groups and undercuts are the structure (an edit made in the format wins);
 * the hidden copy's only choose how each is written: the member whose `with:` declares a group,
 * and the member that names a group's relation in an undercut. A copy the format no longer has
 * is dropped; a group or undercut only the format has is kept as the format gives it.
 */
function reconcile(draft: Draft, native: Required<Pick<Draft, 'groups' | 'undercuts'>>) {
	const same = (a: string[], b: string[]) =>
		a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
	const groupOfMember = (from: string, to: string, rel: string) =>
		native.groups.find((g) => g.to === to && g.rel === rel && g.members.includes(from));
	const hidden = { groups: draft.groups ?? [], undercuts: draft.undercuts ?? [] };
	// Groups: native, each written as its hidden copy declares it when the members agree.
	const groups = native.groups.flatMap((g) => {
		const copies = hidden.groups.filter((h) => h.to === g.to && h.rel === g.rel);
		const union = [...new Set(copies.flatMap((h) => h.members))];
		return copies.length && same(union, g.members) ? copies : [g];
	});
	// Undercuts: native, naming the relation by the member its hidden copy names.
	const undercuts = native.undercuts.map((u) => {
		const g = groupOfMember(u.target.from, u.target.to, u.target.rel);
		const copy = hidden.undercuts.find(
			(h) =>
				h.from === u.from &&
				h.target.to === u.target.to &&
				h.target.rel === u.target.rel &&
				(h.target.from === u.target.from || (g?.members.includes(h.target.from) ?? false))
		);
		return copy ?? u;
	});
	draft.groups = groups;
	draft.undercuts = undercuts;
}
