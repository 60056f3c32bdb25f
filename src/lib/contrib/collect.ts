/**
 * `npm run collect`, as pure logic: a class's proposal files in, the files to add to one
 * debate and one pull request's text out. Every proposal is checked by the validator's own
 * rules, located in the student's file; a file with any error is refused whole and writes
 * nothing; a proposal that repeats a claim already in the debate (or an earlier student's)
 * is skipped and flagged; taken ids get "-2"; no existing file is ever changed; and a claim
 * put in a published author's mouth needs a quote from that author's source (attribution.ts).
 * The script (scripts/collect.ts) only reads the folders and writes what this returns.
 */
import { entityPath, type EntityKind } from '$lib/files';
import { personSchema, sourceSchema, type Claim, type DebateMeta } from '$lib/schema';
import type { Debate } from '$lib/model/types';
import { claimTitle } from '$lib/model/labels';
import { slugWords } from '$lib/shared/text';
import { checkClaim, type ClaimInput } from '$lib/validate/check-claim';
import { REFERENCE_RULES, runRules } from '$lib/validate/rules';
import { indexDebate } from '$lib/validate/rules/cross-file/context';
import DUPLICATE_CLAIM from '$lib/validate/rules/cross-file/duplicate-claim';
import { checkQuotes } from '$lib/validate/check-quotes';
import { hasErrors, sortProblems, START, type Problem } from '$lib/validate/problem';
import { rule } from '$lib/validate/rules/rule';
import { validateDebateFiles, type DebateFiles } from '$lib/validate/validate-debate';
import { parseYaml, type DataPath } from '$lib/validate/yaml-source';
import { closest } from '$lib/validate/suggest';
import {
	checkAttribution,
	mergeIndex,
	nameKey,
	voiceIndex,
	voicerOf,
	type VoiceIndex
} from './attribution';
import { claimYaml, entityYaml } from './claim-yaml';
import {
	diffDebates,
	isEmptyDiff,
	mdId,
	mdText,
	renderDebateDiff,
	type DebateDiff
} from './debate-diff';
import { DUPLICATE_PROPOSAL_ID, type ProposalRead } from './proposal-file';
import { overlapFinding, QUOTE_OVERLAP } from './quote-overlap';
import { LOOKALIKE_NAME, lookalikeOf, sameNameAs } from './names';
import { uniqueId } from './slug';
import {
	impactHeadline,
	changeNote,
	orderedChanges,
	UNSOURCED_ADVICE,
	unsourcedImpacts,
	type UnsourcedImpact
} from './unsourced';
import { STATUS_NAMES } from '$lib/model/status';

export const WRONG_DEBATE = rule({
	code: 'wrong-debate',
	severity: 'error',
	layer: 'file',
	description:
		'A proposal file names a debate that is not the one being collected, or none that exists.'
});
export const PROPOSED_THESIS = rule({
	code: 'proposed-thesis',
	severity: 'error',
	layer: 'claim',
	description: 'A proposal tries to add a second thesis; a debate has exactly one.'
});
export const ALREADY_IN_DEBATE = rule({
	code: 'already-in-debate',
	severity: 'error',
	layer: 'cross-file',
	description:
		'A proposal adds a speaker or a source that the debate already has under another id (same name, title or address).'
});

export const ID_MAX = 80;

/** What happened to one proposal file. */
export interface FileReport {
	path: string;
	/** added: its new claims are in `writes`; repeats: every claim was already there; rejected: nothing of it is written. */
	status: 'added' | 'repeats' | 'rejected';
	problems: Problem[];
	claims: Array<{
		/** The id the student gave. */
		proposed: string;
		/** The id it is added under (absent when skipped). */
		id?: string;
		/** The claim it repeats, when it was skipped for that. */
		repeats?: string;
		/** Which earlier file it repeats, when it repeats another proposal. */
		repeatsFile?: string;
		/** That file was written before this one (false: the files cannot tell which came first). */
		repeatsOlder?: boolean;
	}>;
}

export interface CollectedFile {
	kind: EntityKind;
	id: string;
	path: string;
	text: string;
	/** The proposal file it came from. */
	from: string;
}

export interface CollectResult {
	debate: string;
	title: string;
	/** The debate as it is has errors: nothing was collected. */
	debateProblems: Problem[];
	files: FileReport[];
	/** New files to create, never existing ones. */
	writes: CollectedFile[];
	diff?: DebateDiff;
	/** The pull request's text. */
	markdown: string;
	/** Every quote was checked word for word against the source texts (--sources). */
	quotesChecked: boolean;
	/** The verdicts that added claims with no evidence decide (unsourced.ts): for the teacher to read. */
	unsourced: UnsourcedImpact[];
}

export interface CollectInput {
	/** The debate folder as it is (validator input; paths as they should appear in messages). */
	debate: DebateFiles;
	/** The folder that holds the debate folders ("arguments"). */
	root: string;
	/** The class's proposal files, read (proposal-file.ts), each naming this debate. */
	reads: ProposalRead[];
	/** Source id → text, to check that quotes are verbatim (--sources). */
	sourceTexts?: Record<string, string>;
}

type Entry = NonNullable<ProposalRead['entries'][number]['entry']>;
type PersonData = NonNullable<Entry['people']>[number];
type SourceData = NonNullable<Entry['sources']>[number];

const textKey = (text: string) => slugWords(text).join(' ');

/** Plain data compared field by field, key order ignored. */
function same(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
	const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
	return (
		ka.length === kb.length &&
		ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
	);
}

