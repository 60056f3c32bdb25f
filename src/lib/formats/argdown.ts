/**
 * Argdown (argdown.org), the plain-text syntax for argument maps.
 *
 * Export (`<debate>.argdown`): front matter with the title (and, under `crux`, everything
 * Argdown has no slot for), one statement per claim `[claim-id]: text #(tag) {kind: …,
 * speaker: …}`, then one relation block per claim: `[a]` / `  +> [b]` / `  -> [c]`.
 * Argdown gives meaning to many characters (`//` starts a comment, `{…}` is data, `<…>` an
 * argument, `#x` a tag, `_x_` emphasis…), so every one of them in claim text is escaped
 * with a backslash, which Argdown reads back as the character itself.
 *
 * Import (through @argdown/core, the reference parser): statements and arguments become
 * claims; support and attack map directly; strict-mode relations (entails, contrary,
 * contradictory) and undercuts are mapped to support or attack with a note; an argument's
 * premise–conclusion structure becomes its premises supporting it and it supporting its
 * conclusion.
 */
import {
	ArgdownApplication,
	DataPlugin,
	ModelPlugin,
	ParserPlugin,
	type IArgdownResponse
} from '@argdown/core';
import { titleTables } from './argdown-titles';
import type { Debate } from '$lib/model/types';
import { ID_PATTERN, RELATIONS } from '$lib/schema';
import { applyExtras, cruxExtras, EXTRAS_KEY } from './crux-extras';
import { draftClaim, emptyDraft, type DraftClaim } from './draft';
import { finishImport } from './import-draft';
import { isRecord } from './json-input';
import { Reporter } from './report';
import { ImportError, type Format, type ImportOptions, type ImportResult } from './types';

import { escapeArgdown } from './argdown-text';
export { ARGDOWN_SPECIAL, escapeArgdown } from './argdown-text';

/** JSON is YAML; escaping "=" keeps a value from ever closing the front matter ("==="). */
const frontValue = (v: unknown) =>
	JSON.stringify(v).replace(
		/[=<>&\u2028\u2029]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);

export function exportArgdown(debate: Debate): string {
	const extras = cruxExtras(debate);
	const claims = Object.values(debate.claims);
	// Whitespace Argdown cannot keep (line breaks, runs of spaces) travels in the extras.
	for (const c of claims)
		if (c.text !== c.text.replace(/\s+/g, ' ').trim())
			extras.claims[c.id] = { ...(extras.claims[c.id] ?? {}), text: c.text } as never;
	const out = [
		'===',
		`title: ${frontValue(debate.meta.title)}`,
		`${EXTRAS_KEY}: ${frontValue(extras)}`,
		'===',
		''
	];
	for (const c of claims) {
		const tags = (c.tags ?? []).map((t) => ` #(${t})`).join('');
		const data = [c.kind && `kind: ${c.kind}`, c.speaker && `speaker: ${c.speaker}`].filter(
			Boolean
		);
		out.push(
			`[${c.id}]: ${escapeArgdown(c.text)}${tags}${data.length ? ` {${data.join(', ')}}` : ''}`,
			''
		);
	}
	for (const c of claims) {
		const lines = RELATIONS.flatMap((rel) =>
			(c[rel] ?? []).map((t) => `  ${rel === 'supports' ? '+>' : '->'} [${t}]`)
		);
		if (lines.length) out.push(`[${c.id}]`, ...lines, '');
	}
	return out.join('\n');
}

type Response = IArgdownResponse & { frontMatter?: Record<string, unknown> };

function run(input: string, model: Record<string, unknown>, parseOnly = false): Response {
	const app = new ArgdownApplication();
	app.addPlugin(new ParserPlugin(), 'parse-input');
	app.addPlugin(new DataPlugin(), 'build-model');
	app.addPlugin(new ModelPlugin(), 'build-model');
	app.addPlugin(titleTables, 'build-model'); // after ModelPlugin: see argdown-titles.ts
	return app.run({
		input,
		process: parseOnly ? ['parse-input'] : ['parse-input', 'build-model'],
		logLevel: 'error',
		model
	}) as Response;
}

