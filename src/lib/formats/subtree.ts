/**
 * One claim and every reply beneath it, out of the tool: as a Markdown outline (nested
 * bullets, each with its side, who says it, its status and its quotes with their citations)
 * for notes, handouts and documents, and as Argdown (the claim with its replies as an
 * indented tree, `<+` supports and `<-` attacks) for the Argdown editor. Pure: the map panel
 * and the claim page fetch the debate's Crux JSON when asked and call these.
 *
 * Replies come in the map's reading order. A claim reached a second time (a reply to two
 * claims of the subtree, or an attack loop) is written once and named again "(see above)".
 */
import type { DebateGraph } from '$lib/model/graph';
import { citationText, quoted, sourceUrl } from '$lib/model/citation';
import { attribution, claimTitle } from '$lib/model/labels';
import { SIDE_NAMES } from '$lib/model/sides';
import { STATUS_NAMES, type StatusKind } from '$lib/model/status';
import type { ClaimRecord, Debate } from '$lib/model/types';
import type { Relation } from '$lib/schema';
import { escapeArgdown as argdownText } from './argdown-text';

export interface SubtreeInput {
	debate: Debate;
	graph: DebateGraph;
	/** Each claim's status as the site shows it (evaluate/debate-status.ts); left out if absent. */
	status?: Record<string, { status: StatusKind }>;
	/** The full address of a claim's page, to link each claim; no links without it. */
	href?: (id: string) => string;
}

interface Visit {
	id: string;
	/** How it answers its parent; undefined for the subtree's root. */
	relation?: Relation;
	depth: number;
	/** Already written above: named again, not repeated. */
	again: boolean;
}

/** The claims of the subtree in outline order, depth first, each written once. */
export function subtreeVisits(graph: DebateGraph, root: string): Visit[] {
	const out: Visit[] = [];
	const seen = new Set<string>();
	const walk = (id: string, relation: Relation | undefined, depth: number) => {
		const again = seen.has(id);
		out.push({ id, relation, depth, again });
		if (again) return;
		seen.add(id);
		for (const e of graph.incoming.get(id) ?? []) walk(e.from, e.relation, depth + 1);
	};
	walk(root, undefined, 0);
	return out;
}

/** Text made inert in Markdown: one line, every character Markdown gives meaning escaped. */
export function mdEscape(s: string): string {
	return s
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
}

const REPLY_WORDS: Record<Relation, string> = { supports: 'Supports it', attacks: 'Attacks it' };

function facts(input: SubtreeInput, c: ClaimRecord): string[] {
	const side = SIDE_NAMES[input.graph.side.get(c.id) ?? 'mixed'];
	const status = input.status?.[c.id]?.status;
	return [side, attribution(input.debate, c), ...(status ? [STATUS_NAMES[status]] : [])];
}

function headline(c: ClaimRecord): { title: string; text?: string } {
	const title = claimTitle(c);
	return c.label && c.label !== c.text ? { title, text: c.text } : { title: c.text };
}

export function subtreeMarkdown(input: SubtreeInput, root: string): string {
	const { debate, graph } = input;
	const top = debate.claims[root];
	const visits = subtreeVisits(graph, root);
	const count = new Set(visits.map((v) => v.id)).size;
	const out = [
		`# ${mdEscape(claimTitle(top))}`,
		'',
		`From the debate “${mdEscape(debate.meta.title)}”: this claim and the ${count - 1} ${count - 1 === 1 ? 'reply' : 'replies'} beneath it, as the map shows them. A status says where the map leaves a claim, not whether it is true.`,
		''
	];
	for (const v of visits) {
		const c = debate.claims[v.id];
		const pad = '  '.repeat(v.depth);
		const how = v.relation ? `${REPLY_WORDS[v.relation]}: ` : '';
		const { title, text } = headline(c);
		const link = input.href ? ` ([claim page](${input.href(c.id)}))` : '';
		if (v.again) {
			out.push(`${pad}- ${how}**${mdEscape(title)}** (see above)`);
			continue;
		}
		out.push(
			`${pad}- ${how}**${mdEscape(title)}** (${facts(input, c).map(mdEscape).join(' · ')})${text ? `: ${mdEscape(text)}` : ''}${link}`
		);
		for (const e of c.evidence ?? []) {
			const source = Object.hasOwn(debate.sources, e.source) ? debate.sources[e.source] : undefined;
			const cite = source ? citationText(source) : e.source;
			const url = source ? sourceUrl(source).href : undefined;
			out.push(
				`${pad}  - Quote: ${mdEscape(quoted(e.quote))} (${mdEscape(e.locator)}) ${mdEscape(cite)}${url ? ` <${url}>` : ''}`
			);
		}
	}
	return out.join('\n') + '\n';
}

/** A value in Argdown's {data}: JSON is YAML, and escaping "=" and brackets keeps it inert. */
const dataValue = (v: string) =>
	JSON.stringify(v).replace(
		/[=<>&[\]{}\u2028\u2029]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);

export function subtreeArgdown(input: SubtreeInput, root: string): string {
	const { debate, graph } = input;
	const top = debate.claims[root];
	const out = [
		'===',
		`title: ${dataValue(`${claimTitle(top)} (${debate.meta.title})`)}`,
		'===',
		'',
		`// This claim of “${oneLine(debate.meta.title)}” and every reply beneath it, exported by Crux.`,
		''
	];
	for (const v of subtreeVisits(graph, root)) {
		const c = debate.claims[v.id];
		const pad = '  '.repeat(v.depth);
		const arrow = v.relation ? (v.relation === 'supports' ? '<+ ' : '<- ') : '';
		if (v.again) {
			out.push(`${pad}${arrow}[${c.id}]`);
			continue;
		}
		const side = graph.side.get(c.id) ?? 'mixed';
		const status = input.status?.[c.id]?.status;
		const data = [
			`side: ${side}`,
			...(c.speaker ? [`speaker: ${dataValue(c.speaker)}`] : []),
			...(status ? [`status: ${dataValue(STATUS_NAMES[status])}`] : [])
		];
		out.push(`${pad}${arrow}[${c.id}]: ${argdownText(c.text)} {${data.join(', ')}}`);
		for (const e of c.evidence ?? []) {
			const source = Object.hasOwn(debate.sources, e.source) ? debate.sources[e.source] : undefined;
			out.push(
				`${pad}  // ${oneLine(quoted(e.quote))} (${oneLine(e.locator)}) ${oneLine(source ? citationText(source) : e.source)}`
			);
		}
	}
	return out.join('\n') + '\n';
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A debate from its Crux JSON download (formats/crux-json.ts), as the site wrote it. */
export function debateFromCruxJson(doc: {
	id: string;
	debate: Debate['meta'];
	thesis: string;
	claims: Record<string, Omit<ClaimRecord, 'id'>>;
	people: Record<string, Omit<Debate['people'][string], 'id'>>;
	sources: Record<string, Omit<Debate['sources'][string], 'id'>>;
	moved?: Record<string, string>;
}): Debate {
	const withIds = <T>(rec: Record<string, T>) =>
		Object.fromEntries(Object.entries(rec).map(([id, x]) => [id, { ...x, id }]));
	return {
		id: doc.id,
		meta: doc.debate,
		thesis: doc.thesis,
		claims: withIds(doc.claims) as Debate['claims'],
		people: withIds(doc.people) as Debate['people'],
		sources: withIds(doc.sources) as Debate['sources'],
		moved: doc.moved ?? {}
	};
}
