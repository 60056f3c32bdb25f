/**
 * The "propose a reply" form as data: its fields, the files they produce, and the live check
 * (the validator's own `checkClaimFile`, plus the schema check of any new person or source file).
 * Pure and browser-safe, so the component stays thin and this logic is unit-tested.
 */
import { LOOKALIKE_NAME, lookalikeOf, sameNameAs } from './names';
import { overlapFinding, QUOTE_OVERLAP } from './quote-overlap';
import { DRAFT_FIELD_MAX } from './draft-store';
import { entityPath } from '$lib/files';
import { checkClaimFile, type KnownIds, type Problem } from '$lib/validate/index';
import { checkFile } from '$lib/validate/check-file';
import DUPLICATE_ID from '$lib/validate/rules/cross-file/duplicate-id';
import NO_RELATION from '$lib/validate/rules/claim/no-relation';
import type { Rule } from '$lib/validate/rules/rule';
import { parse } from 'yaml';
import { personSchema, type ProposalEntry, type Voice } from '$lib/schema';
import { claimYaml, entityYaml, fieldsByLine, personYaml, sourceYaml } from './claim-yaml';
import { idFromText, idOf } from './slug';
import {
	MISATTRIBUTED,
	attributionFindings,
	nameKey,
	withNew,
	type VoiceIndex
} from './attribution';

export const NEW = '__new__';

export interface ProposalFields {
	/** Whose words: the student's own ("own"), a published source's ("source"), or not chosen yet. */
	voice: '' | Voice;
	/** With "own": the name the student chooses to appear under; '' means the class's name. */
	ownName: string;
	text: string;
	/** "undercuts": the reply says the target does not show the claim it is given for (`of`). */
	relation: 'attacks' | 'supports' | 'undercuts';
	target: string;
	/** With "undercuts": the claim the target supports (or attacks) that the reply says it does not show. */
	of: string;
	/** With "supports"/"attacks": comma-separated ids of the claims it holds only together with. */
	together: string;
	/** The claim id (file name); '' means "derive it from the label, or else the text". */
	id: string;
	label: string;
	kind: string;
	/** An existing person id, NEW, or ''. */
	speaker: string;
	newSpeakerId: string;
	newSpeakerName: string;
	newSpeakerKind: 'person' | 'organisation';
	newSpeakerRole: string;
	newSpeakerAffiliation: string;
	/** An existing source id, NEW, or ''. */
	source: string;
	newSourceId: string;
	newSourceTitle: string;
	newSourceKind: string;
	newSourceAuthors: string;
	newSourceDate: string;
	newSourceUrl: string;
	quote: string;
	locator: string;
	/** Comma-separated tag ids. */
	tags: string;
}

export function emptyFields(target = ''): ProposalFields {
	return {
		voice: '',
		ownName: '',
		text: '',
		relation: 'attacks',
		target,
		of: '',
		together: '',
		id: '',
		label: '',
		kind: '',
		speaker: '',
		newSpeakerId: '',
		newSpeakerName: '',
		newSpeakerKind: 'person',
		newSpeakerRole: '',
		newSpeakerAffiliation: '',
		source: '',
		newSourceId: '',
		newSourceTitle: '',
		newSourceKind: 'other',
		newSourceAuthors: '',
		newSourceDate: '',
		newSourceUrl: '',
		quote: '',
		locator: '',
		tags: ''
	};
}

/** A restored draft, with every field forced back to its type: storage is not trusted. */
export function normalizeFields(raw: unknown): ProposalFields | undefined {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
	const r = raw as Record<string, unknown>;
	const out = emptyFields();
	for (const k of Object.keys(out) as Array<keyof ProposalFields>) {
		const v = r[k];
		// A long field is kept (the form says what is too long); only absurd sizes are cut.
		if (typeof v === 'string')
			(out as unknown as Record<string, string>)[k] = v.slice(0, DRAFT_FIELD_MAX);
	}
	if (!['attacks', 'supports', 'undercuts'].includes(out.relation)) out.relation = 'attacks';
	if (out.voice !== 'own' && out.voice !== 'source') out.voice = '';
	if (out.newSpeakerKind !== 'person' && out.newSpeakerKind !== 'organisation')
		out.newSpeakerKind = 'person';
	return out;
}

