/**
 * A seeded fuzzer for everything that reads outside input: the validator (debate folders in
 * memory) and every importer (each format's own export of a debate, then mutated). Each case
 * is replayable from its seed and number. A case fails when:
 * - crash: anything throws that is not a located ImportError, or the validator reports an
 *   internal-error, or a problem has no line and column;
 * - pollution: Object.prototype gained or changed a member;
 * - silent: a mutation that must be an error (an unknown field, a bad file name, no
 *   debate.yaml…) passes the validator with no error;
 * - hang: a case takes longer than `slowMs`.
 * Importer output that the validator rejects is counted, not failed: `npm run import` then
 * writes nothing and prints the located errors, which is the promised behaviour.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatById } from '../../src/lib/formats';
import { ImportError } from '../../src/lib/formats/types';
import type { Debate } from '../../src/lib/model/types';
import { mulberry32 } from '../../src/lib/shared/random';
import { readDebateDir, validateDebateFiles } from '../../src/lib/validate/node.server';
import type { DebateFiles, Problem } from '../../src/lib/validate';

export type Verdict = 'ok' | 'crash' | 'pollution' | 'silent' | 'hang';

export interface CaseResult {
	n: number;
	target: string;
	mutations: string[];
	verdict: Verdict;
	ms: number;
	detail?: string;
	/** Importer output the validator rejected (reported, not a failure). */
	rejectedOutput?: boolean;
	/** With `keepInput`: what was fed in (the changed files, or the import's text). */
	input?: string;
}

export interface Base {
	files: DebateFiles;
	debate: Debate;
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const NAMES = ['constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const CHARS = [
	...'[]{}:,&*!|>\'"#%@`-?=<+/\\()~_^$.;',
	'\t',
	'\r',
	'\n',
	'\r\n',
	'\0',
	'\u202e',
	'\ufeff',
	'\u00a0',
	'\u2028',
	'\ud800',
	'é',
	'😀'
];
const TOKENS: Record<string, readonly string[]> = {
	yaml: [
		'&a ',
		'*a',
		'<<: *a\n',
		'!!binary ',
		'!!js/function ',
		'!!set ',
		'---\n',
		'%YAML 1.1\n',
		'x: &a [*a]\n',
		'y: &b {k: *b}\n',
		'__proto__: {kind: fact}\n',
		'constructor: x\n',
		'- ',
		'? ',
		'text: ',
		'"',
		"'",
		'|\n',
		'>-\n',
		'  ',
		'supports: [',
		'moved: constructor\n',
		'tags: [__proto__]\n'
	],
	argdown: [
		'[__proto__]: x',
		'[constructor]',
		'<a>: ',
		'<toString>',
		'+> ',
		'-> ',
		'<+ ',
		'_> ',
		'#(tag)',
		'#(__proto__)',
		'{speaker: constructor}',
		'{kind: __proto__}',
		'===\n',
		'\n  ',
		'(1) ',
		'----\n',
		'// '
	],
	json: [
		'{',
		'}',
		'[',
		']',
		'"__proto__": {"polluted": 1},',
		'"constructor":',
		'null',
		'1e309',
		',',
		'"',
		'\\u0000',
		'-0',
		'true'
	],
	xml: [
		'<!ENTITY a "b">',
		'&a;',
		'&amp;',
		'<edu id="x">',
		'</arggraph>',
		'<![CDATA[',
		']]>',
		'<!--',
		'-->',
		'<adu id="__proto__" type="pro"/>',
		'<edge id="z" src="constructor" trg="a1" type="sup"/>',
		'<joint id="j"/>',
		'<?xml version="1.0"?>'
	],
	kialo: [
		'1.1. Pro: ',
		'1.1.1. Con: ',
		'-> See 1.',
		'\\(',
		'1. ',
		'Discussion Title: ',
		'1.1.1.1.1.1.1.1.1. Pro: deep',
		'[constructor](http://x)',
		'1.__proto__. Pro: x'
	]
};

/** The fixture debates the fuzzer starts from (never the bundled data: a data change must not move it). */
export function loadBases(root: string): Base[] {
	const dirs = [
		join(root, 'tests/fixtures/arguments'),
		join(root, 'src/lib/validate/fixtures/valid/arguments')
	];
	const bases: Base[] = [];
	for (const dir of dirs)
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			if (!e.isDirectory() || e.name.startsWith('.')) continue;
			const files = readDebateDir(join(dir, e.name), { cwd: root });
			const r = validateDebateFiles(files);
			if (r.debate) bases.push({ files, debate: r.debate });
		}
	return bases;
}

