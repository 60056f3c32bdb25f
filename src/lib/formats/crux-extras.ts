/**
 * What a Crux debate has beyond claims, text and relations (debate settings, people,
 * sources, and per claim its kind, evidence, tags…), as one plain object. The AIF and
 * Argdown exports carry it under one key their own tools ignore, so a Crux → AIF → Crux
 * round trip loses nothing; importers read it back when it is there.
 */
import type { Claim, DebateMeta, Person, Source } from '$lib/schema';
import type { Debate } from '$lib/model/types';
import type { Draft } from './draft';
import { own } from '$lib/shared/records';
import { isRecord } from './json-input';

export const EXTRAS_KEY = 'crux';

/** A claim's fields but its text and relations, which every format has slots for. */
export type ClaimExtras = Partial<Omit<Claim, 'text' | 'supports' | 'attacks'>>;

export interface CruxExtras {
	debate: string;
	meta: DebateMeta;
	people: Record<string, Person>;
	sources: Record<string, Source>;
	claims: Record<string, ClaimExtras>;
}

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
		claims
	};
}

/** Restore what the extras say into a draft whose claim keys are Crux ids. Unknown shapes are ignored. */
export function applyExtras(draft: Draft, raw: unknown): boolean {
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
	for (const c of draft.claims) {
		c.id = c.key;
		const e = own(x.claims, c.key);
		if (!isRecord(e)) continue;
		// The extras are the whole truth about these fields: what the format guessed gives way.
		c.label = undefined;
		// Copied key by key: an own "__proto__" key from JSON must not become c's prototype.
		for (const [k, v] of Object.entries(e))
			if (k !== '__proto__') (c as unknown as Record<string, unknown>)[k] = v;
		c.notes = typeof e.note === 'string' ? [e.note] : [];
		delete (c as { note?: string }).note;
	}
	return true;
}