/** Parse as the Argdown CLI does: the front matter's own `model` settings (e.g. strict mode) apply. */
export function parseArgdown(text: string): Response {
	// Tags become Crux tags, so they leave the text.
	const base = { removeTagsFromText: true };
	// Parse alone first: building the model from a broken parse makes Argdown log a stack trace.
	const first = run(text, base, true);
	const errors = [...(first.lexerErrors ?? []), ...(first.parserErrors ?? [])] as Array<{
		message: string;
		line?: number;
		column?: number;
		token?: { startLine?: number; startColumn?: number };
	}>;
	if (errors.length) {
		const e = errors[0];
		const line = e.line ?? e.token?.startLine;
		const column = e.column ?? e.token?.startColumn;
		throw new ImportError(
			`Argdown could not parse this file${line ? ` (line ${line}, column ${column ?? 1})` : ''}: ${e.message}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}`,
			line,
			column
		);
	}
	const fm = isRecord(first.frontMatter) ? first.frontMatter : {};
	const model = isRecord(fm.model) ? fm.model : {};
	return run(text, { ...base, ...model });
}

const STRICT: Record<string, { rel: 'supports' | 'attacks'; note: string }> = {
	entails: { rel: 'supports', note: 'it entails' },
	contrary: { rel: 'attacks', note: 'it is contrary to' },
	contradictory: { rel: 'attacks', note: 'it contradicts' },
	undercut: { rel: 'attacks', note: 'it undercuts' }
};

interface Member {
	text?: string;
	title?: string;
	role?: string;
	tags?: string[];
	data?: Record<string, unknown>;
}

const memberText = (ms: Member[] | undefined) =>
	(ms ?? []).map((m) => (m.text ?? '').trim()).find(Boolean);
const untitled = (t: string) => /^Untitled \d+$/.test(t);