const strip = <T extends { id: string }>(x: T): Omit<T, 'id'> => {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { id, ...rest } = x;
	return rest;
};

const urlOf = (s: { url?: unknown }) =>
	typeof s.url === 'string'
		? s.url
		: s.url && typeof s.url === 'object' && 'value' in s.url
			? String((s.url as { value: unknown }).value)
			: undefined;

/** Which files a debate-level check may name: the debate's own (located at their start) and the student's. */
interface Located<T> {
	path: string;
	id: string;
	locate: ClaimInput['locate'];
	data: T;
}

/**
 * The checks of one proposal file against the debate as it is: the format (already read),
 * the debate it names, one id per proposal, the validator's claim and reference rules, no new
 * thesis, no second copy of a known speaker or source, honest attribution and, with source
 * texts, verbatim quotes. Returns the problems, all located in the student's file.
 */
/** What every file's check reads from the debate as it is, computed once per collection. */
interface Base {
	before: Debate;
	claims: Array<Located<Claim>>;
	stubs: Array<{
		path: string;
		id: string;
		locate: ClaimInput['locate'];
		moved: { moved: string };
	}>;
	people: Array<Located<Omit<Debate['people'][string], 'id'>>>;
	sources: Array<Located<Omit<Debate['sources'][string], 'id'>>>;
	/** Where each speaker speaks, from the people, sources and quotes as they are. */
	voices: VoiceIndex;
	sourceTitles: Record<string, string>;
}

function baseOf(before: Debate): Base {
	const start = () => START;
	const located = <T extends { id: string }>(kind: EntityKind, x: T) => ({
		path: entityPath(before.id, kind, x.id),
		id: x.id,
		locate: start,
		data: strip(x)
	});
	return {
		before,
		claims: Object.values(before.claims).map((c) => located('claim', c)),
		stubs: Object.keys(before.moved).map((id) => ({
			path: entityPath(before.id, 'claim', id),
			id,
			locate: start,
			moved: { moved: before.moved[id] }
		})),
		people: Object.values(before.people).map((p) => located('person', p)),
		sources: Object.values(before.sources).map((s) => located('source', s)),
		voices: voiceIndex(before),
		sourceTitles: Object.fromEntries(Object.values(before.sources).map((s) => [s.id, s.title]))
	};
}

/** The cross-file rules for one file; duplicate-claim runs once over every file (duplicates()). */
const FILE_REFERENCE_RULES = REFERENCE_RULES.filter((r) => r !== DUPLICATE_CLAIM);