export interface DebateContext {
	debate: string;
	claims: string[];
	/** File names in claims/ that are not claims any more (stubs left by renames). */
	moved?: string[];
	people: string[];
	sources: string[];
	tags: string[];
	/** Each claim's relations out, for an undercut: which claims it supports or attacks. */
	relations?: Record<string, Array<{ relation: 'supports' | 'attacks'; to: string }>>;
	/** Who speaks in which source, and who is a contributor (attribution.ts); without it nothing is checked. */
	voices?: VoiceIndex;
	/** Source id → title, for hints. */
	sourceTitles?: Record<string, string>;
	/** The speaker of a student's own claim when they give no name (crux.config.yaml class-name). */
	className?: string;
	/** The debate's title and resolution: words every claim uses, left out when a claim is compared with its quote. */
	topic?: string;
}

export interface ProposedFile {
	kind: 'claim' | 'person' | 'source';
	path: string;
	text: string;
}

export interface Proposal {
	id: string;
	files: ProposedFile[];
	problems: Problem[];
	/** Problems by form field name (see FIELD_OF). */
	byField: Record<string, Problem[]>;
	/** The proposal as a proposal file holds it (proposal-file.ts), once its voice is chosen. */
	entry?: ProposalEntry;
}

const splitTags = (s: string) =>
	s
		.split(/[,\s]+/)
		.map((t) => t.trim())
		.filter(Boolean);

/** The name a student's own claim appears under: theirs, else the class's. */
export function ownSpeakerName(f: ProposalFields, ctx: Pick<DebateContext, 'className'>): string {
	return f.ownName.replace(/\s+/g, ' ').trim() || ctx.className || 'Our class';
}

export function speakerId(f: ProposalFields, ctx: Pick<DebateContext, 'className'> = {}): string {
	if (f.voice === 'own') return idOf(ownSpeakerName(f, ctx)) || 'our-class';
	return f.speaker === NEW ? f.newSpeakerId.trim() || idOf(f.newSpeakerName) : f.speaker;
}

export function sourceId(f: ProposalFields): string {
	return f.source === NEW ? f.newSourceId.trim() || idOf(f.newSourceTitle) : f.source;
}

export function claimId(f: ProposalFields, ctx: Pick<DebateContext, 'claims' | 'moved'>): string {
	return f.id.trim() || idFromText(f.label.trim() || f.text, [...ctx.claims, ...(ctx.moved ?? [])]);
}

/** File field (from the line map) → the form control it came from, per kind of file. */
const CLAIM_FIELDS: Record<string, string> = {
	text: 'text',
	label: 'label',
	kind: 'kind',
	speaker: 'speaker',
	supports: 'target',
	attacks: 'target',
	with: 'together',
	undercuts: 'target',
	'undercuts.from': 'target',
	'undercuts.supports': 'of',
	'undercuts.attacks': 'of',
	evidence: 'quote',
	'evidence.source': 'source',
	'evidence.quote': 'quote',
	'evidence.locator': 'locator',
	tags: 'tags'
};
const PERSON_FIELDS: Record<string, string> = {
	name: 'newSpeakerName',
	kind: 'newSpeakerKind',
	roles: 'newSpeakerRole',
	'roles.role': 'newSpeakerRole',
	'roles.affiliation': 'newSpeakerAffiliation',
	'roles.source': 'source'
};
const SOURCE_FIELDS: Record<string, string> = {
	title: 'newSourceTitle',
	kind: 'newSourceKind',
	authors: 'newSourceAuthors',
	date: 'newSourceDate',
	url: 'newSourceUrl'
};

const WHOLE_FILE: Record<string, string> = {
	'no-relation': 'target',
	'no-evidence': 'quote',
	'no-speaker': 'speaker'
};

