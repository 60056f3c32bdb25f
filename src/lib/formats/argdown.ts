/**
 * Argdown (argdown.org), the plain-text syntax for argument maps.
 *
 * Export (`<debate>.argdown`): front matter with the title (and, under `crux`, everything
 * Argdown has no slot for), one statement per claim `[claim-id]: text #(tag) {kind: …,
 * speaker: …}`, then one relation block per claim: `[a]` / `  +> [b]` / `  -> [c]` /
 * `  _> <argument>` (an undercut); a linked group, or a relation that is undercut, is an
 * argument with a premise–conclusion structure, as Argdown says such things.
 * Argdown gives meaning to many characters (`//` starts a comment, `{…}` is data, `<…>` an
 * argument, `#x` a tag, `_x_` emphasis…), so every one of them in claim text is escaped
 * with a backslash, which Argdown reads back as the character itself.
 *
 * Import (through @argdown/core, the reference parser): statements and arguments become
 * claims; support and attack map directly; strict-mode relations (entails, contrary,
 * contradictory) become support or attack with a note; an undercut (`_>`) undercuts the
 * relation its target stands for. A premise–conclusion structure becomes its inferences,
 * each its premises (linked, when several) supporting its conclusion, intermediary
 * conclusions included; the argument, when it is a claim of its own, stands between the main
 * inference and the main conclusion. Inference rules are named in the conclusion's note.
 */
import {
	ArgdownApplication,
	DataPlugin,
	ModelPlugin,
	ParserPlugin,
	type IArgdownResponse
} from '@argdown/core';
import { titleTables } from './argdown-titles';
import { debateStructure } from '$lib/model/graph';
import type { Debate } from '$lib/model/types';
import { ID_PATTERN, type Relation } from '$lib/schema';
import { applyExtras, cruxExtras, EXTRAS_KEY } from './crux-extras';
import { draftClaim, emptyDraft, type DraftClaim } from './draft';
import { finishImport } from './import-draft';
import { isRecord } from './json-input';
import { shorten } from '$lib/shared/text';
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
	// Relations Argdown can only say through an argument: a linked group, and any relation that
	// is undercut (an undercut targets an argument's inference). Each is an argument with a
	// premise–conclusion structure and `{crux: "supports"|"attacks"}`; an attack's conclusion is
	// a statement that denies the target and attacks it. The other relations are plain `+>`/`->`.
	const graph = debateStructure(debate);
	const carried = new Map<string, string>(); // edge id → argument title
	const relationArgs: string[] = [];
	const argument = (members: string[], rel: Relation, to: string, edges: string[]) => {
		const title = `${members.join(' + ')} ${members.length > 1 ? (rel === 'supports' ? 'support' : 'attack') : rel} ${to}`;
		for (const e of edges) carried.set(e, title);
		const pcs = members.map((m, i) => `(${i + 1}) [${m}]`);
		const n = members.length + 1;
		const conclusion =
			rel === 'supports'
				? `(${n}) [${to}]`
				: `(${n}) It does not hold that: ${escapeArgdown(debate.claims[to].text)}`;
		relationArgs.push(
			`<${title}> {crux: "${rel}"}`,
			...(rel === 'attacks' ? [`  -> [${to}]`] : []),
			'',
			...pcs,
			'----',
			conclusion,
			''
		);
	};
	for (const g of graph.groups)
		argument(
			g.members,
			g.relation,
			g.to,
			g.edges.map((e) => e.id)
		);
	for (const u of graph.undercuts)
		if (!carried.has(u.edge.id)) argument([u.edge.from], u.edge.relation, u.edge.to, [u.edge.id]);
	for (const c of claims) {
		const lines = (graph.outgoing.get(c.id) ?? [])
			.filter((e) => !carried.has(e.id))
			.map((e) => `  ${e.relation === 'supports' ? '+>' : '->'} [${e.to}]`);
		for (const u of graph.undercutsBy.get(c.id) ?? [])
			lines.push(`  _> <${carried.get(u.edge.id)}>`);
		if (lines.length) out.push(`[${c.id}]`, ...lines, '');
	}
	out.push(...relationArgs);
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
	contradictory: { rel: 'attacks', note: 'it contradicts' }
};

