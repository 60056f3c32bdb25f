/**
 * The format's writer: the text of a claim file (and of the person, source and debate files
 * a proposal or a generator may need), built from fields. Field order is stable (text, label,
 * kind, speaker, supports, attacks, with, undercuts, evidence, tags), quoting is the `yaml` package's own, and
 * each value stays on one line so a validator problem's line number tells which field it is
 * about. Used by the proposal form, `npm run new-claim` and the synthetic debates.
 */
import {
	Document,
	isMap,
	isPair,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	Scalar,
	type Node
} from 'yaml';
import { schemaComment } from '$lib/files';
import type { FileKind } from '$lib/schema';

export { schemaComment };

export interface EvidenceDraft {
	source: string;
	quote: string;
	locator: string;
}

export interface ClaimDraft {
	text: string;
	label?: string;
	kind?: string;
	speaker?: string;
	supports?: string[];
	attacks?: string[];
	/** Linked premises: the claims this one supports or attacks its one target together with. */
	with?: string[];
	/** Relations this claim undercuts, each `from` a claim and `supports` or `attacks` its target. */
	undercuts?: Array<{ from: string; supports?: string; attacks?: string }>;
	evidence?: EvidenceDraft[];
	tags?: string[];
	/** The rarer fields, for importers that carry a whole claim (formats/): written after tags. */
	role?: string;
	by?: string;
	base?: number;
	date?: string;
	note?: string;
}

const STRINGIFY = { lineWidth: 0, doubleQuotedAsJSON: true, flowCollectionPadding: false } as const;

const clean = (s: string | undefined) => (s ?? '').trim();
const list = (xs: string[] | undefined) => (xs ?? []).map((x) => x.trim()).filter(Boolean);

/** Prose is always double-quoted (so "Note: …" or "# 1" stay text); ids stay plain where YAML allows. */
function render(
	kind: FileKind,
	data: Record<string, unknown>,
	prose: Set<string>,
	flow: Set<string>,
	path?: string
): string {
	const doc = new Document(data);
	const mark = (node: unknown, key: string) => {
		if (isMap(node)) {
			for (const pair of node.items) {
				const k = isScalar(pair.key) ? String(pair.key.value) : '';
				if (isSeq(pair.value) && flow.has(k)) pair.value.flow = true;
				mark(pair.value, k);
			}
		} else if (isSeq(node)) {
			for (const item of node.items) mark(item, key);
		} else if (isScalar(node) && typeof node.value === 'string' && prose.has(key)) {
			node.type = Scalar.QUOTE_DOUBLE;
		}
	};
	mark(doc.contents, '');
	const head = [schemaComment(kind), ...(path ? [`# ${path}`] : [])].join('\n');
	return `${head}\n${doc.toString(STRINGIFY)}`;
}

/** A claim file. Empty optional fields are left out; an evidence item is kept (even half-filled) so the validator can say what is missing. */
export function claimYaml(c: ClaimDraft, opts: { path?: string } = {}): string {
	const data: Record<string, unknown> = { text: clean(c.text) };
	if (clean(c.label)) data.label = clean(c.label);
	if (clean(c.kind)) data.kind = clean(c.kind);
	if (clean(c.speaker)) data.speaker = clean(c.speaker);
	if (list(c.supports).length) data.supports = list(c.supports);
	if (list(c.attacks).length) data.attacks = list(c.attacks);
	if (list(c.with).length) data.with = list(c.with);
	const undercuts = (c.undercuts ?? []).flatMap((u) => {
		const rel = clean(u.supports) ? 'supports' : clean(u.attacks) ? 'attacks' : undefined;
		return clean(u.from) && rel ? [{ from: clean(u.from), [rel]: clean(u[rel]) }] : [];
	});
	if (undercuts.length) data.undercuts = undercuts;
	const evidence = (c.evidence ?? [])
		.map((e) => ({ source: clean(e.source), quote: clean(e.quote), locator: clean(e.locator) }))
		.filter((e) => e.source || e.quote || e.locator);
	if (evidence.length) data.evidence = evidence;
	if (list(c.tags).length) data.tags = list(c.tags);
	if (clean(c.role)) data.role = clean(c.role);
	if (clean(c.by)) data.by = clean(c.by);
	if (typeof c.base === 'number') data.base = c.base;
	if (clean(c.date)) data.date = clean(c.date);
	if (clean(c.note)) data.note = clean(c.note);
	return render(
		'claim',
		data,
		new Set(['text', 'label', 'quote', 'locator', 'date', 'note']),
		new Set(['supports', 'attacks', 'with', 'tags']),
		opts.path
	);
}