function checkFile(read: ProposalRead, base: Base, sourceTexts?: Record<string, string>) {
	const { before } = base;
	const problems: Problem[] = [...read.problems];
	const { path, yaml } = read;
	const at = (...p: DataPath) => yaml.locate(p);
	if (read.debate !== undefined && read.debate !== before.id)
		problems.push(
			WRONG_DEBATE.at(
				path,
				at('debate'),
				`This proposal is for the debate "${read.debate}", not "${before.id}" (${before.meta.title}).`,
				`Collect it with --debate ${read.debate}, or ask for a proposal made in “${before.meta.title}”.`
			)
		);
	const entries = read.entries.filter((e): e is { index: number; entry: Entry } => !!e.entry);
	const seenPerson = new Map<string, PersonData>();
	const seenSource = new Map<string, SourceData>();
	const peopleNames = new Map<string, string>();
	for (const [id, p] of Object.entries(before.people))
		if (!p.contributor) peopleNames.set(nameKey(p.name), id);
	const publishedNames = base.voices.published ?? [];
	const sourceKeys = new Map<string, string>();
	for (const [id, s] of Object.entries(before.sources)) {
		sourceKeys.set(`t:${nameKey(s.title)}`, id);
		const u = urlOf(s);
		if (u) sourceKeys.set(`u:${u}`, id);
	}
	for (const { index: i, entry: e } of entries) {
		if (e.claim.kind === 'thesis')
			problems.push(
				PROPOSED_THESIS.at(
					path,
					at('proposals', i, 'claim', 'kind'),
					`A proposal cannot be the thesis: "${before.id}" already has one (${before.thesis}).`,
					'Choose another kind, or leave “kind” out.'
				)
			);
		(e.people ?? []).forEach((p, j) => {
			const seen = seenPerson.get(p.id);
			if (seen && !same(seen, p))
				problems.push(
					DUPLICATE_PROPOSAL_ID.at(
						path,
						at('proposals', i, 'people', j, 'id'),
						`This file gives two different speakers the id "${p.id}".`,
						'Give each speaker one id, with the same name and roles wherever it appears.'
					)
				);
			seenPerson.set(p.id, p);
			const known = peopleNames.get(nameKey(p.name));
			const existing = Object.hasOwn(before.people, p.id) ? before.people[p.id] : undefined;
			const reused = existing && (same(strip(existing), strip(p)) || sameContributor(existing, p));
			if (!known && !reused) {
				// Not the name itself, but one that could pass for it (a student's), or the same
				// speaker written otherwise (a new published one).
				const like = p.contributor
					? lookalikeOf(p.name, [...publishedNames, ...fileAuthors(entries)])
					: sameNameAs(p.name, publishedNames);
				if (like)
					problems.push(
						LOOKALIKE_NAME.at(
							path,
							at('proposals', i, 'people', j, 'name'),
							p.contributor
								? `“${p.name}” could pass for ${like}, a published voice in this debate: choose another name for yourself.`
								: `“${p.name}” is ${like}, already a speaker in this debate, written otherwise.`,
							p.contributor
								? 'A student’s name must not pass for an author’s, in other letters, with a title or in part. An initial or the class tells them apart (“Ben K., 7C”).'
								: `Choose the speaker who is already there instead of adding them again.`
						)
					);
			}
			if (known && !reused)
				problems.push(
					ALREADY_IN_DEBATE.at(
						path,
						at('proposals', i, 'people', j, 'name'),
						p.contributor
							? `“${p.name}” is the name of a published speaker in this debate (${known}): choose another name for yourself.`
							: `“${p.name}” is already a speaker in this debate (${known}).`,
						p.contributor
							? 'A contributor’s name must not pass for an author’s.'
							: `Choose ${known} as the speaker instead of adding them again.`
					)
				);
		});
		(e.sources ?? []).forEach((s, j) => {
			const seen = seenSource.get(s.id);
			if (seen && !same(seen, s))
				problems.push(
					DUPLICATE_PROPOSAL_ID.at(
						path,
						at('proposals', i, 'sources', j, 'id'),
						`This file gives two different sources the id "${s.id}".`,
						'Give each source one id, with the same fields wherever it appears.'
					)
				);
			seenSource.set(s.id, s);
			const existing = Object.hasOwn(before.sources, s.id) ? before.sources[s.id] : undefined;
			if (existing && same(strip(existing), strip(s))) return;
			const u = urlOf(s);
			const known = sourceKeys.get(`t:${nameKey(s.title)}`) ?? (u && sourceKeys.get(`u:${u}`));
			if (known)
				problems.push(
					ALREADY_IN_DEBATE.at(
						path,
						at(
							'proposals',
							i,
							'sources',
							j,
							sourceKeys.get(`t:${nameKey(s.title)}`) ? 'title' : 'url'
						),
						`This source is already in the debate as "${known}" (${before.sources[known].title}).`,
						`Choose ${known} as the source instead of adding it again.`
					)
				);
		});
	}

	// The validator's claim rules, on each proposal where the student wrote it.
	const claimInputs: ClaimInput[] = entries.map(({ index: i, entry: e }) => ({
		path,
		id: e.id,
		data: e.claim,
		locate: (p, mode) => yaml.locate(['proposals', i, 'claim', ...p], mode)
	}));
	for (const [k, c] of claimInputs.entries())
		problems.push(
			...checkClaim(c).map((p) =>
				// A student's own claim without a quote is allowed: said in words, not as a missing key.
				p.code === 'no-evidence' && entries[k].entry.voice === 'own'
					? {
							...p,
							message: `“${entries[k].entry.claim.label?.trim() || entries[k].entry.claim.text}” is a student’s own claim, with no quote from a source.`,
							hint: 'That is allowed. If it changes verdicts, they are listed under “Check before merging”.'
						}
					: p
			)
		);

	// References: into the debate as it is, and to what the file itself adds (which wins).
	const inFile = {
		claims: new Set(entries.map((x) => x.entry.id)),
		people: new Set(seenPerson.keys()),
		sources: new Set(seenSource.keys())
	};
	const start = () => START;
	const people = [
		...base.people.filter((p) => !inFile.people.has(p.id)),
		...entries.flatMap(({ index: i, entry: e }) =>
			(e.people ?? []).map((p, j) => ({
				path,
				id: p.id,
				locate: (q: DataPath) => yaml.locate(['proposals', i, 'people', j, ...q]),
				data: strip(p)
			}))
		)
	];
	const sources = [
		...base.sources.filter((s) => !inFile.sources.has(s.id)),
		...entries.flatMap(({ index: i, entry: e }) =>
			(e.sources ?? []).map((s, j) => ({
				path,
				id: s.id,
				locate: (q: DataPath) => yaml.locate(['proposals', i, 'sources', j, ...q]),
				data: strip(s)
			}))
		)
	];
	const refs = runRules(
		FILE_REFERENCE_RULES,
		indexDebate({
			debate: { path: '', id: before.id, locate: start, data: before.meta as DebateMeta },
			claims: [
				...base.claims.filter((c) => !inFile.claims.has(c.id)),
				...base.stubs.filter((c) => !inFile.claims.has(c.id)),
				...claimInputs
			],
			people: dedupeById(people),
			sources: dedupeById(sources)
		}),
		path
	);
	// A person or source the file brings twice is one file; report each problem once.
	problems.push(...refs.filter((p) => p.file === path));

	// Attribution: against the debate's speakers and what this file adds (which wins).
	const added = voiceIndex({
		people: Object.fromEntries(
			[...base.people.map((p) => [p.id, p.data] as const), ...seenPerson].filter(
				([id]) => !inFile.people.has(id) || seenPerson.has(id)
			)
		),
		sources: Object.fromEntries([
			...base.sources.map((x) => [x.id, x.data] as const),
			...seenSource
		])
	});
	const idx = mergeIndex(base.voices, added);
	const sourceTitles = { ...base.sourceTitles };
	for (const [id, s] of seenSource) sourceTitles[id] = s.title;
	for (const { index: i, entry: e } of entries)
		problems.push(
			...checkAttribution(
				{
					path,
					voice: e.voice,
					data: e.claim,
					locate: (p) => yaml.locate(['proposals', i, 'claim', ...p]),
					sourceTitles
				},
				idx
			)
		);
	// A source's claim its quote hardly shares a word with: flagged for the teacher (a warning).
	const topic = `${before.meta.title} ${before.meta.resolution}`;
	for (const { index: i, entry: e } of entries) {
		if (e.voice !== 'source' || !e.claim.evidence?.length) continue;
		const f = overlapFinding(
			e.claim.text,
			e.claim.evidence.map((x) => x.quote),
			topic
		);
		if (f)
			problems.push(
				QUOTE_OVERLAP.at(
					path,
					at('proposals', i, 'claim', 'evidence', 0, 'quote'),
					f.message,
					f.hint
				)
			);
	}
	if (sourceTexts)
		problems.push(
			...checkQuotes(claimInputs, sourceTexts, dedupeById(sources))
				.filter((p) => p.file === path)
				.map((p) =>
					p.code === 'quote-not-found' ? quoteNotFound(p, read, entries, idx, sourceTitles) : p
				)
		);
	return sortProblems(dedupeProblems(problems));
}

