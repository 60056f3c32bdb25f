/**
 * Honest attribution for proposed claims. A proposal is either the proposer's own claim (its
 * speaker is a contributor: the class, or a student's chosen name) or a claim a published
 * source makes, and then a quote from a source where that author speaks must carry it. The
 * form shows these problems as the student types; `npm run collect` refuses a proposal with
 * any of them. Pure and browser-safe.
 */
import type { Claim, Person, Source, Voice } from '$lib/schema';
import type { Lenient } from '$lib/validate/lenient';
import type { Position, Problem } from '$lib/validate/problem';
import type { DataPath } from '$lib/validate/yaml-source';
import { rule } from '$lib/validate/rules/rule';

export const MISATTRIBUTED = rule({
	code: 'misattributed',
	severity: 'error',
	layer: 'claim',
	description:
		'A proposed claim puts words in a published author’s mouth without a quote from a source where that author speaks, or gives a student’s own claim to a published author.'
});

/** Who may voice what: each speaker's sources, and which speakers are contributors. Serialisable. */
export interface VoiceIndex {
	/** Person id → the source ids where their own words appear. */
	sources: Record<string, string[]>;
	/** Person id → display name. */
	names: Record<string, string>;
	/** Ids of contributors (students, the class): never a source's voice. */
	contributors: string[];
	/** Source id → its named parts ("Newsham", "Self"), for a locator that names one. */
	parts: Record<string, string[]>;
}

type PersonLike = Pick<Person, 'name' | 'roles' | 'contributor'>;
type SourceLike = Pick<Source, 'authors' | 'editors' | 'publisher' | 'parts'>;
type ClaimLike = Pick<Claim, 'speaker' | 'by' | 'role' | 'evidence'>;

