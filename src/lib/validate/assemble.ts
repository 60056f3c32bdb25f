/** Valid files → the `Debate` model every view consumes. Only called once no check reported an error. */
import type { Claim, DebateMeta, Moved, Person, Source } from '$lib/schema';
import type { ClaimRecord, Debate, WithId } from '$lib/model/types';
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
	const claims: Record<string, ClaimRecord> = {};
	const movedTo = new Map<string, string>();
	let thesis = '';
	for (const c of [...input.claims].sort(byId)) {
		if (c.moved) movedTo.set(c.id, c.moved.moved);
		else if (c.data) {
			claims[c.id] = { id: c.id, ...c.data };
			if (c.data.kind === 'thesis') thesis = c.id;
		}
	}
	const people: Record<string, WithId<Person>> = {};
	for (const p of [...input.people].sort(byId)) if (p.data) people[p.id] = { id: p.id, ...p.data };
	const sources: Record<string, WithId<Source>> = {};
	for (const s of [...input.sources].sort(byId))
		if (s.data) sources[s.id] = { id: s.id, ...s.data };
	const moved: Record<string, string> = {};
	for (const [from, to] of resolveMoved(movedTo, (id) => id in claims))
		if (to !== undefined) moved[from] = to;
	return { id: input.id, meta: input.meta, thesis, claims, people, sources, moved };
}