interface Member {
	text?: string;
	ranges?: Array<{ type?: string; start?: number; stop?: number; url?: string }>;
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
		// A Markdown link keeps its label in the text (as Argdown shows it); its address goes to the note.
		const shown = (ms ?? []).find((m) => (m.text ?? '').trim());
		const links = (shown?.ranges ?? []).filter((x) => x.type === 'link' && x.url);
		if (links.length) {
			c.notes.push(
				`Links in the original: ${links
					.map(
						(x) =>
							`${(shown!.text ?? '').slice(x.start ?? 0, (x.stop ?? -1) + 1).trim() || x.url}: ${x.url}`
					)
					.join('; ')}.`
			);
			rep.adjust(
				'markdown-links',
				'Markdown links: the label stays in the text, the address goes to the note',
				title
			);
		}
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
	// Arguments Crux wrote for a relation (a linked group, or a relation that is undercut):
	// `<…> {crux: "supports"|"attacks"}` with a premise–conclusion structure. They are that
	// relation, not claims; for an attack, the conclusion only carries the attack.
	const relationArgs = new Map<string, { premises: string[]; conclusion: string; rel: Relation }>();
	const carriers = new Set<string>();
	for (const [title, a] of Object.entries(r.arguments ?? {})) {
		const kind = (a.data as Record<string, unknown> | undefined)?.crux;
		const pcs = (a.pcs ?? []) as Member[];
		const conclusion = pcs.find((m) => m.role === 'main-conclusion')?.title;
		const premises = pcs.filter((m) => m.role === 'premise' && m.title).map((m) => m.title!);
		if ((kind !== 'supports' && kind !== 'attacks') || !conclusion || !premises.length) continue;
		if (pcs.some((m) => m.role === 'intermediary-conclusion')) continue;
		relationArgs.set(title, { premises, conclusion, rel: kind });
		if (kind === 'attacks') carriers.add(conclusion);
	}

	for (const [title, s] of Object.entries(r.statements ?? {})) {
		if (carriers.has(title)) continue;
		rep.count('statements');
		add(title, title, s.members as Member[], s.data as Record<string, unknown>, s.tags);
	}
	// An argument is a claim of its own when it has words of its own or relations as an
	// argument; a bare premise–conclusion structure is only its inferences.
	const related = new Set(
		(r.relations ?? [])
			.flatMap((x) => [x.from, x.to])
			.filter((x) => x?.type === 'argument')
			.map((x) => x!.title!)
	);
	const standsAlone = (title: string, a: { members?: unknown[]; pcs?: unknown[] }) =>
		!a.pcs?.length || Boolean(memberText(a.members as Member[])) || related.has(title);
	for (const [title, a] of Object.entries(r.arguments ?? {})) {
		if (relationArgs.has(title)) continue;
		rep.count('arguments');
		if (!standsAlone(title, a)) continue;
		add(`<${title}>`, title, a.members as Member[], a.data as Record<string, unknown>, a.tags);
	}
	const keyOf = (title: string, type: string) => (type === 'argument' ? `<${title}>` : title);
	type Ref = { from: string; to: string; rel: Relation };
	const groupOf = (premises: string[], to: string, rel: Relation) => {
		for (const p of premises) draft.relations.push({ from: p, to, rel });
		if (premises.length > 1) {
			(draft.groups ??= []).push({ members: [...premises], to, rel });
			rep.count(rel === 'supports' ? 'linked supports' : 'linked attacks');
		}
		return { from: premises[0], to, rel };
	};
	/** The relation each argument's inferences stand for, by argument title and conclusion index. */
	const inferenceOf = new Map<string, Map<number, Ref>>();
	/** An argument's relations out, for undercuts of sketched arguments. */
	const outOf = new Map<string, Ref[]>();
	const undercuts: Array<{ from: string; to: { type: string; title?: string; index?: number } }> =
		[];
	const attackCarried = new Map<string, string[]>(); // carrier conclusion → attacked claims

