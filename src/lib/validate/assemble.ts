/**
 * Valid files → the `Debate` model every view consumes. Only called once no check reported an
 * error. Its tables are null-prototype objects (shared/records.ts), so a claim, person, source or
 * tag whose id is "constructor" is found, and one that is absent is not found, by every lookup.
 */
import type { Claim, DebateMeta, Moved, Person, Source } from '$lib/schema';
import type { ClaimRecord, Debate, WithId } from '$lib/model/types';
import { dict, has } from '$lib/shared/records';
import { resolveMoved } from './check-references';

export interface AssembleInput {
	id: string;
	meta: DebateMeta;
	claims: Array<{ id: string; data?: Claim; moved?: Moved }>;
	people: Array<{ id: string; data?: Person }>;
	sources: Array<{ id: string; data?: Source }>;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function assembleDebate(input: AssembleInput): Debate {
	const claims = dict<ClaimRecord>();
	const movedTo = new Map<string, string>();
	let thesis = '';
	for (const c of [...input.claims].sort(byId)) {
		if (c.moved) movedTo.set(c.id, c.moved.moved);
		else if (c.data) {
			claims[c.id] = { id: c.id, ...c.data };
			if (c.data.kind === 'thesis') thesis = c.id;
		}
	}
	const people = dict<WithId<Person>>();
	for (const p of [...input.people].sort(byId)) if (p.data) people[p.id] = { id: p.id, ...p.data };
	const sources = dict<WithId<Source>>();
	for (const s of [...input.sources].sort(byId))
		if (s.data) sources[s.id] = { id: s.id, ...s.data };
	const moved = dict<string>();
	for (const [from, to] of resolveMoved(movedTo, (id) => has(claims, id)))
		if (to !== undefined) moved[from] = to;
	const meta = input.meta.tags
		? { ...input.meta, tags: dict(Object.entries(input.meta.tags)) }
		: input.meta;
	return { id: input.id, meta, thesis, claims, people, sources, moved };
}
