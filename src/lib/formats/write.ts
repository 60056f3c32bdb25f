/**
 * A fitted draft as a Crux debate folder in memory: ids derived from text (or kept, when
 * a round trip brings valid ones), one YAML file per entity. Claims are written by the
 * contributor tools' own writer (contrib/claim-yaml.ts), so imported and proposed claims
 * look alike; the debate, people and sources files use the same header and quoting.
 */
import { Document, Scalar, isMap, isScalar, isSeq } from 'yaml';
import { ID_PATTERN, RELATIONS, type Relation } from '$lib/schema';
import { claimYaml, debateYaml, type DebateDraft } from '$lib/contrib/claim-yaml';
import { idOf, SLUG_MAX } from '$lib/contrib/slug';
import { debatePath, DEBATE_FILE, entityFile, schemaComment } from '$lib/files';
import type { DebateFiles } from '$lib/validate';
import { shorten, slugify } from '$lib/shared/text';
import type { Draft } from './draft';

export interface Written {
	files: DebateFiles;
	/** Draft key → claim id, for tests and reports. */
	claimIds: Map<string, string>;
	counts: {
		claims: number;
		supports: number;
		attacks: number;
		people: number;
		sources: number;
		moved: number;
		undercuts: number;
		groups: number;
	};
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

/**
 * Unique ids in one pass, spelt as contrib/slug.ts `uniqueId` spells them ("claim", "claim-2",
 * …), but with the taken set kept, not copied per id, and each root's next number remembered:
 * 20,000 claims, or 20,000 claims with one text, cost linear time.
 */
export class IdPool {
	readonly taken = new Set<string>();
	private readonly next = new Map<string, number>();

	/** `id` itself when it is a valid id not yet taken, else one made from `text`. */
	take(id: string | undefined, text: string): string {
		const out = validId(id, this.taken) ? id! : this.fresh(idOf(text, SLUG_MAX));
		this.taken.add(out);
		return out;
	}

	private fresh(base: string): string {
		const root = (base || 'claim').slice(0, SLUG_MAX).replace(/-+$/, '') || 'claim';
		if (!this.taken.has(root)) return root;
		for (let n = this.next.get(root) ?? 2; ; n++) {
			const suffix = `-${n}`;
			const candidate = `${root.slice(0, SLUG_MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
			if (!this.taken.has(candidate)) {
				this.next.set(root, n + 1);
				return candidate;
			}
		}
	}
}

export function writeDraft(d: Draft, debateId: string): Written {
	const shown = (rel: string) => `${debatePath(debateId)}/${rel}`;
	const files: DebateFiles['files'] = [];

	const personIds = new Map<string, string>();
	const people = new IdPool();
	for (const p of d.people) personIds.set(p.key, people.take(p.id, p.name || p.key));
	const sourceIds = new Map<string, string>();
	const sources = new IdPool();
	for (const s of d.sources) {
		const title = typeof s.data.title === 'string' ? s.data.title : s.key;
		sourceIds.set(s.key, sources.take(s.id, title));
	}
	const tagIds = new Map<string, string>();
	const tags = new IdPool();
	for (const t of Object.keys(d.tags ?? {})) tagIds.set(t, tags.take(t, slugify(t) || 'tag'));
	const claimIds = new Map<string, string>();
	const claims = new IdPool();
	for (const c of d.claims) claimIds.set(c.key, claims.take(c.id, c.text));

	const rels = new Map<string, Record<Relation, string[]>>();
	const relCount = new Map<string, number>();
	for (const r of d.relations) {
		let entry = rels.get(r.from);
		if (!entry) rels.set(r.from, (entry = { supports: [], attacks: [] }));
		entry[r.rel].push(claimIds.get(r.to)!);
		relCount.set(r.from, (relCount.get(r.from) ?? 0) + 1);
	}
	// A group is written as `with:` on each member that makes no other relation (fit.ts keeps
	// only groups with at least one such member); the validator joins them transitively.
	const withOf = new Map<string, string[]>();
	for (const g of d.groups ?? [])
		for (const m of g.members)
			if (relCount.get(m) === 1 && (g.by === undefined || g.by === m))
				withOf.set(m, [
					...(withOf.get(m) ?? []),
					...g.members.filter((x) => x !== m).map((x) => claimIds.get(x)!)
				]);
	const undercutsOf = new Map<
		string,
		Array<{ from: string; supports?: string; attacks?: string }>
	>();
	for (const u of d.undercuts ?? [])
		(undercutsOf.get(u.from) ?? undercutsOf.set(u.from, []).get(u.from)!).push({
			from: claimIds.get(u.target.from)!,
			[u.target.rel]: claimIds.get(u.target.to)!
		});

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
		sources: d.sources.length,
		moved: 0,
		undercuts: d.undercuts?.length ?? 0,
		groups: d.groups?.length ?? 0
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
					with: withOf.get(c.key),
					undercuts: undercutsOf.get(c.key),
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
	for (const [old, to] of Object.entries(d.moved ?? {})) {
		const path = entityFile('claim', old);
		if (claims.taken.has(old) || !claimIds.has(to)) continue; // fit.ts reports these
		claims.taken.add(old);
		files.push({
			path,
			text: `${schemaComment('claim')}\n# ${shown(path)}\nmoved: ${claimIds.get(to)}\n`
		});
		counts.moved++;
	}
	return { files: { id: debateId, dir: '', files }, claimIds, counts };
}