function fieldOfProblem(
	p: Problem,
	lines: Map<number, string>,
	table: Record<string, string>,
	idField: string
): string {
	if (p.line <= 2 && (p.code === 'bad-id' || p.code === 'duplicate-id')) return idField;
	// Whole-file findings are located at the first field, but are about a missing one.
	if (table === CLAIM_FIELDS && WHOLE_FILE[p.code]) return WHOLE_FILE[p.code];
	const f = lines.get(p.line);
	return (f && table[f]) || 'general';
}

/** The relation an undercut names: the target's relation to `of` (a support, unless it attacks it). */
function undercutOf(f: ProposalFields, ctx: DebateContext) {
	const to = f.of.trim();
	const relation =
		ctx.relations?.[f.target]?.find((r) => r.to === to)?.relation ?? ('supports' as const);
	return { from: f.target, [relation]: to };
}

export function buildProposal(f: ProposalFields, ctx: DebateContext): Proposal {
	const id = claimId(f, ctx);
	const speaker = speakerId(f, ctx);
	const own = f.voice === 'own';
	/** A student's own claim brings its contributor's file, unless the debate has them already. */
	const ownKnown = own && (ctx.voices?.contributors ?? []).includes(speaker);
	const newSpeaker = own ? !ownKnown : f.speaker === NEW;
	const source = sourceId(f);
	const path = entityPath(ctx.debate, 'claim', id);
	const files: ProposedFile[] = [];
	const text = claimYaml(
		{
			text: f.text,
			label: f.label,
			kind: f.kind,
			speaker,
			...(f.relation === 'undercuts'
				? { undercuts: f.target ? [undercutOf(f, ctx)] : [] }
				: { [f.relation]: f.target ? [f.target] : [], with: splitTags(f.together) }),
			evidence: [{ source, quote: f.quote, locator: f.locator }],
			tags: splitTags(f.tags)
		},
		{}
	);
	files.push({ kind: 'claim', path, text });
	const known: KnownIds = {
		claims: ctx.claims,
		people: newSpeaker && speaker ? [...ctx.people, speaker] : ctx.people,
		sources: f.source === NEW && source ? [...ctx.sources, source] : ctx.sources,
		tags: ctx.tags
	};
	const byField: Record<string, Problem[]> = {};
	const add = (field: string, p: Problem) => (byField[field] ??= []).push(p);
	const problems: Problem[] = [];
	/** A problem the form itself finds (the validator cannot see the rest of the debate). */
	const fail = (
		field: string,
		file: string,
		rule: Pick<Rule, 'at'>,
		message: string,
		hint?: string
	) => {
		const p = rule.at(file, { line: 1, column: 1 }, message, hint);
		problems.push(p);
		add(field, p);
	};
	const claimLines = fieldsByLine(text);
	for (const p of checkClaimFile(path, text, known)) {
		problems.push(p);
		add(fieldOfProblem(p, claimLines, CLAIM_FIELDS, 'id'), p);
	}
	if (ctx.moved?.includes(id)) {
		// The stub must stay so old links keep working; the new claim needs its own name.
		fail(
			'id',
			path,
			DUPLICATE_ID,
			`${path} already exists: it forwards a renamed claim to its new id.`,
			'Choose another file name (id) for your claim.'
		);
	}
	if (f.relation === 'undercuts' && f.target.trim() && !f.of.trim() && !byField.of) {
		fail(
			'of',
			path,
			NO_RELATION,
			'Say which claim the one you answer is given for: your reply says it does not show that claim.',
			'Choose it under “…does not show”.'
		);
	}
	if (!f.target.trim() && !byField.target) {
		// The validator only reaches "supports nor attacks" once the file parses; say it from the start.
		fail(
			'target',
			path,
			NO_RELATION,
			'Your reply neither supports nor attacks any claim yet.',
			'Choose the claim it answers.'
		);
	}
	if (own && !ownKnown) {
		const name = ownSpeakerName(f, ctx);
		const pPath = entityPath(ctx.debate, 'person', speaker);
		const pText = entityYaml(
			'person',
			{ name, kind: f.ownName.trim() ? 'person' : 'organisation', contributor: true },
			Object.keys(personSchema.shape)
		);
		files.push({ kind: 'person', path: pPath, text: pText });
		for (const p of checkFile(pPath, pText, 'person', speaker).problems) {
			problems.push(p);
			add('ownName', p);
		}
		const contributors = ctx.voices?.contributors ?? [];
		const published = Object.entries(ctx.voices?.names ?? {}).find(
			([pid, n]) => (pid === speaker || nameKey(n) === nameKey(name)) && !contributors.includes(pid)
		);
		// A name that could pass for an author's: in other letters, with a title, or in part.
		const authors =
			ctx.voices?.published ??
			Object.entries(ctx.voices?.names ?? {})
				.filter(([pid]) => !contributors.includes(pid))
				.map(([, n]) => n);
		const like = published ? undefined : lookalikeOf(name, authors);
		if (published || ctx.people.includes(speaker))
			fail(
				'ownName',
				pPath,
				DUPLICATE_ID,
				`“${name}” is ${published ? `${published[1]}, a published speaker in this debate` : 'already a speaker in this debate'}: choose another name for yourself.`,
				'Your own claim appears under your class’s name or a name of your own, never an author’s.'
			);
		else if (like)
			fail(
				'ownName',
				pPath,
				LOOKALIKE_NAME,
				`“${name}” could pass for ${like}, a published voice in this debate: choose another name for yourself.`,
				'Your own claim appears under your class’s name or a name no reader could take for an author’s. An initial or your class tells you apart (“Ben K., 7C”).'
			);
	}
	if (!own && f.speaker === NEW) {
		const pId = speaker || 'new-speaker';
		const pPath = entityPath(ctx.debate, 'person', pId);
		const pText = personYaml({
			name: f.newSpeakerName,
			kind: f.newSpeakerKind,
			role: f.newSpeakerRole,
			affiliation: f.newSpeakerAffiliation,
			source
		});
		files.push({ kind: 'person', path: pPath, text: pText });
		const lines = fieldsByLine(pText);
		for (const p of checkFile(pPath, pText, 'person', pId).problems) {
			problems.push(p);
			add(fieldOfProblem(p, lines, PERSON_FIELDS, 'newSpeakerId'), p);
		}
		const same = f.newSpeakerName.trim()
			? sameNameAs(f.newSpeakerName, Object.values(ctx.voices?.names ?? {}))
			: undefined;
		if (same)
			fail(
				'newSpeakerName',
				pPath,
				LOOKALIKE_NAME,
				`“${f.newSpeakerName.trim()}” is ${same}, already a speaker in this debate.`,
				`Choose ${same} from the list of speakers instead of adding them again.`
			);
		if (ctx.people.includes(speaker)) {
			fail(
				'newSpeakerId',
				pPath,
				DUPLICATE_ID,
				`${entityPath(ctx.debate, 'person', speaker)} already exists: choose them from the list instead.`
			);
		}
	}
	if (f.source === NEW) {
		const sId = source || 'new-source';
		const sPath = entityPath(ctx.debate, 'source', sId);
		const sText = sourceYaml({
			title: f.newSourceTitle,
			kind: f.newSourceKind,
			authors: f.newSourceAuthors.split(/[,;]/),
			date: f.newSourceDate,
			url: f.newSourceUrl
		});
		files.push({ kind: 'source', path: sPath, text: sText });
		const lines = fieldsByLine(sText);
		for (const p of checkFile(sPath, sText, 'source', sId).problems) {
			problems.push(p);
			add(fieldOfProblem(p, lines, SOURCE_FIELDS, 'newSourceId'), p);
		}
		if (ctx.sources.includes(source)) {
			fail(
				'newSourceId',
				sPath,
				DUPLICATE_ID,
				`${entityPath(ctx.debate, 'source', source)} already exists: choose it from the list instead.`
			);
		}
	}
	// Whose words these are: the student's own, or a source's with a quote from that source.
	if (!f.voice) {
		const p = MISATTRIBUTED.at(
			path,
			{ line: 1, column: 1 },
			'Say whose words these are: your own, or what a source says.',
			'Your own claim appears under your class or your own name; a source’s claim needs a quote where its author says it.'
		);
		problems.push(p);
		add('voice', p);
	} else if (ctx.voices) {
		const idx = withNew(ctx.voices, {
			person: newSpeaker
				? {
						id: speaker,
						name: own ? ownSpeakerName(f, ctx) : f.newSpeakerName.trim(),
						roleSource: !own && f.newSpeakerRole.trim() ? source : undefined,
						contributor: own
					}
				: undefined,
			source:
				f.source === NEW
					? { id: source, authors: f.newSourceAuthors.split(/[,;]/).map((a) => a.trim()) }
					: undefined
		});
		const claim = parse(text) as Record<string, unknown> | null;
		const titles = {
			...ctx.sourceTitles,
			...(f.source === NEW ? { [source]: f.newSourceTitle } : {})
		};
		for (const finding of attributionFindings(
			{ voice: f.voice, data: claim ?? {}, sourceTitles: titles },
			idx
		)) {
			const [first] = finding.at;
			// A source's claim with no speaker at all is about the speaker field, not the quote.
			const noVoicer = !own && finding.at.length === 0 && !claim?.speaker && !claim?.by;
			const field =
				first === 'speaker' || first === 'by' || (first === undefined && own) || noVoicer
					? own
						? 'ownName'
						: f.speaker === NEW
							? 'newSpeakerName'
							: 'speaker'
					: first === 'evidence'
						? finding.at[2] === 'locator'
							? 'locator'
							: 'source'
						: first === undefined
							? 'quote'
							: 'general';
			const p = MISATTRIBUTED.at(path, { line: 1, column: 1 }, finding.message, finding.hint);
			problems.push(p);
			add(field, p);
		}
	}
	// A source's claim its quote hardly shares a word with: said at once, as collect flags it.
	if (f.voice === 'source' && f.text.trim() && f.quote.trim()) {
		const o = overlapFinding(f.text, [f.quote], ctx.topic ?? '');
		if (o) fail('quote', path, QUOTE_OVERLAP, o.message, o.hint);
	}
	const spoken = forStudent(problems, byField, f);
	const entry: ProposalEntry | undefined = f.voice
		? {
				id,
				voice: f.voice,
				claim: parse(text),
				...(files.some((x) => x.kind === 'person')
					? {
							people: files
								.filter((x) => x.kind === 'person')
								.map((x) => ({ id: idFromPath(x.path), ...parse(x.text) }))
						}
					: {}),
				...(files.some((x) => x.kind === 'source')
					? {
							sources: files
								.filter((x) => x.kind === 'source')
								.map((x) => ({ id: idFromPath(x.path), ...parse(x.text) }))
						}
					: {})
			}
		: undefined;
	return { id, files, problems: spoken.problems, byField: spoken.byField, entry };
}