	for (const rel of r.relations ?? []) {
		const type = String(rel.relationType);
		const fromTitle = rel.from!.title!;
		const to = rel.to as {
			type?: string;
			title?: string;
			argumentTitle?: string;
			conclusionIndex?: number;
		};
		const from = keyOf(fromTitle, rel.from!.type === 'argument' ? 'argument' : 'statement');
		rep.count(`${type} relations`);
		if (type === 'undercut') {
			undercuts.push({
				from,
				to:
					to.type === 'inference'
						? { type: 'inference', title: to.argumentTitle, index: to.conclusionIndex }
						: { type: String(to.type), title: to.title }
			});
			continue;
		}
		const toKey = keyOf(to.title!, to.type === 'argument' ? 'argument' : 'statement');
		if (
			carriers.has(fromTitle) &&
			(type === 'attack' || type === 'contrary' || type === 'contradictory')
		) {
			attackCarried.set(fromTitle, [...(attackCarried.get(fromTitle) ?? []), toKey]);
			continue;
		}
		if (type === 'support' || type === 'attack') {
			const r2: Ref = { from, to: toKey, rel: type === 'support' ? 'supports' : 'attacks' };
			draft.relations.push(r2);
			if (from.startsWith('<')) outOf.set(from, [...(outOf.get(from) ?? []), r2]);
			continue;
		}
		const m = STRICT[type];
		if (!m) {
			rep.adjust(
				'unknown-relation',
				`a relation of type "${type}" has no Crux equivalent; left out`,
				`${from} → ${toKey}`
			);
			continue;
		}
		draft.relations.push({ from, to: toKey, rel: m.rel });
		if (from.startsWith('<'))
			outOf.set(from, [...(outOf.get(from) ?? []), { from, to: toKey, rel: m.rel }]);
		byKey
			.get(from)
			?.notes.push(
				`In the source ${m.note} “${byKey.get(toKey)?.label ?? byKey.get(toKey)?.text.slice(0, 60)}” (${type}); Crux says ${m.rel}.`
			);
		rep.adjust(
			'strict-relation',
			`a strict-mode relation (${type}) became ${m.rel}, with a note`,
			`${from} → ${toKey}`
		);
	}

	// Crux's own relation arguments: the group (or single premise) relates to its target.
	for (const [title, a] of relationArgs) {
		const targets = a.rel === 'supports' ? [a.conclusion] : (attackCarried.get(a.conclusion) ?? []);
		const refs = targets.map((t) => groupOf(a.premises, t, a.rel));
		if (refs.length) inferenceOf.set(title, new Map([[-1, refs[0]]]));
	}