/** A text mutation: returns the new text and what was done. */
function mutateText(r: Rand, text: string, kind: string): [string, string] {
	const at = int(r, 0, text.length);
	const lines = text.split('\n');
	switch (int(r, 0, 10)) {
		case 0: {
			const c = pick(r, CHARS);
			return [text.slice(0, at) + c + text.slice(at), `insert ${JSON.stringify(c)} at ${at}`];
		}
		case 1: {
			const len = int(r, 1, 40);
			return [text.slice(0, at) + text.slice(at + len), `delete ${len} at ${at}`];
		}
		case 2: {
			const i = int(r, 0, lines.length - 1);
			lines.splice(i, 0, lines[i]);
			return [lines.join('\n'), `duplicate line ${i + 1}`];
		}
		case 3: {
			const i = int(r, 0, lines.length - 1);
			const j = int(r, 0, lines.length - 1);
			[lines[i], lines[j]] = [lines[j], lines[i]];
			return [lines.join('\n'), `swap lines ${i + 1} and ${j + 1}`];
		}
		case 4:
		case 5: {
			const t = pick(r, TOKENS[kind] ?? TOKENS.yaml);
			const pos = r() < 0.5 ? at : text.lastIndexOf('\n', at) + 1;
			return [text.slice(0, pos) + t + text.slice(pos), `insert ${JSON.stringify(t)} at ${pos}`];
		}
		case 6: {
			const words = [...text.matchAll(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g)];
			if (!words.length) return [text, 'no id to rename'];
			const w = pick(r, words)[0];
			const name = pick(r, NAMES);
			return [text.split(w).join(name), `rename ${w} to ${name} everywhere`];
		}
		case 7: {
			const k = int(r, 20, 400);
			const open = pick(r, ['[', '{', '- ', '  ', '<x>', '{"a":']);
			return [text.slice(0, at) + open.repeat(k) + text.slice(at), `nest ${open} ×${k} at ${at}`];
		}
		case 8: {
			const k = int(r, 1000, 30000);
			return [text.slice(0, at) + 'x'.repeat(k) + text.slice(at), `${k} x's at ${at}`];
		}
		case 9: {
			const nl = pick(r, ['\r', '\r\n']);
			return [
				text.replace(/\n/g, () => (r() < 0.5 ? nl : '\n')),
				`line endings ${JSON.stringify(nl)}`
			];
		}
		default:
			return [text.slice(0, at), `truncate at ${at}`];
	}
}

/** Mutations that must leave at least one error. */
const MUST_FAIL: Array<[string, (f: DebateFiles['files'], r: Rand) => DebateFiles['files']]> = [
	[
		'unknown field in a claim',
		(fs, r) => {
			const c = pick(
				r,
				fs.filter((f) => /\/claims\/[^/]+\.yaml$/.test(f.path) && !/moved:/.test(f.text))
			);
			return fs.map((f) => (f === c ? { ...f, text: `${f.text}\nzz-not-a-field: 1\n` } : f));
		}
	],
	['no debate.yaml', (fs) => fs.filter((f) => !f.path.endsWith('/debate.yaml'))],
	[
		'a claim file named like no id',
		(fs, r) => {
			const c = pick(
				r,
				fs.filter((f) => /\/claims\/[^/]+\.yaml$/.test(f.path))
			);
			return fs.map((f) =>
				f === c ? { ...f, path: f.path.replace(/([^/]+)\.yaml$/, (_, n) => `${n}_X.yaml`) } : f
			);
		}
	],
	[
		'a hidden claim file',
		(fs, r) => {
			const c = pick(
				r,
				fs.filter((f) => /\/claims\/[^/]+\.yaml$/.test(f.path))
			);
			return fs.map((f) => (f === c ? { ...f, path: f.path.replace(/([^/]+)$/, '.$1') } : f));
		}
	]
];