export interface PersonDraft {
	name: string;
	kind?: 'person' | 'organisation';
	role?: string;
	affiliation?: string;
	/** The source that describes them so; required by the format when a role is given. */
	source?: string;
}

export function personYaml(p: PersonDraft, opts: { path?: string } = {}): string {
	const data: Record<string, unknown> = {
		name: clean(p.name),
		kind: p.kind === 'organisation' ? 'organisation' : 'person'
	};
	if (clean(p.role)) {
		const role: Record<string, string> = { role: clean(p.role) };
		if (clean(p.affiliation)) role.affiliation = clean(p.affiliation);
		role.source = clean(p.source);
		data.roles = [role];
	}
	return render('person', data, new Set(['name', 'role', 'affiliation']), new Set(), opts.path);
}

export interface SourceDraft {
	title: string;
	kind: string;
	authors?: string[];
	publisher?: string;
	date?: string;
	url?: string;
}

export function sourceYaml(s: SourceDraft, opts: { path?: string } = {}): string {
	const data: Record<string, unknown> = { title: clean(s.title), kind: clean(s.kind) || 'other' };
	if (list(s.authors).length) data.authors = list(s.authors);
	if (clean(s.publisher)) data.publisher = clean(s.publisher);
	if (clean(s.date)) data.date = clean(s.date);
	if (clean(s.url)) data.url = clean(s.url);
	return render(
		'source',
		data,
		new Set(['title', 'authors', 'publisher', 'date', 'url']),
		new Set(['authors']),
		opts.path
	);
}

export interface DebateDraft {
	title: string;
	resolution: string;
	description: string;
	sides: { for: string; against: string };
	tags?: Record<string, { label: string; description?: string }>;
}

export function debateYaml(d: DebateDraft, opts: { path?: string } = {}): string {
	const data: Record<string, unknown> = {
		title: clean(d.title),
		resolution: clean(d.resolution),
		description: clean(d.description),
		sides: { for: clean(d.sides.for), against: clean(d.sides.against) }
	};
	if (d.tags && Object.keys(d.tags).length) data.tags = d.tags;
	return render(
		'debate',
		data,
		new Set(['title', 'resolution', 'description', 'for', 'against', 'label']),
		new Set(),
		opts.path
	);
}

/**
 * Which field each line of a file is about: "text", "attacks", "evidence.quote"… Lines of
 * the comment header map to nothing. Used to show a validator problem next to its field.
 */
export function fieldsByLine(text: string): Map<number, string> {
	const out = new Map<number, string>();
	const lc = new LineCounter();
	let doc;
	try {
		doc = parseDocument(text, { lineCounter: lc });
	} catch {
		return out;
	}
	const span = (node: Node | null | undefined, name: string, keyStart?: number) => {
		const range = node?.range;
		const from = keyStart ?? range?.[0];
		const to = range ? Math.max(range[1] - 1, range[0]) : from;
		if (from === undefined || to === undefined) return;
		for (let line = lc.linePos(from).line; line <= lc.linePos(to).line; line++)
			if (!out.has(line)) out.set(line, name);
	};
	if (!isMap(doc.contents)) return out;
	for (const pair of doc.contents.items) {
		if (!isPair(pair) || !isScalar(pair.key)) continue;
		const key = String(pair.key.value);
		if (isSeq(pair.value) && pair.value.items.some(isMap)) {
			// A list of mappings (evidence, roles): each sub-field gets its own name, e.g. "evidence.quote".
			for (const item of pair.value.items) {
				if (!isMap(item)) continue;
				for (const p of item.items)
					if (isScalar(p.key))
						span(p.value as Node | null, `${key}.${String(p.key.value)}`, p.key.range?.[0]);
			}
			span(pair.key, key);
		} else span(pair.value as Node | null, key, pair.key.range?.[0]);
	}
	return out;
}

/**
 * A whole person or source file from schema-valid data (every field, e.g. several roles or
 * an inferred date), fields in the schema's order: what `npm run collect` writes for a new
 * speaker or source a proposal brings.
 */
export function entityYaml(
	kind: 'person' | 'source',
	data: Record<string, unknown>,
	order: readonly string[],
	opts: { path?: string } = {}
): string {
	const sorted: Record<string, unknown> = {};
	for (const k of order) if (data[k] !== undefined) sorted[k] = data[k];
	return render(
		kind,
		sorted,
		new Set([
			'name',
			'role',
			'affiliation',
			'title',
			'authors',
			'editors',
			'publisher',
			'container',
			'date',
			'url',
			'parts',
			'note',
			'value',
			'basis'
		]),
		new Set(['authors', 'editors', 'parts']),
		opts.path
	);
}
