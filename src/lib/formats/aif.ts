/**
 * AIF, the Argument Interchange Format, as JSON.
 *
 * Export: the AIFdb "DB format" that AIFdb serves and OVA3 loads, `{nodes, edges, locutions}`:
 * one I-node per claim (nodeID = claim id), one RA node ("Default Inference") per support and
 * one CA node ("Default Conflict") per attack, edges premise → scheme → conclusion; a linked
 * group is one RA/CA node with all its premises, an undercut a CA node pointing at the RA/CA
 * node of the relation it undercuts; speakers as
 * the AIF+ locution layer (an L-node "Name: text" per claim with a speaker, linked to its I-node
 * through a YA node "Asserting"). What AIF has no slot for sits under the one key `crux`.
 *
 * Import: AIFdb JSON, OVA3 `{AIF, OVA, text}` and xAIF `{AIF: {…}}`, ids strings or numbers.
 * I-nodes become claims, RA supports, CA attacks (MA, a rephrase, becomes a support with a
 * note), an RA/CA with several premises linked premises, a CA on an RA/CA node an undercut
 * (schemes.ts); L/YA/TA are read for speakers and otherwise left alone, and the report says so.
 */
import type { Debate } from '$lib/model/types';
import { debateStructure } from '$lib/model/graph';
import type { Relation } from '$lib/schema';
import { applyExtras, cruxExtras, EXTRAS_KEY } from './crux-extras';
import { draftClaim, emptyDraft } from './draft';
import { finishImport } from './import-draft';
import { isRecord, parseJson, safeJson, str } from './json-input';
import { Reporter } from './report';
import { shorten } from '$lib/shared/text';
import { addSchemes, type Scheme } from './schemes';
import { ImportError, type Format, type ImportOptions, type ImportResult } from './types';

export interface AifNode {
	nodeID: string;
	text: string;
	type: string;
	timestamp: string;
	scheme?: string;
}
export interface AifEdge {
	edgeID: string;
	fromID: string;
	toID: string;
	formEdgeID: null;
}
export interface AifLocution {
	nodeID: string;
	personID: string;
	timestamp: string;
}
/** The xAIF / OVA3 participants entry; AIFdb corpora name speakers only in L-node text. */
export interface AifParticipant {
	participantID: string;
	firstname: string;
	surname: string;
}
export interface AifDocument {
	nodes: AifNode[];
	edges: AifEdge[];
	locutions: AifLocution[];
	participants: AifParticipant[];
	[EXTRAS_KEY]?: unknown;
}

/** AIFdb's timestamp layout, yyyy-MM-dd HH:mm:ss, in UTC. */
export function aifTimestamp(d: Date): string {
	return d.toISOString().slice(0, 19).replace('T', ' ');
}

const SCHEME_TEXT = { supports: 'Default Inference', attacks: 'Default Conflict' } as const;
const SCHEME_TYPE = { supports: 'RA', attacks: 'CA' } as const;