export function importArgdown(text: string, opts: ImportOptions = {}): ImportResult {
	const r = parseArgdown(text);
	const rep = new Reporter();
	const fm = isRecord(r.frontMatter) ? r.frontMatter : {};
	const draft = emptyDraft(
		typeof fm.title === 'string' ? fm.title.replace(/\s+/g, ' ').trim() : ''
	);
	const byKey = new Map<string, DraftClaim>();
	const add = (
		key: string,
		title: string,
		ms: Member[] | undefined,
		data?: Record<string, unknown>,
		tags?: string[]
	) => {
		const c = draftClaim(key, memberText(ms) ?? title, { id: title });
		// A title that is already an id becomes the id; other titles are short names, as Crux labels are.
		if (!untitled(title) && !ID_PATTERN.test(title) && title.length <= 90 && title !== c.text)
			c.label = title;
		const kind = data?.kind ?? ms?.find((m) => m.data?.kind)?.data?.kind;
		const speaker = data?.speaker ?? ms?.find((m) => m.data?.speaker)?.data?.speaker;
		if (typeof kind === 'string') c.kind = kind;
		if (typeof speaker === 'string') c.speaker = speaker;
		if (tags?.length) c.tags = tags;
		const texts = new Set((ms ?? []).map((m) => (m.text ?? '').trim()).filter(Boolean));
		if (texts.size > 1) {
			c.notes.push(
				`Other wordings in the source: ${[...texts]
					.slice(1)
					.map((t) => `“${t}”`)
					.join('; ')}.`
			);
			rep.adjust(
				'several-wordings',
				'a statement had several wordings: the first is its text, the others are noted',
				title
			);
		}
		draft.claims.push(c);
		byKey.set(key, c);
	};
	for (const [title, s] of Object.entries(r.statements ?? {})) {
		rep.count('statements');
		add(title, title, s.members as Member[], s.data as Record<string, unknown>, s.tags);
	}
	for (const [title, a] of Object.entries(r.arguments ?? {})) {
		rep.count('arguments');
		add(`<${title}>`, title, a.members as Member[], a.data as Record<string, unknown>, a.tags);
	}
	const keyOf = (title: string, type: string) => (type === 'argument' ? `<${title}>` : title);
	for (const rel of r.relations ?? []) {
		const type = String(rel.relationType);
		const from = keyOf(rel.from!.title!, rel.from!.type === 'argument' ? 'argument' : 'statement');
		const to = keyOf(rel.to!.title!, rel.to!.type === 'argument' ? 'argument' : 'statement');
		rep.count(`${type} relations`);
		if (type === 'support' || type === 'attack') {
			draft.relations.push({ from, to, rel: type === 'support' ? 'supports' : 'attacks' });
			continue;
		}
		const m = STRICT[type];
		if (!m) {
			rep.adjust(
				'unknown-relation',
				`a relation of type "${type}" has no Crux equivalent; left out`,
				`${from} → ${to}`
			);
			continue;
		}
		draft.relations.push({ from, to, rel: m.rel });
		byKey
			.get(from)
			?.notes.push(
				`In the source ${m.note} “${byKey.get(to)?.label ?? byKey.get(to)?.text.slice(0, 60)}” (${type}); Crux says ${m.rel}.`
			);
		rep.adjust(
			type === 'undercut' ? 'undercut' : 'strict-relation',
			type === 'undercut'
				? 'an undercut (attack on an argument’s inference) became an attack on the argument'
				: `a strict-mode relation (${type}) became ${m.rel}, with a note`,
			`${from} → ${to}`
		);
	}
	// Premise–conclusion structures: premises support the argument, the argument its conclusion.
	for (const [title, a] of Object.entries(r.arguments ?? {})) {
		const pcs = (a.pcs ?? []) as Member[];
		if (!pcs.length) continue;
		rep.count('premise-conclusion structures');
		const key = `<${title}>`;
		const premises = pcs.filter((m) => m.role !== 'main-conclusion' && m.title);
		for (const p of premises) draft.relations.push({ from: p.title!, to: key, rel: 'supports' });
		const conclusion = pcs.find((m) => m.role === 'main-conclusion');
		if (conclusion?.title)
			draft.relations.push({ from: key, to: conclusion.title, rel: 'supports' });
		if (premises.length > 1) {
			for (const p of premises)
				byKey
					.get(p.title!)
					?.notes.push(
						`A premise of the argument “${title}”, which it supports only together with the argument’s other ${premises.length - 1} premise${premises.length > 2 ? 's' : ''}.`
					);
			rep.adjust(
				'linked-premises',
				'an argument’s premises hold only jointly: each supports the argument, noting the others',
				title
			);
		}
	}
	if (isRecord(fm[EXTRAS_KEY])) applyExtras(draft, fm[EXTRAS_KEY]);
	if (!draft.title)
		draft.title =
			opts.fileName
				?.split(/[\\/]/)
				.pop()
				?.replace(/\.argdown$/, '') ?? 'Imported Argdown map';
	if (!draft.claims.length)
		throw new ImportError('This Argdown file has no statements or arguments to import.', 1, 1);
	return finishImport(draft, rep, {
		...opts,
		format: 'argdown',
		locator: (c) =>
			`Argdown ${c.key.startsWith('<') ? `argument ${c.key}` : `statement [${c.key}]`}`
	});
}

export const argdown: Format = {
	id: 'argdown',
	name: 'Argdown',
	mediaType: 'text/plain; charset=utf-8',
	export: exportArgdown,
	import: importArgdown,
	detect: (text) => /^\s*===\s*$/m.test(text) || /^\s*(\[[^\]\n]+\]|<[^>\n]+>)\s*:?/m.test(text)
};
