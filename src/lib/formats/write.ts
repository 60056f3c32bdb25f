/**
 * A fitted draft as a Crux debate folder in memory: ids derived from text (or kept, when
 * a round trip brings valid ones), one YAML file per entity. Claims are written by the
 * contributor tools' own writer (contrib/claim-yaml.ts), so imported and proposed claims
 * look alike; the debate, people and sources files use the same header and quoting.
 */
import { Document, Scalar, isMap, isScalar, isSeq } from 'yaml';
import { ID_PATTERN, RELATIONS, type Relation } from '$lib/schema';
import { claimYaml, debateYaml, type DebateDraft } from '$lib/contrib/claim-yaml';
import { idFromText } from '$lib/contrib/slug';
import { debatePath, DEBATE_FILE, entityFile, schemaComment } from '$lib/files';
import type { DebateFiles } from '$lib/validate';
import { shorten, slugify } from '$lib/shared/text';
import type { Draft } from './draft';

export interface Written {
	files: DebateFiles;
	/** Draft key → claim id, for tests and reports. */
	claimIds: Map<string, string>;
	counts: { claims: number; supports: number; attacks: number; people: number; sources: number };
}

export const NOTE_MAX = 500;
export const joinNotes = (notes: string[]) => notes.join(' ');
const STRINGIFY = { lineWidth: 0, doubleQuotedAsJSON: true, flowCollectionPadding: false } as const;
/** Keys whose values are ids or enums; every other string is quoted so YAML never reads it as something else. */
const PLAIN = new Set(['kind', 'source']);

/** People and sources as the format carries them whole (several roles, inferred values…), which the form writers do not. */
function yamlFile(kind: 'person' | 'source', path: string, data: Record<string, unknown>): string {
	const doc = new Document(data);
	const mark = (node: unknown, key: string) => {
		if (isMap(node))
			for (const pair of node.items)
				mark(pair.value, isScalar(pair.key) ? String(pair.key.value) : '');
		else if (isSeq(node)) for (const item of node.items) mark(item, key);
		else if (isScalar(node) && typeof node.value === 'string' && !PLAIN.has(key))
			node.type = Scalar.QUOTE_DOUBLE;
	};
	mark(doc.contents, '');
	return `${schemaComment(kind)}\n# ${path}\n${doc.toString(STRINGIFY)}`;
}

const validId = (id: string | undefined, taken: Set<string>) =>
	id !== undefined && ID_PATTERN.test(id) && id.length <= 80 && !taken.has(id);

export function writeDraft(d: Draft, debateId: string): Written {
	const shown = (rel: string) => `${debatePath(debateId)}/${rel}`;
	const files: DebateFiles['files'] = [];

	const personIds = new Map<string, string>();
	for (const p of d.people) {
		const taken = new Set(personIds.values());
		personIds.set(p.key, validId(p.id, taken) ? p.id! : idFromText(p.name || p.key, taken));
	}
	const sourceIds = new Map<string, string>();
	for (const s of d.sources) {
		const taken = new Set(sourceIds.values());
		const title = typeof s.data.title === 'string' ? s.data.title : s.key;
		sourceIds.set(s.key, validId(s.id, taken) ? s.id! : idFromText(title, taken));
	}
	const tagIds = new Map<string, string>();
	for (const t of Object.keys(d.tags ?? {})) {
		const taken = new Set(tagIds.values());
		tagIds.set(t, validId(t, taken) ? t : idFromText(slugify(t) || 'tag', taken));
	}
	const claimIds = new Map<string, string>();
	const taken = new Set<string>();
	for (const c of d.claims) {
		const id = validId(c.id, taken) ? c.id! : idFromText(c.text, taken);
		taken.add(id);
		claimIds.set(c.key, id);
	}

	const rels = new Map<string, Record<Relation, string[]>>();
	for (const r of d.relations) {
		let entry = rels.get(r.from);
		if (!entry) rels.set(r.from, (entry = { supports: [], attacks: [] }));
		entry[r.rel].push(claimIds.get(r.to)!);
	}

	const thesis = d.claims.find((c) => c.kind === 'thesis');
	const meta: DebateDraft = {
		title: shorten(d.title || 'Imported debate', 200),
		resolution: shorten(d.resolution ?? thesis?.text ?? d.title, 300),
		description: shorten(d.description ?? `Imported from “${d.title}”.`, 1200),
		sides: d.sides ?? { for: 'For the thesis', against: 'Against the thesis' }
	};
	if (d.tags && Object.keys(d.tags).length)
		meta.tags = Object.fromEntries(Object.entries(d.tags).map(([k, v]) => [tagIds.get(k)!, v]));
	files.push({ path: DEBATE_FILE, text: debateYaml(meta, { path: shown(DEBATE_FILE) }) });

	for (const p of d.people) {
		const id = personIds.get(p.key)!;
		const data = { name: shorten(p.name || p.key, 120), kind: 'person', ...(p.extra ?? {}) };
		const path = entityFile('person', id);
		files.push({ path, text: yamlFile('person', shown(path), data) });
	}
	for (const s of d.sources) {
		const id = sourceIds.get(s.key)!;
		const data = { ...s.data, title: shorten(String(s.data.title ?? s.key), 300) };
		const path = entityFile('source', id);
		files.push({ path, text: yamlFile('source', shown(path), data) });
	}

	const counts = {
		claims: d.claims.length,
		supports: 0,
		attacks: 0,
		people: d.people.length,
		sources: d.sources.length
	};
	for (const c of d.claims) {
		const id = claimIds.get(c.key)!;
		const r = rels.get(c.key);
		for (const rel of RELATIONS) counts[rel] += r?.[rel].length ?? 0;
		const note = joinNotes(c.notes);
		const path = entityFile('claim', id);
		files.push({
			path,
			text: claimYaml(
				{
					text: c.text,
					label: c.label,
					kind: c.kind,
					speaker: c.speaker === undefined ? undefined : personIds.get(c.speaker),
					role: c.role,
					by: c.by === undefined ? undefined : personIds.get(c.by),
					supports: r?.supports,
					attacks: r?.attacks,
					evidence: c.evidence?.map((e) => ({ ...e, source: sourceIds.get(e.source) ?? e.source })),
					tags: c.tags?.map((t) => tagIds.get(t) ?? t),
					base: c.base,
					date: c.date,
					note: note || undefined
				},
				{ path: shown(path) }
			)
		});
	}
	return { files: { id: debateId, dir: '', files }, claimIds, counts };
}