export function exportAif(debate: Debate, opts: { now?: Date } = {}): string {
	const timestamp = aifTimestamp(opts.now ?? new Date());
	const nodes: AifNode[] = [];
	const edges: AifEdge[] = [];
	const locutions: AifLocution[] = [];
	const participants = new Map<string, AifParticipant>();
	const edge = (fromID: string, toID: string) =>
		edges.push({ edgeID: `e_${edges.length + 1}`, fromID, toID, formEdgeID: null });
	const claims = Object.values(debate.claims);
	for (const c of claims) nodes.push({ nodeID: c.id, text: c.text, type: 'I', timestamp });
	// One RA ("Default Inference") or CA ("Default Conflict") node per relation, and one per
	// linked group with all its members as premises; an undercut is a CA node from its claim
	// to the RA or CA node of the relation it undercuts.
	const graph = debateStructure(debate);
	const schemeOf = new Map<string, string>(); // edge id → scheme node id
	let n = 0;
	const scheme = (rel: Relation, premises: string[], to: string) => {
		// Underscores never occur in Crux ids, so scheme and locution ids cannot collide with claims.
		const id = `${SCHEME_TYPE[rel].toLowerCase()}_${++n}`;
		nodes.push({
			nodeID: id,
			text: SCHEME_TEXT[rel],
			type: SCHEME_TYPE[rel],
			timestamp,
			scheme: SCHEME_TEXT[rel]
		});
		for (const p of premises) edge(p, id);
		edge(id, to);
		return id;
	};
	for (const c of claims)
		for (const e of graph.outgoing.get(c.id) ?? []) {
			if (schemeOf.has(e.id)) continue;
			const group = graph.groupOf.get(e.id);
			const id = scheme(e.relation, group ? group.members : [e.from], e.to);
			for (const x of group ? group.edges : [e]) schemeOf.set(x.id, id);
		}
	for (const u of graph.undercuts) scheme('attacks', [u.from], schemeOf.get(u.edge.id)!);
	for (const c of claims) {
		const person = c.speaker ? debate.people[c.speaker] : undefined;
		if (!person) continue;
		const l = `l_${c.id}`;
		const ya = `ya_${c.id}`;
		nodes.push({ nodeID: l, text: `${person.name}: ${c.text}`, type: 'L', timestamp });
		nodes.push({ nodeID: ya, text: 'Asserting', type: 'YA', timestamp });
		edge(l, ya);
		edge(ya, c.id);
		locutions.push({ nodeID: l, personID: person.id, timestamp });
		if (!participants.has(person.id)) {
			// A name has no reliable first/last split ("Reuters", "Tetsuo Kotani"): the last word is the surname.
			const words = person.name.trim().split(/\s+/);
			const surname = words.length > 1 ? words.pop()! : '';
			participants.set(person.id, {
				participantID: person.id,
				firstname: words.join(' '),
				surname
			});
		}
	}
	const doc: AifDocument = {
		nodes,
		edges,
		locutions,
		participants: [...participants.values()],
		[EXTRAS_KEY]: cruxExtras(debate)
	};
	return safeJson(doc) + '\n';
}

interface RawGraph {
	nodes: Array<{ id: string; type: string; text: string; scheme?: string }>;
	edges: Array<{ from: string; to: string }>;
	locutions: Array<{ node: string; person: string }>;
	participants: Map<string, string>;
	flavour: string;
}

/** AIFdb, OVA3 and xAIF into one shape; anything missing is an error that says where. */
function readGraph(obj: unknown): RawGraph {
	if (!isRecord(obj))
		throw new ImportError(
			'An AIF file holds one JSON object; this one holds something else.',
			1,
			1
		);
	const aif = isRecord(obj.AIF) ? obj.AIF : obj;
	const flavour = isRecord(obj.AIF) ? (isRecord(obj.OVA) ? 'OVA3' : 'xAIF') : 'AIFdb';
	if (!Array.isArray(aif.nodes) || !Array.isArray(aif.edges))
		throw new ImportError(
			'An AIF file needs "nodes" and "edges" lists (AIFdb), or an "AIF" object holding them (OVA3, xAIF).',
			1,
			1
		);
	const nodes = aif.nodes.map((n, i) => {
		const id = isRecord(n) ? str(n.nodeID) : undefined;
		if (!isRecord(n) || id === undefined) throw new ImportError(`nodes[${i}] has no nodeID.`);
		return { id, type: str(n.type) ?? '', text: str(n.text) ?? '', scheme: str(n.scheme) };
	});
	const edges = aif.edges.map((e, i) => {
		const from = isRecord(e) ? str(e.fromID) : undefined;
		const to = isRecord(e) ? str(e.toID) : undefined;
		if (from === undefined || to === undefined)
			throw new ImportError(`edges[${i}] needs fromID and toID.`);
		return { from, to };
	});
	const locutions = (Array.isArray(aif.locutions) ? aif.locutions : []).flatMap((l) => {
		const node = isRecord(l) ? str(l.nodeID) : undefined;
		const person = isRecord(l) ? str(l.personID) : undefined;
		return node !== undefined && person !== undefined ? [{ node, person }] : [];
	});
	const participants = new Map<string, string>();
	for (const p of Array.isArray(aif.participants) ? aif.participants : [])
		if (isRecord(p) && str(p.participantID) !== undefined)
			participants.set(
				str(p.participantID)!,
				[str(p.firstname), str(p.surname)].filter(Boolean).join(' ')
			);
	return { nodes, edges, locutions, participants, flavour };
}