/**
 * A quote that is not in its source, in a teacher's words: which claim, whose words it would
 * be, which source, and how near the nearest passage comes; never a data path as the headline.
 * The place (file:line:column of the quote) is the validator's.
 */
function quoteNotFound(
	p: Problem,
	read: ProposalRead,
	entries: Array<{ index: number; entry: Entry }>,
	idx: VoiceIndex,
	sourceTitles: Record<string, string>
): Problem {
	for (const { index: i, entry: e } of entries)
		for (const [j, ev] of (e.claim.evidence ?? []).entries()) {
			const at = read.yaml.locate(['proposals', i, 'claim', 'evidence', j, 'quote']);
			if (at.line !== p.line || at.column !== p.column) continue;
			const title = e.claim.label?.trim() || e.claim.text;
			const source = `“${sourceTitles[ev.source] ?? ev.source}”`;
			const voicer = voicerOf(e.claim);
			const name = voicer ? (idx.names[voicer] ?? voicer) : undefined;
			const own = e.voice === 'own' || (voicer !== undefined && idx.contributors.includes(voicer));
			const message =
				own || !name
					? `“${title}”${name ? ` (${name}’s own claim)` : ''} quotes ${source}, but its quote is not in it.`
					: `“${title}” is attributed to ${name}, but its quote is not in ${source}: as it stands, it puts words in ${name}’s mouth.`;
			const elsewhere = p.hint?.match(/^It occurs in the text of source "([^"]+)"/)?.[1];
			const near = p.hint?.match(/^Closest passage \((\d+)% alike\): "([^]*)"\. /);
			const hint = elsewhere
				? `These words are in “${sourceTitles[elsewhere] ?? elsewhere}” (${elsewhere}): the proposal names the wrong source. Ask for a new file, or correct its source to ${elsewhere}.`
				: near && Number(near[1]) >= 50
					? `The nearest passage (${near[1]}% alike) reads: “${near[2]}”. Ask the student to copy the source’s words exactly${own ? '' : ', or to make it their own claim'}.`
					: `Nothing in ${source} comes close${near ? ` (the nearest passage is only ${near[1]}% alike)` : ''}: the quote may be invented. Ask the student where they read it${own ? '' : ', or to make it their own claim'}.`;
			return { ...p, message, hint };
		}
	return p;
}

/** The published names a proposal file brings itself: its new authors' and speakers'. */
function fileAuthors(entries: Array<{ entry: Entry }>): string[] {
	return entries.flatMap(({ entry: e }) => [
		...(e.people ?? []).filter((p) => !p.contributor).map((p) => p.name),
		...(e.sources ?? []).flatMap((s) => s.authors ?? [])
	]);
}

function sameContributor(existing: { contributor?: true; name: string }, p: PersonData) {
	return (
		existing.contributor === true &&
		p.contributor === true &&
		nameKey(existing.name) === nameKey(p.name)
	);
}

function dedupeById<T extends { id: string }>(xs: T[]): T[] {
	const seen = new Set<string>();
	return xs.filter((x) => !seen.has(x.id) && !!seen.add(x.id));
}

function dedupeProblems(ps: Problem[]): Problem[] {
	const seen = new Set<string>();
	return ps.filter((p) => {
		const k = `${p.file}:${p.line}:${p.column}:${p.code}:${p.message}`;
		return !seen.has(k) && !!seen.add(k);
	});
}

interface Plan {
	writes: CollectedFile[];
	reports: Map<string, FileReport>;
	/** Generated file path → where its data sits in the student's file. */
	owners: Map<string, { read: ProposalRead; base: DataPath }>;
}

function duplicates(base: Base, reads: ProposalRead[]): Problem[] {
	const files = new Set(reads.map((r) => r.path));
	const proposed = reads.flatMap((r) =>
		r.entries.flatMap(({ index: i, entry }) =>
			entry
				? [
						{
							path: r.path,
							id: entry.id,
							data: entry.claim,
							locate: (p: DataPath, mode?: 'value' | 'key') =>
								r.yaml.locate(['proposals', i, 'claim', ...p], mode)
						}
					]
				: []
		)
	);
	// The same text is a repeat, skipped and reported as such (plan()); a reworded copy is flagged.
	const sameText = (p: Problem) => / has the same text as /.test(p.message);
	return DUPLICATE_CLAIM.check!(
		indexDebate({ claims: [...base.claims, ...proposed], people: [], sources: [] })
	).filter((p) => files.has(p.file) && !sameText(p));
}