	// Premise–conclusion structures of other arguments: each inference is its premises (linked
	// when several) supporting its conclusion, intermediary conclusions included; the main one
	// supports the argument when the argument is a claim of its own (it has words, or relations),
	// and the argument supports the main conclusion. Inference rules go to the conclusion's note.
	for (const [title, a] of Object.entries(r.arguments ?? {})) {
		const pcs = (a.pcs ?? []) as Array<
			Member & { inference?: { inferenceRules?: string[]; data?: Record<string, unknown> } }
		>;
		if (!pcs.length || relationArgs.has(title)) continue;
		rep.count('premise-conclusion structures');
		const key = `<${title}>`;
		const alone = standsAlone(title, a);
		const steps = new Map<number, Ref>();
		let from = 0;
		pcs.forEach((m, i) => {
			if (m.role !== 'intermediary-conclusion' && m.role !== 'main-conclusion') return;
			const uses = m.inference?.data?.uses;
			const premises = (
				Array.isArray(uses)
					? uses.map((n) => pcs[Number(n) - 1]).filter(Boolean)
					: pcs.slice(from, i)
			)
				.map((p) => p.title)
				.filter((t): t is string => Boolean(t));
			from = i;
			const main = m.role === 'main-conclusion';
			const target = main && alone ? key : m.title!;
			if (!premises.length || !target) return;
			const step = groupOf(premises, target, 'supports');
			const rules = m.inference?.inferenceRules ?? [];
			const data = m.inference?.data ?? {};
			const extra = Object.entries(data).filter(([k]) => k !== 'uses');
			if (rules.length || extra.length) {
				const conclusion = byKey.get(main && alone ? key : m.title!);
				conclusion?.notes.push(
					`In the source it is inferred from ${premises.map((p) => `“${shorten(byKey.get(p)?.label ?? byKey.get(p)?.text ?? p, 40)}”`).join(', ')}${rules.length ? ` by ${rules.join(', ')}` : ''}${extra.length ? ` (${extra.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')})` : ''}.`
				);
				rep.adjust(
					'inference-rule',
					'an inference rule of a premise–conclusion structure (Crux has none): named in the conclusion’s note',
					`${title}: ${shorten(rules.join(', ') || extra.map(([k]) => k).join(', '), 40)}`
				);
			}
			if (main && alone) {
				// The argument stands for its main inference: undercutting it undercuts its support of the conclusion.
				const link: Ref = { from: key, to: m.title!, rel: 'supports' };
				draft.relations.push(link);
				steps.set(i, link);
			} else steps.set(i, step);
		});
		inferenceOf.set(title, steps);
	}

	// Undercuts: of an inference (a relation above), or of a sketched argument's relations out.
	for (const u of undercuts) {
		let targets: Ref[] = [];
		if (u.to.type === 'inference' && u.to.title !== undefined) {
			const steps = inferenceOf.get(u.to.title);
			const hit =
				steps?.get(u.to.index ?? -1) ?? steps?.get(-1) ?? [...(steps?.values() ?? [])].pop(); // the main inference when the index is unknown
			if (hit) targets = [hit];
		} else if (u.to.type === 'argument' && u.to.title !== undefined)
			targets = outOf.get(`<${u.to.title}>`) ?? [];
		const name = u.to.title ?? '?';
		if (!targets.length) {
			// Nothing it could undercut: the nearest Crux form is an attack on the argument.
			const key = `<${name}>`;
			if (byKey.has(key)) {
				draft.relations.push({ from: u.from, to: key, rel: 'attacks' });
				byKey
					.get(u.from)
					?.notes.push(
						`In the source it undercuts the argument “${name}”, which has no relation to undercut; Crux says it attacks the argument.`
					);
			}
			rep.adjust(
				'undercut',
				'an undercut of an argument that makes no relation became an attack on the argument, noting it',
				`${u.from} → <${name}>`
			);
			continue;
		}
		for (const t of targets) (draft.undercuts ??= []).push({ from: u.from, target: t });
		rep.count('undercuts');
	}
	// What Argdown has and Crux keeps nowhere is named in the report.
	const headings = (list: Array<{ title?: string; children?: unknown[] }>): string[] =>
		list.flatMap((x) => [
			x.title ?? '',
			...headings((x.children ?? []) as Array<{ title?: string; children?: unknown[] }>)
		]);
	for (const h of headings((r.sections ?? []) as Array<{ title?: string }>))
		rep.adjust(
			'argdown-heading',
			'a heading of the file (Crux has no sections); its claims are kept',
			shorten(h, 60)
		);
	for (const k of Object.keys(fm))
		if (!['title', 'model', EXTRAS_KEY].includes(k))
			rep.adjust(
				'front-matter',
				'a front-matter field Crux has no place for was left out',
				`${k}: ${shorten(JSON.stringify(fm[k]) ?? '', 40)}`
			);
	// Text, tags, kind and speaker show in the file itself: an edit there wins over the hidden copy.
	if (isRecord(fm[EXTRAS_KEY]))
		applyExtras(draft, fm[EXTRAS_KEY], { visible: ['text', 'tags', 'kind', 'speaker'], rep });
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
