/**
 * What the cross-file rules read: every file's id and (partly) valid data, indexed once per
 * debate, so each rule is a small pass over the same lookups.
 */
import type { Claim, DebateMeta, Moved, Person, Source } from '$lib/schema';
import type { Lenient } from '../../lenient';
import type { Position } from '../../problem';
import type { DataPath } from '../../yaml-source';

export interface Located {
	path: string;
	id: string;
	locate(path: DataPath, at?: 'value' | 'key'): Position;
	/** Set when `data` is only the valid part of an invalid file. */
	partial?: unknown;
}
export interface ReferenceInput {
	/** `data` may be partial: the fields that passed the schema in a file that has other errors, so one typo does not hide every other mistake. */
	debate?: Located & { data?: Lenient<DebateMeta> };
	claims: Array<Located & { data?: Lenient<Claim>; moved?: Moved }>;
	people: Array<Located & { data?: Lenient<Person> }>;
	sources: Array<Located & { data?: Lenient<Source> }>;
	/** Namespaces whose contents are not known (the browser form may lack them): references into them are not checked. */
	unknown?: Array<'claims' | 'people' | 'sources'>;
}

export interface DebateIndex extends ReferenceInput {
	/** Every claim file id, stubs included. */
	claimIds: Set<string>;
	/** Claim ids that are not stubs, for suggestions. */
	liveIds: string[];
	personIds: Set<string>;
	sourceIds: Set<string>;
	/** Undefined when the namespace is unknown: references into it are not checked. */
	claimNs?: Set<string>;
	personNs?: Set<string>;
	sourceNs?: Set<string>;
	/** Stub id → the id it says the claim moved to. */
	movedTo: Map<string, string>;
	/** Stub id → the live claim at the end of its renames, or undefined. */
	resolved: Map<string, string | undefined>;
	/** Tag ids defined in debate.yaml; undefined when they cannot be known. */
	tags?: Set<string>;
	/** Usage is only known when every file that could mention an id was readable. */
	allRead: boolean;
}

/** Follow each rename to its end. A chain that loops or ends nowhere resolves to undefined. */
export function resolveMoved(
	moved: Map<string, string>,
	exists: (id: string) => boolean
): Map<string, string | undefined> {
	const out = new Map<string, string | undefined>();
	for (const start of moved.keys()) {
		const seen = new Set<string>([start]);
		let cur = moved.get(start)!;
		while (moved.has(cur) && !seen.has(cur)) {
			seen.add(cur);
			cur = moved.get(cur)!;
		}
		out.set(start, !moved.has(cur) && exists(cur) ? cur : undefined);
	}
	return out;
}

export function indexDebate(input: ReferenceInput): DebateIndex {
	const unknown = new Set(input.unknown ?? []);
	const claimIds = new Set(input.claims.map((c) => c.id));
	const personIds = new Set(input.people.map((p) => p.id));
	const sourceIds = new Set(input.sources.map((s) => s.id));
	const movedTo = new Map(input.claims.filter((c) => c.moved).map((c) => [c.id, c.moved!.moved]));
	const tagMap = input.debate?.data?.tags;
	return {
		...input,
		claimIds,
		liveIds: input.claims.filter((c) => !c.moved).map((c) => c.id),
		personIds,
		sourceIds,
		claimNs: unknown.has('claims') ? undefined : claimIds,
		personNs: unknown.has('people') ? undefined : personIds,
		sourceNs: unknown.has('sources') ? undefined : sourceIds,
		movedTo,
		resolved: resolveMoved(movedTo, (id) => claimIds.has(id) && !movedTo.has(id)),
		tags: input.debate?.data ? new Set(Object.keys(tagMap ?? {})) : undefined,
		allRead:
			unknown.size === 0 &&
			input.claims.every((c) => c.moved || (c.data && !c.partial)) &&
			input.people.every((p) => p.data && !p.partial)
	};
}

/** Each readable string at `items[i][field]`, with its index. */
export function itemsOf<T>(
	items: ReadonlyArray<T | undefined> | undefined,
	pick: (item: T) => unknown
): Array<[string, number]> {
	const out: Array<[string, number]> = [];
	(items ?? []).forEach((item, i) => {
		const v = item === undefined ? undefined : pick(item);
		if (typeof v === 'string') out.push([v, i]);
	});
	return out;
}

/** Each live claim's readable data, by id. */
export function claimData(
	d: DebateIndex
): Map<string, NonNullable<DebateIndex['claims'][number]['data']>> {
	const out = new Map<string, NonNullable<DebateIndex['claims'][number]['data']>>();
	for (const c of d.claims) if (c.data && !c.moved) out.set(c.id, c.data);
	return out;
}

/** The live claim an id means (following renames), or undefined when there is none. */
export function liveId(d: DebateIndex, id: string): string | undefined {
	if (d.movedTo.has(id)) return d.resolved.get(id);
	return d.claimIds.has(id) ? id : undefined;
}