function problemsCrash(problems: Problem[]): string | undefined {
	const bad = problems.find(
		(p) =>
			p.code === 'internal-error' ||
			!(p.line >= 1 && p.column >= 1) ||
			/\[object Object\]|function Object\(\)/.test(p.message)
	);
	return bad && `${bad.code} at ${bad.file}:${bad.line}:${bad.column}: ${bad.message}`;
}

const protoSnapshot = () =>
	Object.getOwnPropertyNames(Object.prototype)
		.map((k) => `${k}:${typeof (Object.prototype as Record<string, unknown>)[k]}`)
		.join(',');

export interface FuzzOptions {
	n: number;
	seed: number;
	bases: Base[];
	slowMs?: number;
	/** For the harness's own test: replaces the validator. */
	validate?: typeof validateDebateFiles;
	/** Keep each case's input in its result (to replay one case and look at it). */
	keepInput?: boolean;
}

const IMPORT_FORMATS = ['argdown', 'aif', 'json', 'kialo', 'arggraph'] as const;

/** A debate as each importable format's text: the format's own export, or a faithful rendering. */
function asFormat(format: string, d: Debate): string {
	const f = formatById(format)!;
	if (f.export) return f.export(d);
	const claims = Object.values(d.claims);
	if (format === 'kialo') {
		const num = new Map<string, string>([[d.thesis, '1']]);
		const out = [`Discussion Title: ${d.meta.title}`, '', `1. ${d.claims[d.thesis].text}`];
		let k = 0;
		for (const c of claims)
			if (c.id !== d.thesis) {
				const target = c.supports?.[0] ?? c.attacks?.[0] ?? d.thesis;
				const n = `${num.get(target) ?? '1'}.${++k}`;
				num.set(c.id, n);
				out.push(`${n}. ${c.supports?.length ? 'Pro' : 'Con'}: ${c.text}`);
			}
		return `${out.join('\n')}\n`;
	}
	// arggraph: one segment and unit per claim, a seg edge each, sup/reb for relations.
	const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
	const rows = claims.flatMap((c, i) => [
		`<edu id="e${i}">${esc(c.text)}</edu>`,
		`<adu id="a${i}" type="${c.attacks?.length ? 'opp' : 'pro'}"/>`,
		`<edge id="s${i}" src="e${i}" trg="a${i}" type="seg"/>`
	]);
	const index = new Map(claims.map((c, i) => [c.id, i]));
	claims.forEach((c, i) => {
		const t = c.supports?.[0] ?? c.attacks?.[0];
		if (t !== undefined && index.has(t))
			rows.push(
				`<edge id="r${i}" src="a${i}" trg="a${index.get(t)}" type="${c.supports?.length ? 'sup' : 'reb'}"/>`
			);
	});
	return `<?xml version="1.0" encoding="UTF-8"?>\n<arggraph id="${d.id}">\n${rows.join('\n')}\n</arggraph>\n`;
}