/** Two nodes with one id, or one edge given twice: the first is kept, the rest reported. */
function dedupe(g: RawGraph, rep: Reporter): void {
	const ids = new Set<string>();
	g.nodes = g.nodes.filter((n) => {
		if (!ids.has(n.id)) return ids.add(n.id);
		rep.adjust(
			'duplicate-node-id',
			'two nodes had one nodeID: the first is kept, the later one left out',
			`${n.id}: “${shorten(n.text, 40)}”`
		);
		return false;
	});
	const edges = new Set<string>();
	g.edges = g.edges.filter((e) => {
		const k = `${e.from}\u0000${e.to}`;
		if (!edges.has(k)) return edges.add(k);
		rep.adjust('duplicate-edge', 'an edge was given twice; kept once', `${e.from} → ${e.to}`);
		return false;
	});
}

/** Scheme names that say no more than "support", "attack" or "rephrase". */
const DEFAULT_SCHEME =
	/^(Default (Inference|Conflict|Rephrase|Preference)|Inference|Conflict|Rephrase|RA|CA|MA)$/i;

export function importAif(text: string, opts: ImportOptions = {}): ImportResult {
	const obj = parseJson(text, 'AIF');
	const g = readGraph(obj);
	const rep = new Reporter();
	dedupe(g, rep);
	const name = opts.fileName
		?.split(/[\\/]/)
		.pop()
		?.replace(/(\.aif)?\.json$/i, '');
	const draft = emptyDraft(name ? `AIF ${name}` : 'Imported AIF argument map');
	draft.description = `Imported from ${g.flavour} JSON${opts.fileName ? ` (${opts.fileName.split(/[\\/]/).pop()})` : ''}.`;
	const type = new Map(g.nodes.map((n) => [n.id, n.type]));
	const text0 = new Map(g.nodes.map((n) => [n.id, n.text]));
	const ins = new Map<string, string[]>();
	const outs = new Map<string, string[]>();
	for (const e of g.edges) {
		(ins.get(e.to) ?? ins.set(e.to, []).get(e.to)!).push(e.from);
		(outs.get(e.from) ?? outs.set(e.from, []).get(e.from)!).push(e.to);
	}
	for (const n of g.nodes) {
		if (n.type === 'I') {
			rep.count('I-nodes');
			draft.claims.push(draftClaim(n.id, n.text));
		}
	}
	const isScheme = (id: string) => ['RA', 'CA', 'MA'].includes(type.get(id) ?? '');
	const schemes: Scheme[] = [];
	for (const n of g.nodes) {
		if (!isScheme(n.id)) {
			if (n.type !== 'I') rep.count(`${n.type || 'untyped'} nodes`);
			if (n.type === 'PA')
				rep.adjust('preference', 'a preference (PA node) has no Crux equivalent; left out', n.id);
			continue;
		}
		rep.count(n.type);
		if (n.type === 'MA')
			rep.adjust('rephrase', 'a rephrase (MA node) became a support, which Crux has closest', n.id);
		const name = [n.scheme, n.text].find((x) => x?.trim() && !DEFAULT_SCHEME.test(x.trim()));
		schemes.push({
			id: n.id,
			name: name?.trim(),
			rel: n.type === 'CA' ? 'attacks' : 'supports',
			premises: (ins.get(n.id) ?? []).filter((p) => type.get(p) === 'I'),
			conclusions: (outs.get(n.id) ?? []).flatMap((t): Scheme['conclusions'] =>
				type.get(t) === 'I' ? [{ claim: t }] : isScheme(t) ? [{ scheme: t }] : []
			)
		});
	}
	addSchemes(draft, schemes, rep);

	const restored =
		EXTRAS_KEY in (obj as object) &&
		applyExtras(draft, (obj as Record<string, unknown>)[EXTRAS_KEY], { visible: ['text'], rep });
	if (!restored) readSpeakers(g, draft, outs, type, text0, rep);
	return finishImport(draft, rep, {
		...opts,
		format: `aif (${g.flavour})`,
		locator: (c) => `node ${c.key}`
	});
}