/** Final ids, skipped repeats, and the files to write, for the files that passed their checks. */
function plan(
	before: Debate,
	root: string,
	accepted: ProposalRead[],
	reports: Map<string, FileReport>
): Plan {
	const writes: CollectedFile[] = [];
	const owners: Plan['owners'] = new Map();
	const takenClaims = new Set([...Object.keys(before.claims), ...Object.keys(before.moved)]);
	const takenPeople = new Set(Object.keys(before.people));
	const takenSources = new Set(Object.keys(before.sources));
	const byText = new Map<string, { id: string; file?: string; modified?: number }>();
	for (const c of Object.values(before.claims)) byText.set(textKey(c.text), { id: c.id });
	const addedPeople = new Map<string, PersonData>();
	const addedSources = new Map<string, SourceData>();
	const contributorsByName = new Map<string, string>();
	for (const p of Object.values(before.people))
		if (p.contributor) contributorsByName.set(nameKey(p.name), p.id);

	for (const read of accepted) {
		const report = reports.get(read.path)!;
		const entries = read.entries.map((e) => e.entry!);
		// Claims first: a repeat is skipped, and then so are the speakers and sources only it named
		// (a student whose one claim was a repeat gets no speaker file).
		const isFresh = entries.map((e) => !byText.has(textKey(e.claim.text)));
		const seenText = new Set<string>();
		entries.forEach((e, i) => {
			// Two proposals of one file with one text: the second is a repeat of the first.
			const k = textKey(e.claim.text);
			if (isFresh[i] && seenText.has(k)) isFresh[i] = false;
			seenText.add(k);
		});
		const neededPeople = new Set<string>();
		const neededSources = new Set<string>();
		entries.forEach((e, i) => {
			if (!isFresh[i]) return;
			for (const p of [e.claim.speaker, e.claim.by]) if (p) neededPeople.add(p);
			for (const ev of e.claim.evidence ?? []) neededSources.add(ev.source);
		});
		for (const e of entries)
			for (const p of e.people ?? [])
				if (neededPeople.has(p.id)) for (const r of p.roles ?? []) neededSources.add(r.source);
		// Sources first (people's roles name them), then people, then claims.
		const sourceMap = new Map<string, string>();
		const personMap = new Map<string, string>();
		const claimMap = new Map<string, string>();
		entries.forEach((e, i) =>
			(e.sources ?? []).forEach((s, j) => {
				if (sourceMap.has(s.id) || !neededSources.has(s.id)) return;
				const data = strip(s);
				const reuse =
					(Object.hasOwn(before.sources, s.id) &&
						same(strip(before.sources[s.id]), data) &&
						s.id) ||
					[...addedSources].find(([, d]) => same(strip(d), data))?.[0];
				if (reuse) return sourceMap.set(s.id, reuse);
				const id = uniqueId(s.id, takenSources, ID_MAX);
				takenSources.add(id);
				sourceMap.set(s.id, id);
				addedSources.set(id, s);
				owners.set(entityPath(before.id, 'source', id, root), {
					read,
					base: ['proposals', i, 'sources', j]
				});
				writes.push({
					kind: 'source',
					id,
					from: read.path,
					path: entityPath(before.id, 'source', id, root),
					text: ''
				});
			})
		);
		entries.forEach((e, i) =>
			(e.people ?? []).forEach((p, j) => {
				if (personMap.has(p.id) || !neededPeople.has(p.id)) return;
				const data = {
					...strip(p),
					roles: p.roles?.map((r) => ({ ...r, source: sourceMap.get(r.source) ?? r.source }))
				};
				if (!data.roles) delete data.roles;
				const reuse =
					(Object.hasOwn(before.people, p.id) &&
						(same(strip(before.people[p.id]), data) || sameContributor(before.people[p.id], p)) &&
						p.id) ||
					(p.contributor ? contributorsByName.get(nameKey(p.name)) : undefined) ||
					[...addedPeople].find(([, d]) => same(strip(d), data))?.[0];
				if (reuse) return personMap.set(p.id, reuse);
				const id = uniqueId(p.id, takenPeople, ID_MAX);
				takenPeople.add(id);
				personMap.set(p.id, id);
				addedPeople.set(id, { id, ...data });
				if (p.contributor) contributorsByName.set(nameKey(p.name), id);
				owners.set(entityPath(before.id, 'person', id, root), {
					read,
					base: ['proposals', i, 'people', j]
				});
				writes.push({
					kind: 'person',
					id,
					from: read.path,
					path: entityPath(before.id, 'person', id, root),
					text: ''
				});
			})
		);
		// Claims: a repeat is skipped (replies in the file then answer the claim it repeats).
		const fresh: Array<{ e: Entry; i: number; id: string }> = [];
		entries.forEach((e, i) => {
			const twin = byText.get(textKey(e.claim.text));
			if (twin) {
				claimMap.set(e.id, twin.id);
				report.claims.push({
					proposed: e.id,
					repeats: twin.id,
					...(twin.file
						? {
								repeatsFile: twin.file,
								repeatsOlder: (twin.modified ?? Infinity) < (read.modified ?? Infinity)
							}
						: {})
				});
				return;
			}
			const id = uniqueId(e.id, takenClaims, ID_MAX);
			takenClaims.add(id);
			claimMap.set(e.id, id);
			byText.set(textKey(e.claim.text), { id, file: read.path, modified: read.modified });
			report.claims.push({ proposed: e.id, id });
			fresh.push({ e, i, id });
		});
		for (const { e, i, id } of fresh) {
			const c = e.claim;
			const rel = (ids: string[] | undefined) => ids?.map((t) => claimMap.get(t) ?? t);
			const person = (p: string | undefined) => (p ? (personMap.get(p) ?? p) : undefined);
			const path = entityPath(before.id, 'claim', id, root);
			owners.set(path, { read, base: ['proposals', i, 'claim'] });
			writes.push({
				kind: 'claim',
				id,
				from: read.path,
				path,
				text: claimYaml({
					...c,
					speaker: person(c.speaker),
					by: person(c.by),
					supports: rel(c.supports),
					attacks: rel(c.attacks),
					with: rel(c.with),
					undercuts: c.undercuts?.map((u) => ({
						...u,
						from: claimMap.get(u.from) ?? u.from,
						...(u.supports ? { supports: claimMap.get(u.supports) ?? u.supports } : {}),
						...(u.attacks ? { attacks: claimMap.get(u.attacks) ?? u.attacks } : {})
					})),
					evidence: c.evidence?.map((ev) => ({
						...ev,
						source: sourceMap.get(ev.source) ?? ev.source
					}))
				})
			});
		}
		report.status = fresh.length ? 'added' : 'repeats';
	}
	for (const w of writes) {
		if (w.kind === 'person')
			w.text = entityYaml('person', strip(addedPeople.get(w.id)!), Object.keys(personSchema.shape));
		if (w.kind === 'source') {
			const s = addedSources.get(w.id)!;
			w.text = entityYaml('source', strip(s), Object.keys(sourceSchema.shape));
		}
	}
	return { writes, reports, owners };
}