/** Words for a form field, as the form labels it. */
const EVIDENCE_FIELD: Record<string, string> = {
	quote: '“Quote”',
	locator: '“Where in the source”',
	source: '“Source”'
};

/**
 * The validator's findings in a student's words: what to choose or type in which field of the
 * form, never a YAML key, a data path or a claim id. Findings the form says otherwise are left
 * out: before the student has said whose words these are, nothing about a speaker or a quote
 * (the one thing to do is choose); a missing speaker or quote that an attribution problem
 * already names at its field. Each rewritten problem keeps its code, severity and place.
 */
function forStudent(
	problems: Problem[],
	byField: Record<string, Problem[]>,
	f: ProposalFields
): { problems: Problem[]; byField: Record<string, Problem[]> } {
	const hasError = (field: string) => (byField[field] ?? []).some((p) => p.severity === 'error');
	const anyError = problems.some((p) => p.severity === 'error');
	const say = (p: Problem, message: string, hint?: string): Problem => {
		const out: Problem = { ...p, message };
		if (hint === undefined) delete out.hint;
		else out.hint = hint;
		return out;
	};
	const rewrite = (p: Problem, field: string): Problem | undefined => {
		switch (p.code) {
			case 'no-speaker':
				// Whose words these are is chosen first; then a source's speaker is asked for by name.
				if (f.voice !== 'source' || hasError(field)) return undefined;
				return say(
					p,
					'Choose the speaker: the author whose words you quote.',
					'If they are not in the list, choose “New speaker…”.'
				);
			case 'no-evidence':
				// A source's claim needs its quote: said as a problem at the quote once the speaker is
				// chosen, never as a mere suggestion while something else is still to fix.
				if (!f.voice || (f.voice === 'source' && anyError)) return undefined;
				return f.voice === 'own'
					? say(
							p,
							'Your argument has no quote from a source.',
							'That is allowed for your own argument. A quote that backs it lets your teacher and other readers check it.'
						)
					: say(
							p,
							'Add the quote: the author’s own words, copied exactly, with its source.',
							'A claim a source makes needs the words where its author says it.'
						);
			case 'no-relation':
				// The validator's words (the form's own are already a student's).
				return /^Claim "/.test(p.message)
					? say(
							p,
							'Choose the claim your reply answers.',
							'Pick it under “Claim it answers”, at the top of the form.'
						)
					: p;
			case 'undefined-tag': {
				const tag = p.message.match(/tag "([^"]*)"/)?.[1] ?? '';
				const list = p.hint?.match(/\(([^()]*)\)/)?.[1];
				return say(
					p,
					`“${tag}” is not one of this debate’s tags.`,
					p.hint?.startsWith('Did you mean')
						? p.hint
						: list
							? `Use one of its tags (${list}), or leave it out.`
							: 'This debate has no tags, so leave the field empty.'
				);
			}
			case 'bad-id':
				if (field === 'id') {
					const bad = p.message.match(/file name "([^"]*)"/)?.[1] ?? f.id;
					const good = idOf(bad);
					return say(
						p,
						`“${bad}” cannot be a file name: use lowercase letters, digits and single hyphens${good ? `, such as “${good}”` : ''}.`,
						'Or leave the field empty to use the suggested name.'
					);
				}
				if (field === 'source' && /evidence\[\d+\]\.source" is ""/.test(p.message))
					return say(
						p,
						'Choose the source your quote is from.',
						'If it is not in the list, choose “New source…”.'
					);
				return p;
			case 'invalid-value': {
				const empty = p.message.match(
					/^"evidence\[\d+\]\.(quote|locator|source)" must not be empty/
				);
				if (!empty) return p;
				return empty[1] === 'locator'
					? say(
							p,
							'Say where in the source the quote is.',
							'Fill in “Where in the source”, e.g. “para. 12” or “p. 4”, so a reader can find it.'
						)
					: empty[1] === 'quote' && f.voice === 'source'
						? say(
								p,
								'Copy the author’s words into “Quote”, exactly as they are written.',
								'A claim a source makes needs the words where its author says it.'
							)
						: say(
								p,
								`Fill in ${EVIDENCE_FIELD[empty[1]]} too, or leave the evidence empty.`,
								'A quote needs its source and where in it the words are.'
							);
			}
			case 'misattributed':
				if (/^A claim a source makes needs its speaker/.test(p.message))
					return say(
						p,
						'Choose the speaker: the author whose words you quote.',
						'If they are not in the list, choose “New speaker…”; if the words are yours, choose “My own argument”.'
					);
				return p.hint?.includes('(speaker: the class or your own name)')
					? say(
							p,
							p.message,
							p.hint.replace('(speaker: the class or your own name)', '(choose “My own argument”)')
						)
					: p;
			default:
				return p;
		}
	};
	const outBy: Record<string, Problem[]> = {};
	const map = new Map<Problem, Problem | undefined>();
	for (const [field, ps] of Object.entries(byField))
		for (const p of ps) {
			const q = rewrite(p, field);
			map.set(p, q);
			if (q) (outBy[field] ??= []).push(q);
		}
	const out = problems.flatMap((p) => {
		const q = map.has(p) ? map.get(p) : p;
		return q ? [q] : [];
	});
	return { problems: out, byField: outBy };
}

const idFromPath = (path: string) => (path.split('/').pop() ?? '').replace(/\.yaml$/, '');