/**
 * "Name : what they said" (AIFdb corpora) or "Name: what they said" (OVA3, Crux's export):
 * the speaker's name at the head of an L-node's text. Only a short name-like head counts, so
 * "Note: the figures are old" or "Yes: and more" stays text.
 */
export function nameInLocution(text: string): string | undefined {
	const m = /^\s*([^:\n]{1,60}?)\s*:\s+\S/.exec(text);
	if (!m) return undefined;
	const name = m[1].trim();
	if (/[.?!"“”,;()]/.test(name) || name.split(/\s+/).length > 6) return undefined;
	if (/^(yes|no|well|so|but|and|note|nb|ok|okay|right)$/i.test(name)) return undefined;
	return name;
}

/**
 * L → YA → I: whoever said the locution is the claim's speaker. Who that is: the locution's
 * person (`locutions`), named by the `participants` list, else by the head of their L-nodes'
 * text ("Fiona Bruce : …"); an L-node with no locution is attributed by that head alone.
 * "Participant N" only for a person the file names nowhere, and the report counts them.
 */
function readSpeakers(
	g: RawGraph,
	draft: ReturnType<typeof emptyDraft>,
	outs: Map<string, string[]>,
	type: Map<string, string>,
	text: Map<string, string>,
	rep: Reporter
) {
	const personOf = new Map(g.locutions.map((l) => [l.node, l.person]));
	const claims = new Map(draft.claims.map((c) => [c.key, c]));
	// Each locution's person, or a name from its text; names for persons from participants or text.
	const named = new Map<string, string>(g.participants);
	for (const [l, person] of personOf) {
		const name = nameInLocution(text.get(l) ?? '');
		if (name && !named.get(person)) named.set(person, name);
	}
	const byName = new Map<string, string>();
	for (const [person, name] of named) if (name && !byName.has(name)) byName.set(name, person);
	const speakerOf = (l: string): { key: string; name?: string; how: string } | undefined => {
		const person = personOf.get(l);
		if (person !== undefined)
			return {
				key: person,
				name: named.get(person) || undefined,
				how: g.participants.get(person)
					? 'the participants list'
					: named.get(person)
						? 'the text of their locutions'
						: 'locutions without a name'
			};
		const name = nameInLocution(text.get(l) ?? '');
		if (name === undefined) return undefined;
		return { key: byName.get(name) ?? `name:${name}`, name, how: 'the text of their locutions' };
	};
	const people = new Map<string, string | undefined>();
	let anchored = 0;
	for (const n of g.nodes) {
		if (n.type !== 'L') continue;
		const who = speakerOf(n.id);
		for (const ya of outs.get(n.id) ?? []) {
			if (type.get(ya) !== 'YA') continue;
			for (const i of outs.get(ya) ?? []) {
				const c = claims.get(i);
				if (!c) continue;
				anchored++;
				if (!who) {
					rep.adjust(
						'unattributed-locution',
						'a locution names no speaker (no locutions entry, no “Name : text”): its claim has no speaker',
						n.id
					);
					continue;
				}
				if (c.speaker !== undefined && c.speaker !== who.key) {
					rep.adjust(
						'several-speakers',
						'a claim was said by several people; the first is its speaker',
						i
					);
					continue;
				}
				if (c.speaker === undefined) rep.count(`claims attributed through ${who.how}`);
				c.speaker = who.key;
				if (!people.has(who.key)) people.set(who.key, who.name);
			}
		}
	}
	for (const [key, name] of people) {
		if (!name)
			rep.adjust(
				'unnamed-speaker',
				'a speaker is named nowhere in the file (no participants entry, no “Name : text” locution): called “Participant <id>”',
				key
			);
		draft.people.push({ key, name: name || `Participant ${key}` });
	}
	if (anchored) rep.count('claims anchored by locutions', anchored);
}

export const aif: Format = {
	id: 'aif',
	name: 'AIF (JSON, AIFdb format)',
	mediaType: 'application/json',
	export: (d) => exportAif(d),
	import: importAif,
	// Any other JSON object is tried as AIF, so a broken file gets AIF's located JSON error.
	detect: (text) => /^\uFEFF?\s*\{/.test(text)
};