/** A problem the whole-debate check found in a generated file, placed where the student wrote it. */
function relocate(
	p: Problem,
	w: CollectedFile,
	owner: { read: ProposalRead; base: DataPath }
): Problem {
	const g = parseYaml(w.path, w.text);
	let offset = 0;
	const lines = w.text.split('\n');
	for (let l = 0; l < p.line - 1 && l < lines.length; l++) offset += lines[l].length + 1;
	const dp = p.line > 1 || p.column > 1 ? g.pathAt(offset + p.column - 1) : undefined;
	const where = owner.read.yaml.locate([...owner.base, ...(dp ?? [])]);
	return { ...p, file: owner.read.path, line: where.line, column: where.column };
}

export function collectProposals(input: CollectInput): CollectResult {
	const { root } = input;
	// The debate's files are parsed once: the check with the new files reuses them.
	const cache = new Map();
	const first = validateDebateFiles(input.debate, { cache });
	const title = first.debate?.meta.title ?? input.debate.id;
	const result: CollectResult = {
		debate: input.debate.id,
		title,
		debateProblems: [],
		files: [],
		writes: [],
		markdown: '',
		quotesChecked: input.sourceTexts !== undefined,
		unsourced: []
	};
	if (!first.debate) {
		result.debateProblems = first.problems.filter((p) => p.severity === 'error');
		return result;
	}
	const before = first.debate;
	const reports = new Map<string, FileReport>();
	// The order in which files are planned decides whose a repeated claim is: the file written
	// first (a copy is newer than what it copies), then by name. Either way both are flagged.
	const reads = [...input.reads].sort(
		(a, b) =>
			(a.modified ?? Infinity) - (b.modified ?? Infinity) ||
			(a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
	);
	let accepted: ProposalRead[] = [];
	const base = baseOf(before);
	const checked = reads.map((read) => ({
		read,
		problems: checkFile(read, base, input.sourceTexts)
	}));
	// Likely duplicates, once over the debate and every file: of a claim there, or of each other.
	const dup = duplicates(base, reads);
	for (const c of checked)
		c.problems = sortProblems([...c.problems, ...dup.filter((p) => p.file === c.read.path)]);
	for (const { read, problems } of checked) {
		const bad = hasErrors(problems) || !read.entries.length || read.entries.some((e) => !e.entry);
		reports.set(read.path, {
			path: read.path,
			status: bad ? 'rejected' : 'added',
			problems,
			claims: []
		});
		if (!bad) accepted.push(read);
	}
	// The whole debate with the new files must pass the validator; a file whose additions break
	// it (a cycle of supports among its claims, say) is refused, and the rest planned again.
	let planned: Plan;
	let after: Debate | undefined;
	for (;;) {
		for (const r of accepted) reports.get(r.path)!.claims = [];
		planned = plan(before, root, accepted, reports);
		const check = validateDebateFiles(
			{
				...input.debate,
				files: [
					...input.debate.files,
					...planned.writes.map((w) => ({ path: w.path, text: w.text }))
				]
			},
			{ cache }
		);
		const errors = check.problems.filter((p) => p.severity === 'error');
		if (!errors.length) {
			after = check.debate;
			break;
		}
		const culprits = new Set<string>();
		for (const p of errors) {
			const w = planned.writes.find((x) => x.path === p.file);
			const owner = w && planned.owners.get(w.path);
			if (!w || !owner) {
				// Not a file we made: the new files changed how an existing one reads. Refuse all.
				for (const r of accepted) {
					const rep = reports.get(r.path)!;
					rep.status = 'rejected';
					rep.problems = sortProblems([...rep.problems, p]);
					culprits.add(r.path);
				}
				break;
			}
			const rep = reports.get(owner.read.path)!;
			rep.status = 'rejected';
			rep.problems = sortProblems(dedupeProblems([...rep.problems, relocate(p, w, owner)]));
			culprits.add(owner.read.path);
		}
		accepted = accepted.filter((r) => !culprits.has(r.path));
	}
	for (const rep of reports.values()) if (rep.status === 'rejected') rep.claims = [];
	if (after)
		for (const p of reviewFlags(before, after, planned)) reports.get(p.file)?.problems.push(p);
	for (const rep of reports.values()) rep.problems = sortProblems(rep.problems);
	result.files = [...reports.values()];
	result.writes = planned.writes;
	if (after) {
		result.diff = diffDebates(before, after);
		result.unsourced = unsourcedImpacts(
			after,
			new Map(planned.writes.filter((w) => w.kind === 'claim').map((w) => [w.id, w.from]))
		);
		result.markdown = pullRequestText(result, after);
	}
	return result;
}

export const SAME_QUOTE = rule({
	code: 'same-quote',
	severity: 'warning',
	layer: 'cross-file',
	description:
		'A proposed claim quotes the very words an existing claim (or an earlier proposal) already quotes: most likely the same claim made again.'
});
export const ONE_WAY_PROPOSAL = rule({
	code: 'one-way-proposal',
	severity: 'warning',
	layer: 'graph',
	description:
		'A proposed claim from an essay published side by side with another (a source of kind debate) attacks that other essay’s claim one way; the rule is to draw such a clash both ways, which only a change to the existing claim can do.'
});

const quoteKey = (q: string) => slugWords(q).join(' ');

/**
 * What a reviewer should look at in the claims about to be added, located where the student
 * wrote them: a quote some claim already quotes (a likely repeat under other words), and an
 * attack between two debaters' side-by-side essays drawn one way only (CONTRIBUTING, "Clashes:
 * draw them both ways": neither essay replies to the other, so the arrow alone would decide).
 */
function reviewFlags(before: Debate, after: Debate, planned: Plan): Problem[] {
	const out: Problem[] = [];
	const quoted = new Map<string, string>();
	for (const c of Object.values(before.claims))
		for (const e of c.evidence ?? [])
			if (!quoted.has(quoteKey(e.quote))) quoted.set(quoteKey(e.quote), c.id);
	const sideBySide = new Set(
		Object.values(after.sources)
			.filter((x) => x.kind === 'debate')
			.map((x) => x.id)
	);
	const title = (id: string) => claimTitle(after.claims[id]);
	const name = (id: string | undefined) =>
		id && Object.hasOwn(after.people, id) ? after.people[id].name : (id ?? 'no one');
	const own = (c: { role?: string; speaker?: string }) =>
		(c.role === undefined || c.role === 'asserted') && !!c.speaker;
	for (const w of planned.writes) {
		if (w.kind !== 'claim') continue;
		const owner = planned.owners.get(w.path);
		const c = after.claims[w.id];
		if (!owner || !c) continue;
		const at = (...p: DataPath) => owner.read.yaml.locate([...owner.base, ...p]);
		(c.evidence ?? []).forEach((e, i) => {
			const k = quoteKey(e.quote);
			const twin = quoted.get(k);
			if (twin && twin !== c.id)
				out.push(
					SAME_QUOTE.at(
						owner.read.path,
						at('evidence', i, 'quote'),
						`This quote is the one “${title(twin)}” (${twin}) already quotes: most likely the same claim, made again.`,
						`If it says the same, answer or support ${twin} instead; the same claim twice splits its replies between two cards.`
					)
				);
			else if (!twin) quoted.set(k, c.id);
		});
		const speaker = after.people[c.speaker ?? ''];
		if (!own(c) || !speaker || speaker.contributor) continue;
		const mine = new Set((c.evidence ?? []).map((e) => e.source).filter((x) => sideBySide.has(x)));
		(c.attacks ?? []).forEach((target, i) => {
			if (!Object.hasOwn(before.claims, target)) return;
			const b = before.claims[target];
			if (b.kind === 'thesis' || !own(b) || b.speaker === c.speaker) return;
			if ((b.attacks ?? []).includes(c.id)) return;
			const shared = (b.evidence ?? []).find((e) => mine.has(e.source))?.source;
			if (!shared) return;
			out.push(
				ONE_WAY_PROPOSAL.at(
					owner.read.path,
					at('attacks', i),
					`“${title(c.id)}” (${name(c.speaker)}) attacks “${title(target)}” (${name(b.speaker)}) one way, but both are from “${after.sources[shared].title}”, whose pieces were published side by side: neither replies to the other, so the arrow alone would decide the clash.`,
					`Before merging, draw the clash both ways: add ${c.id} to the attacks of ${target} (a proposal cannot change an existing claim). See CONTRIBUTING, “Clashes: draw them both ways”.`
				)
			);
		});
	}
	return out;
}

/** Which debate each file is for: the one asked for, else the one it names (if it exists). */
export function groupByDebate(
	reads: ProposalRead[],
	debates: string[],
	chosen?: string
): { groups: Map<string, ProposalRead[]>; rejected: FileReport[] } {
	const groups = new Map<string, ProposalRead[]>();
	const rejected: FileReport[] = [];
	for (const read of reads) {
		const target = chosen ?? read.debate;
		if (target && debates.includes(target)) {
			groups.set(target, [...(groups.get(target) ?? []), read]);
			continue;
		}
		const problems = [...read.problems];
		if (read.debate !== undefined) {
			const guess = closest(read.debate, debates);
			problems.push(
				WRONG_DEBATE.at(
					read.path,
					read.yaml.locate(['debate']),
					`There is no debate "${read.debate}" to add this proposal to.`,
					`${guess ? `Did you mean "${guess}"? ` : ''}The debates are: ${debates.join(', ') || '(none)'}. Pass --debate <id> to choose one.`
				)
			);
		}
		rejected.push({
			path: read.path,
			status: 'rejected',
			problems: sortProblems(dedupeProblems(problems)),
			claims: []
		});
	}
	return { groups, rejected };
}

/** Warnings on an added proposal that a reviewer should see in the pull request. */
const FLAGGED = new Set([
	'duplicate-claim',
	'invisible-character',
	'quote-overlap',
	'same-quote',
	'one-way-proposal'
]);

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Who a claim is given to, for a flag. */
function speakerOf(d: Debate, id: string): { name: string; contributor?: true } | undefined {
	const c = Object.hasOwn(d.claims, id) ? d.claims[id] : undefined;
	return c?.speaker && Object.hasOwn(d.people, c.speaker) ? d.people[c.speaker] : undefined;
}

/** The pull request: what the class adds, who says what, what to check, and what changes. */
export function pullRequestText(r: CollectResult, after: Debate): string {
	const added = r.files.filter((f) => f.status === 'added');
	const claims = added.flatMap((f) => f.claims.filter((c) => c.id));
	const repeats = r.files.flatMap((f) =>
		f.status === 'rejected'
			? []
			: f.claims.filter((c) => c.repeats).map((c) => ({ ...c, file: f.path }))
	);
	const out: string[] = [
		`## Class proposals: ${mdText(r.title)} (${mdId(r.debate)})`,
		'',
		`${plural(claims.length, 'claim')} added from ${plural(added.length, 'proposal file')}` +
			(repeats.length
				? `; ${plural(repeats.length, 'repeat')} of claims already there not added`
				: '') +
			'.',
		'',
		'#### What was checked, and what was not',
		'',
		'- Every proposal, with the validator’s rules; and who may say what: a claim given to a published author needs a quote from a source where that author speaks (`npm run collect`).',
		r.quotesChecked
			? '- Every quote, word for word against the source texts (`--sources`).'
			: '- **Quotes were not checked against the source texts** (no `--sources`): a quote may be invented or altered. Check each quote below against its source before merging.',
		'- No tool checks that a quote says what its claim says. A claim that shares almost no words with its quote is listed under “Check before merging”; read the others too.',
		''
	];
	if (claims.length) {
		out.push(`#### Who says what (${claims.length})`, '');
		for (const c of claims) {
			const claim = after.claims[c.id!];
			const who = (id?: string) =>
				id && Object.hasOwn(after.people, id) ? after.people[id] : undefined;
			const sp = who(claim.speaker);
			const voice = sp?.contributor ? 'own claim' : 'from a source';
			const quotes = (claim.evidence ?? []).map(
				(e) =>
					`  - “${mdText(e.quote)}” (${mdText(after.sources[e.source]?.title ?? e.source)}, ${mdText(e.locator)})`
			);
			const by =
				claim.by && who(claim.by) ? `, ${claim.role} by ${mdText(who(claim.by)!.name)}` : '';
			out.push(
				`- ${mdId(c.id!)} “${mdText(claimTitle(claim))}”: **${mdText(sp?.name ?? '(no speaker)')}**${by} (${voice})${quotes.length ? '' : ', no quote'}`,
				...quotes
			);
		}
		out.push('');
	}
	const flags: string[] = [];
	for (const x of r.unsourced) {
		const one = x.claims.length === 1;
		flags.push(
			[
				`- **${mdText(impactHeadline(x))}** ${x.claims.map((c) => `${mdId(c.id)} “${mdText(c.title)}” (${c.speaker ? `${mdText(c.speaker)}, ` : ''}${mdText(c.file)})`).join(' and ')}. Without ${one ? 'it' : 'them'} → with ${one ? 'it' : 'them'}:`,
				...orderedChanges(x).map(
					(c) =>
						`  - ${mdId(c.id)} “${mdText(c.title)}”: ${STATUS_NAMES[c.without]} → **${STATUS_NAMES[c.with]}**${changeNote(x, c)}`
				),
				`  - ${UNSOURCED_ADVICE}`
			].join('\n')
		);
	}
	for (const f of added)
		for (const p of f.problems.filter((p) => FLAGGED.has(p.code)))
			flags.push(`- ${mdText(p.file)}:${p.line}: ${mdText(p.message)} (${mdText(p.hint ?? '')})`);
	for (const c of repeats) {
		if (!c.repeatsFile) {
			flags.push(
				`- Not added: ${mdId(c.proposed)} repeats ${mdId(c.repeats!)} (already in the debate).`
			);
			continue;
		}
		// The same claim handed in twice: whose it is cannot be known for sure, so both files are named.
		const who = speakerOf(after, c.repeats!);
		const whose = who?.contributor
			? `, under ${mdText(who.name)}. Check which student wrote it; if it is the other one, change its speaker before merging.`
			: `${who ? `; both give it to ${mdText(who.name)}` : ''}. Only one copy is added; check that each student did their own work.`;
		flags.push(
			`- The same claim in two files: ${mdId(c.proposed)} in ${mdText(c.file)} repeats ${mdId(c.repeats!)}, added from ${mdText(c.repeatsFile)}${c.repeatsOlder ? ', the file written first' : ' (the files do not show which was written first)'}${whose}`
		);
	}
	if (flags.length) out.push(`#### Check before merging (${flags.length})`, '', ...flags, '');
	if (r.diff && !isEmptyDiff(r.diff))
		out.push(renderDebateDiff(r.diff).replace(/^### /, '### What it changes: '));
	else out.push('No changes to the argument map.', '');
	return out.join('\n').trimEnd() + '\n';
}
