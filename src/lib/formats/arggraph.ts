/**
 * arggraph XML, the format of the argumentative microtexts corpus (Peldszus & Stede): text
 * segments (`edu`), joints of segments, argumentative units (`adu type="pro|opp"`) and edges
 * `seg` (segment → unit), `sup` and `exa` (support, by example), `add` (an extra premise of a
 * relation), `reb` (attack on a unit) and `und` (attack on a relation: an undercut).
 *
 * Each unit becomes a claim whose text is its segments, quoted verbatim as evidence from the
 * text. The proponent's units are the author's own; the opponent's are objections the author
 * raises in order to answer them (Crux's role "raised"). `exa` gives kind "example".
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { draftClaim, emptyDraft } from './draft';
import { DOCUMENT_KEY } from './fit';
import { finishImport } from './import-draft';
import { Reporter } from './report';
import { addSchemes, type Scheme } from './schemes';
import { ImportError, type Format, type ImportOptions, type ImportResult } from './types';
import { checkXml } from './xml-input';

type El = Record<string, unknown>;
const list = (x: unknown): El[] => (Array.isArray(x) ? x : x === undefined ? [] : [x]) as El[];
const attr = (e: El, name: string) =>
	e[`@_${name}`] === undefined ? undefined : String(e[`@_${name}`]);

const AUTHOR = 'author';

export function importArggraph(xml: string, opts: ImportOptions = {}): ImportResult {
	checkXml(xml, 'arggraph'); // entities and absurd nesting: a located error (xml-input.ts)
	const valid = XMLValidator.validate(xml);
	if (valid !== true)
		throw new ImportError(
			`This arggraph file is not well-formed XML (line ${valid.err.line}, column ${valid.err.col}): ${valid.err.msg}`,
			valid.err.line,
			valid.err.col
		);
	const doc = new XMLParser({
		ignoreAttributes: false,
		cdataPropName: false,
		trimValues: true,
		processEntities: true,
		isArray: (name) => ['edu', 'joint', 'adu', 'edge'].includes(name)
	}).parse(xml) as El;
	const g = doc.arggraph as El | undefined;
	if (!g)
		throw new ImportError(
			'An arggraph file has one <arggraph> element at its root; this one has none.',
			1,
			1
		);
	const graphId = attr(g, 'id') ?? 'arggraph';
	const rep = new Reporter();
	const topic = attr(g, 'topic_id')?.replace(/_/g, ' ');
	const draft = emptyDraft(topic ? `${graphId}: ${topic}` : graphId);
	draft.description = `Imported from the arggraph file ${graphId}${attr(g, 'stance') ? ` (the author’s stance: ${attr(g, 'stance')})` : ''}.`;
	draft.sources.push({ key: DOCUMENT_KEY, data: { title: graphId, kind: 'other' } });
	draft.people.push({ key: AUTHOR, name: `The author of ${graphId}` });

	const edus = new Map(list(g.edu).map((e) => [attr(e, 'id')!, String(e['#text'] ?? '').trim()]));
	const joints = new Set(list(g.joint).map((e) => attr(e, 'id')!));
	const adus = new Map(list(g.adu).map((e) => [attr(e, 'id')!, attr(e, 'type')]));
	const edges = list(g.edge).map((e) => ({
		id: attr(e, 'id')!,
		src: attr(e, 'src')!,
		trg: attr(e, 'trg')!,
		type: attr(e, 'type')!
	}));
	rep.count('segments', edus.size);
	rep.count('units', adus.size);

	// seg edges: segment → unit, segment → joint, joint → unit, in any order: a joint may be
	// listed after the unit it feeds, so edges are gathered first and resolved afterwards.
	const segIn = new Map<string, string[]>();
	for (const e of edges)
		if (e.type === 'seg') (segIn.get(e.trg) ?? segIn.set(e.trg, []).get(e.trg)!).push(e.src);
	const segments = (unit: string, through = new Set<string>()): string[] =>
		(segIn.get(unit) ?? []).flatMap((s) => {
			if (!joints.has(s)) return [s];
			if (through.has(s)) return []; // a joint that feeds itself adds nothing
			through.add(s);
			return segments(s, through);
		});
	const rank = new Map([...edus.keys()].map((k, i) => [k, i]));
	for (const [id, side] of adus) {
		const segs = [...new Set(segments(id))]
			.filter((s) => rank.has(s))
			.sort((a, b) => rank.get(a)! - rank.get(b)!);
		const text = segs.map((s) => edus.get(s) ?? '').join(' ');
		const c = draftClaim(id, text, {
			evidence: text
				? [
						{
							source: DOCUMENT_KEY,
							quote: text,
							locator: `segment${segs.length > 1 ? 's' : ''} ${segs.join(', ')}`
						}
					]
				: []
		});
		if (side === 'opp') {
			c.role = 'raised';
			c.by = AUTHOR;
			rep.count('opponent units');
		} else c.speaker = AUTHOR;
		draft.claims.push(c);
	}

	const relations = edges.filter((e) => ['sup', 'exa', 'reb', 'und'].includes(e.type));
	const adds = edges.filter((e) => e.type === 'add');
	for (const e of edges)
		if (!['seg', 'sup', 'exa', 'reb', 'und', 'add'].includes(e.type))
			rep.adjust('unknown-edge', 'an edge of a type arggraph does not define was left out', e.id);
	const relIds = new Set(relations.map((e) => e.id));
	const schemes: Scheme[] = relations.map((e) => {
		rep.count(e.type);
		if (e.type === 'exa') {
			const c = draft.claims.find((x) => x.key === e.src);
			if (c) c.kind = 'example';
		}
		return {
			id: e.id,
			rel: e.type === 'reb' || e.type === 'und' ? 'attacks' : 'supports',
			premises: [e.src, ...adds.filter((a) => a.trg === e.id).map((a) => a.src)],
			conclusions: relIds.has(e.trg) ? [{ scheme: e.trg }] : [{ claim: e.trg }]
		};
	});
	for (const a of adds)
		if (!relIds.has(a.trg))
			rep.adjust('add-without-relation', 'an extra premise pointed at no relation; left out', a.id);
	addSchemes(draft, schemes, rep);
	return finishImport(draft, rep, {
		...opts,
		debateId: opts.debateId,
		format: 'arggraph',
		locator: (c) => `unit ${c.key}`
	});
}

export const arggraph: Format = {
	id: 'arggraph',
	name: 'arggraph XML (argumentative microtexts)',
	import: importArggraph,
	detect: (text) =>
		/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<arggraph[\s>]/.test(text)
};