export function runCase(i: number, opts: FuzzOptions): CaseResult {
	const r = mulberry32((opts.seed * 1_000_003 + i) >>> 0);
	const validate = opts.validate ?? validateDebateFiles;
	const base = pick(r, opts.bases);
	const before = protoSnapshot();
	// Nothing may print to the console while it reads input: a warning there is noise to a
	// contributor and a sign of input nobody handled (e.g. the YAML parser's own warnings).
	const printed: string[] = [];
	const { warn, error } = console;
	const emitWarning = process.emitWarning;
	console.warn = console.error = (...a: unknown[]) => void printed.push(a.map(String).join(' '));
	process.emitWarning = ((w: string | Error) =>
		void printed.push(String(w))) as typeof process.emitWarning;
	let t0 = 0;
	const result: CaseResult = { n: i, target: '', mutations: [], verdict: 'ok', ms: 0 };
	try {
		if (r() < 0.55) {
			result.target = `validate ${base.files.id}`;
			let files = base.files.files.map((f) => ({ ...f }));
			const mustFail = r() < 0.15 ? pick(r, MUST_FAIL) : undefined;
			if (mustFail) {
				files = mustFail[1](files, r);
				result.mutations.push(mustFail[0]);
			} else
				for (let m = int(r, 1, 3); m > 0; m--) {
					const f = pick(r, files);
					const [text, what] = mutateText(r, f.text, 'yaml');
					f.text = text;
					result.mutations.push(`${f.path.split('/').slice(-2).join('/')}: ${what}`);
				}
			if (opts.keepInput) {
				const was = new Map(base.files.files.map((f) => [f.path, f.text]));
				result.input = files
					.filter((f) => was.get(f.path) !== f.text)
					.map((f) => `--- ${f.path}\n${f.text}`)
					.join('\n');
			}
			t0 = performance.now();
			const { problems } = validate({ ...base.files, files });
			const crash = problemsCrash(problems);
			if (crash) Object.assign(result, { verdict: 'crash', detail: crash });
			else if (mustFail && !problems.some((p) => p.severity === 'error'))
				Object.assign(result, { verdict: 'silent', detail: 'no error reported' });
		} else {
			const format = pick(r, IMPORT_FORMATS);
			result.target = `import ${format} from ${base.debate.id}`;
			const kind =
				format === 'aif' || format === 'json' ? 'json' : format === 'arggraph' ? 'xml' : format;
			let text = asFormat(format, base.debate);
			for (let m = int(r, 1, 3); m > 0; m--) {
				const [t, what] = mutateText(r, text, kind);
				text = t;
				result.mutations.push(what);
			}
			if (opts.keepInput) result.input = text;
			t0 = performance.now();
			let imported;
			try {
				imported = formatById(format)!.import!(text, { fileName: `fuzz.${format}` });
			} catch (e) {
				if (!(e instanceof ImportError) || !e.message)
					Object.assign(result, {
						verdict: 'crash',
						detail: `${e instanceof Error ? e.name : typeof e}: ${String(e instanceof Error ? e.message : e).slice(0, 200)}`
					});
			}
			if (imported) {
				const { problems } = validate(imported.files);
				const crash = problemsCrash(problems);
				if (crash) Object.assign(result, { verdict: 'crash', detail: crash });
				else {
					const err = problems.find((p) => p.severity === 'error');
					if (err)
						Object.assign(result, { rejectedOutput: true, detail: `${err.code}: ${err.message}` });
				}
			}
		}
	} catch (e) {
		Object.assign(result, {
			verdict: 'crash',
			detail: `${e instanceof Error ? e.name : typeof e}: ${String(e instanceof Error ? e.message : e).slice(0, 200)}`
		});
	}
	// The time of the validator or importer only (not of making the input).
	result.ms = t0 ? performance.now() - t0 : 0;
	Object.assign(console, { warn, error });
	process.emitWarning = emitWarning;
	if (printed.length && result.verdict === 'ok')
		Object.assign(result, { verdict: 'crash', detail: `printed: ${printed[0].slice(0, 200)}` });
	const after = protoSnapshot();
	if (after !== before) {
		// Undo it, so one polluting case does not make every later one fail.
		for (const k of Object.getOwnPropertyNames(Object.prototype))
			if (!before.includes(`${k}:`)) delete (Object.prototype as Record<string, unknown>)[k];
		Object.assign(result, { verdict: 'pollution', detail: `Object.prototype: ${after}` });
	} else if (result.verdict === 'ok' && result.ms > (opts.slowMs ?? 5000))
		Object.assign(result, { verdict: 'hang', detail: `${Math.round(result.ms)} ms` });
	return result;
}

export function fuzz(opts: FuzzOptions): CaseResult[] {
	return Array.from({ length: opts.n }, (_, i) => runCase(i, opts));
}