/** Names compared as a reader would: case, accents, punctuation and spacing ignored. */
export function nameKey(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

const valueOf = <T>(v: T | { value: T } | undefined): T | undefined =>
	v !== null && typeof v === 'object' && 'value' in (v as object)
		? (v as { value: T }).value
		: (v as T);

/** Whose words a claim's quotes give: the speaker's, or for a raised or reported claim its author's (`by`). */
export function voicerOf(c: Pick<Claim, 'speaker' | 'by' | 'role'>): string | undefined {
	return c.role === 'raised' || c.role === 'reported' ? c.by : c.speaker;
}

const own = <T>(rec: Record<string, T>) => Object.entries(rec);

/**
 * Where each speaker speaks: a source that describes them (roles), lists them as author,
 * editor or publisher, or that an existing claim already quotes for their words.
 */
export function voiceIndex(input: {
	people: Record<string, PersonLike>;
	sources: Record<string, SourceLike>;
	claims?: Record<string, ClaimLike>;
}): VoiceIndex {
	const byName = new Map<string, string[]>();
	for (const [id, p] of own(input.people)) {
		const k = nameKey(p.name ?? '');
		if (k) byName.set(k, [...(byName.get(k) ?? []), id]);
	}
	const found = new Map<string, Set<string>>();
	const add = (person: string | undefined, source: string | undefined) => {
		if (!person || !source || !Object.hasOwn(input.people, person)) return;
		let s = found.get(person);
		if (!s) found.set(person, (s = new Set()));
		s.add(source);
	};
	for (const [id, p] of own(input.people)) for (const r of p.roles ?? []) add(id, r?.source);
	for (const [sid, s] of own(input.sources)) {
		const names = [...(s.authors ?? []), ...(s.editors ?? []), valueOf(s.publisher)];
		for (const n of names)
			if (typeof n === 'string') for (const pid of byName.get(nameKey(n)) ?? []) add(pid, sid);
	}
	// A claim's quotes give its author's words, and its speaker's (as raised or reported there).
	for (const c of Object.values(input.claims ?? {}))
		for (const e of c.evidence ?? []) {
			add(c.speaker, e?.source);
			add(c.by, e?.source);
		}
	const sources: Record<string, string[]> = {};
	const names: Record<string, string> = {};
	for (const [id, p] of own(input.people)) {
		sources[id] = [...(found.get(id) ?? [])].sort();
		names[id] = p.name;
	}
	const parts: Record<string, string[]> = {};
	for (const [sid, s] of own(input.sources)) if (s.parts?.length) parts[sid] = [...s.parts];
	return {
		sources,
		names,
		parts,
		contributors: own(input.people)
			.filter(([, p]) => p.contributor === true)
			.map(([id]) => id)
			.sort()
	};
}

export interface AttributionInput {
	path: string;
	voice: Voice;
	data: Lenient<Claim>;
	locate(path: DataPath): Position;
	/** Source id → title, for hints. */
	sourceTitles?: Record<string, string>;
}

export interface Finding {
	/** Where in the claim: [] for the claim as a whole, ['speaker'], ['evidence', 0, 'source']… */
	at: DataPath;
	message: string;
	hint?: string;
}

/** The attribution problems of one proposed claim, located in its file (empty when it is honest). */
export function checkAttribution(c: AttributionInput, idx: VoiceIndex): Problem[] {
	return attributionFindings(c, idx).map((f) =>
		MISATTRIBUTED.at(c.path, c.locate(f.at), f.message, f.hint)
	);
}

/** The same, as paths into the claim (the form puts each next to its field). */
export function attributionFindings(
	c: Pick<AttributionInput, 'voice' | 'data' | 'sourceTitles'>,
	idx: VoiceIndex
): Finding[] {
	const out: Finding[] = [];
	const d = c.data;
	const fail = (at: DataPath, message: string, hint?: string) =>
		out.push(hint === undefined ? { at, message } : { at, message, hint });
	const has = (id: unknown): id is string => typeof id === 'string' && Object.hasOwn(idx.names, id);
	const nameOf = (id: string) => (has(id) ? idx.names[id] : id);
	const isContributor = (id: string) => idx.contributors.includes(id);
	const speaker = typeof d.speaker === 'string' ? d.speaker : undefined;

	if (c.voice === 'own') {
		if (d.role && d.role !== 'asserted')
			fail(
				['role'],
				`Your own claim is yours to assert, so it cannot be “${d.role}”.`,
				'Leave “role” out; raised, conceded and reported claims are what a source says.'
			);
		if (d.by) fail(['by'], 'Your own claim has no reporting author: leave “by” out.');
		if (!speaker)
			fail(
				[],
				'Your own claim needs a speaker: the class, or the name you choose.',
				'Published authors speak only through quotes from their sources.'
			);
		else if (!isContributor(speaker))
			fail(
				['speaker'],
				`${nameOf(speaker)} is a published voice in this debate, so your own claim cannot be theirs: its speaker is the class or your own chosen name.`,
				`If ${nameOf(speaker)} says this, choose “What a source says” and quote their words.`
			);
		return out;
	}

	const voicer = voicerOf({ speaker, by: d.by, role: d.role });
	const at: DataPath = d.role === 'raised' || d.role === 'reported' ? ['by'] : ['speaker'];
	if (!voicer) {
		fail([], 'A claim a source makes needs its speaker: whose words the quote gives.');
		return out;
	}
	if (isContributor(voicer)) {
		fail(
			at,
			`${nameOf(voicer)} is a contributor, not a published source.`,
			'Choose “My own claim” for your own words, or the author whose words you quote.'
		);
		return out;
	}
	const where = idx.sources[voicer] ?? [];
	const evidence = (d.evidence ?? []).filter(
		(e): e is { source: string; quote: string; locator: string } =>
			!!e && typeof e === 'object' && typeof (e as { source?: unknown }).source === 'string'
	);
	const title = (s: string) => c.sourceTitles?.[s] ?? s;
	const list = where.map((s) => `“${title(s)}”`).join(', ');
	if (!evidence.length) {
		fail(
			[],
			`A claim a source makes needs a quote from that source: the words where ${nameOf(voicer)} says it.`,
			where.length
				? `Quote ${nameOf(voicer)} from ${list}, or make it your own claim.`
				: 'Add the quote and its source, or make it your own claim.'
		);
		return out;
	}
	// In a piece with named parts (one essay each), the locator says whose part a quote is in.
	const partOf = (e: { source: string; locator?: unknown }) => {
		const loc = typeof e.locator === 'string' ? nameKey(e.locator) : '';
		return (idx.parts[e.source] ?? []).find((p) => nameKey(p) && loc.startsWith(nameKey(p)));
	};
	const speaksIn = (part: string, id: string) =>
		nameKey(idx.names[id] ?? '')
			.split(' ')
			.includes(nameKey(part));
	const othersPart = (e: { source: string; locator?: unknown }) => {
		const part = partOf(e);
		if (!part || speaksIn(part, voicer)) return undefined;
		const other = Object.keys(idx.names).find((id) => id !== voicer && speaksIn(part, id));
		return other ? { part, other } : undefined;
	};
	const carried = evidence.filter((e) => where.includes(e.source));
	if (carried.length && carried.every((e) => othersPart(e))) {
		const e = carried[0];
		const { part, other } = othersPart(e)!;
		const i = (d.evidence ?? []).indexOf(e);
		fail(
			['evidence', Math.max(0, i), 'locator'],
			`The quote is from ${nameOf(other)}’s part of “${title(e.source)}” (${part}), not ${nameOf(voicer)}’s, so this would put ${nameOf(other)}’s words in ${nameOf(voicer)}’s mouth.`,
			`Quote ${nameOf(voicer)}’s own part of the source, or make ${nameOf(other)} the speaker.`
		);
		return out;
	}
	if (!carried.length) {
		const i = (d.evidence ?? []).findIndex((e) => evidence[0] === e);
		fail(
			['evidence', Math.max(0, i), 'source'],
			`None of the quotes is from a source where ${nameOf(voicer)} speaks, so this would put words in ${nameOf(voicer)}’s mouth.`,
			where.length
				? `Quote ${nameOf(voicer)} from ${list}, or make it your own claim (speaker: the class or your own name).`
				: `No source in this debate gives ${nameOf(voicer)}’s words: add the source where they say it (listing them among its authors), or make it your own claim.`
		);
	}
	return out;
}

/** Two indexes as one: each speaker speaks wherever either says; `b`'s names win. */
export function mergeIndex(a: VoiceIndex, b: VoiceIndex): VoiceIndex {
	const sources: Record<string, string[]> = {};
	for (const id of new Set([...Object.keys(a.sources), ...Object.keys(b.sources)]))
		sources[id] = [...new Set([...(a.sources[id] ?? []), ...(b.sources[id] ?? [])])].sort();
	return {
		sources,
		names: { ...a.names, ...b.names },
		contributors: [...new Set([...a.contributors, ...b.contributors])].sort(),
		parts: { ...a.parts, ...b.parts }
	};
}

/**
 * The index with what a form adds: a new speaker (described by a source through a role, or
 * listed among a new source's authors) and a new source (whose authors may name existing
 * speakers). Pure: `idx` is not changed.
 */
export function withNew(
	idx: VoiceIndex,
	add: {
		person?: { id: string; name: string; roleSource?: string; contributor?: boolean };
		source?: { id: string; authors: string[] };
	}
): VoiceIndex {
	const sources: Record<string, string[]> = { ...idx.sources };
	const names: Record<string, string> = { ...idx.names };
	const contributors = [...idx.contributors];
	const { person, source } = add;
	if (person && person.id) {
		names[person.id] = person.name;
		sources[person.id] = person.roleSource ? [person.roleSource] : [];
		if (person.contributor && !contributors.includes(person.id)) contributors.push(person.id);
	}
	if (source && source.id) {
		const authors = new Set(source.authors.map(nameKey).filter(Boolean));
		for (const [id, name] of Object.entries(names))
			if (authors.has(nameKey(name)) && !(sources[id] ?? []).includes(source.id))
				sources[id] = [...(sources[id] ?? []), source.id];
	}
	return { ...idx, sources, names, contributors };
}
