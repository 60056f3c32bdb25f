/**
 * npm run new-claim -- [--debate ID] [--text "…"] [--attacks ID | --supports ID] [--speaker ID]
 *                      [--source ID --quote "…" --locator "para. 3"] [--label "…"] [--kind KIND]
 *                      [--tags a,b] [--id ID] [--root arguments] [--dry-run] [--yes]
 *
 * Writes arguments/<debate>/claims/<id>.yaml. Anything not given as a flag is asked for (when
 * run in a terminal): claims, speakers and sources are found by id, by number, or by words
 * ("newsham" finds Grant Newsham), and "?" lists them all. The file is checked with the
 * validator (on its own, and as part of the whole debate) before it is written. Interactively,
 * a wrong answer is asked again on its own and every other answer is kept; with flags only,
 * nothing is written on an error and the exit code is 1.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import {
	checkClaimFile,
	formatProblems,
	readDebateDir,
	validateDebateFiles,
	type Problem
} from '../src/lib/validate/node.server';
import { closest } from '../src/lib/validate/suggest';
import { CLAIM_KINDS } from '../src/lib/schema';
import { ARGUMENTS_DIR, entityFile, FOLDERS } from '../src/lib/files';
import { claimYaml, fieldsByLine } from '../src/lib/contrib/claim-yaml';
import { idFromText } from '../src/lib/contrib/slug';
import { claimTitle } from '../src/lib/model/labels';
import { shorten } from '../src/lib/shared/text';
import { recoverInterrupted, writeFilesAtomically, WriteRefused } from './lib/atomic-write';
import { isMain, parseFlags, processIo, type Io } from './lib/cli';
import { idProblem } from './lib/ids';

const USAGE = `Usage: npm run new-claim -- [--debate ID] [--text "…"] [--attacks ID | --supports ID] [--speaker ID]
       [--source ID --quote "…" --locator "para. 3"] [--label "…"] [--kind KIND] [--tags a,b]
       [--id ID] [--root arguments] [--dry-run] [--yes]
Run without flags in a terminal to be asked for each field.`;

const OPTIONS = {
	root: { type: 'string' },
	debate: { type: 'string' },
	text: { type: 'string' },
	attacks: { type: 'string' },
	supports: { type: 'string' },
	speaker: { type: 'string' },
	source: { type: 'string' },
	quote: { type: 'string' },
	locator: { type: 'string' },
	label: { type: 'string' },
	kind: { type: 'string' },
	tags: { type: 'string' },
	id: { type: 'string' },
	'dry-run': { type: 'boolean' },
	yes: { type: 'boolean', short: 'y' },
	help: { type: 'boolean', short: 'h' }
} as const;

export interface Args {
	root: string;
	debate?: string;
	text?: string;
	attacks?: string;
	supports?: string;
	speaker?: string;
	source?: string;
	quote?: string;
	locator?: string;
	label?: string;
	kind?: string;
	tags?: string;
	id?: string;
	dryRun: boolean;
	yes: boolean;
}

export function parseArgs(argv: string[]): Args | string {
	const parsed = parseFlags(argv, OPTIONS, USAGE);
	if ('error' in parsed) return parsed.error;
	const v = parsed.values;
	if (v.help) return USAGE;
	if (parsed.positionals.length)
		return `Unexpected "${parsed.positionals[0]}": every value needs its flag, e.g. --text "…".\n${USAGE}`;
	const str = (k: string) => v[k] as string | undefined;
	return {
		root: str('root') ?? ARGUMENTS_DIR,
		debate: str('debate'),
		text: str('text'),
		attacks: str('attacks'),
		supports: str('supports'),
		speaker: str('speaker'),
		source: str('source'),
		quote: str('quote'),
		locator: str('locator'),
		label: str('label'),
		kind: str('kind'),
		tags: str('tags'),
		id: str('id'),
		dryRun: Boolean(v['dry-run']),
		yes: Boolean(v.yes)
	};
}

export interface Choice {
	id: string;
	title: string;
}

interface DebateInfo {
	dir: string;
	claims: Choice[];
	people: Choice[];
	sources: Choice[];
	tags: string[];
	files: ReturnType<typeof readDebateDir>;
}

function loadDebate(root: string, debate: string): DebateInfo {
	const dir = join(root, debate);
	const files = readDebateDir(dir);
	const r = validateDebateFiles(files);
	const ids = (folder: string) =>
		existsSync(join(dir, folder))
			? readdirSync(join(dir, folder))
					.filter((f) => f.endsWith('.yaml'))
					.map((f) => f.slice(0, -5))
					.sort()
			: [];
	const d = r.debate;
	return {
		dir,
		files,
		claims: ids(FOLDERS.claim)
			.filter((id) => !d || d.claims[id])
			.map((id) => ({ id, title: d?.claims[id] ? claimTitle(d.claims[id]) : '' })),
		people: ids(FOLDERS.person).map((id) => ({ id, title: d?.people[id]?.name ?? '' })),
		sources: ids(FOLDERS.source).map((id) => ({
			id,
			title: d?.sources[id] ? shorten(d.sources[id].title, 90) : ''
		})),
		tags: Object.keys(d?.meta.tags ?? {})
	};
}

/** Choices whose id or title holds every word typed (case-insensitive). */
export function search(query: string, choices: Choice[]): Choice[] {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	if (!words.length) return [];
	return choices.filter((c) => words.every((w) => `${c.id} ${c.title}`.toLowerCase().includes(w)));
}

const line = (c: Choice, n?: number) =>
	`  ${n === undefined ? '' : `${n}. `}${c.id}${c.title ? ` — ${c.title}` : ''}`;

/** An id the user gave, checked against the choices: exact id, else a near id, else words that match. */
export function resolveChoice(
	input: string,
	choices: Choice[],
	noun: string
): { id: string } | { error: string } {
	const v = input.trim();
	if (choices.some((c) => c.id === v)) return { id: v };
	const guess = closest(
		v,
		choices.map((c) => c.id)
	);
	if (guess) return { error: `There is no ${noun} "${v}". Did you mean "${guess}"?` };
	const hits = search(v, choices);
	if (hits.length)
		return {
			error: `There is no ${noun} "${v}". ${hits.length === 1 ? 'Did you mean' : 'Matching ids:'} ${hits
				.slice(0, 5)
				.map((h) => `"${h.id}"${h.title ? ` (${h.title})` : ''}`)
				.join(
					', '
				)}${hits.length > 5 ? ` and ${hits.length - 5} more` : ''}${hits.length === 1 ? '?' : '.'}`
		};
	return { error: `There is no ${noun} "${v}".` };
}

type Ask = (q: string) => Promise<string>;

/**
 * Ask for one of `choices`: an id, a number from the last list shown, words to search (a single
 * match is taken), or "?" for the whole list. Nothing is listed until asked for.
 */
async function askChoice(
	ask: Ask,
	io: Io,
	choices: Choice[],
	noun: string,
	optional: boolean
): Promise<string | undefined> {
	let shown: Choice[] = [];
	for (;;) {
		const a = (
			await ask(
				`${noun[0].toUpperCase()}${noun.slice(1)} (id or words to search; ? lists all ${choices.length}${optional ? '; Enter to skip' : ''}): `
			)
		).trim();
		if (!a) {
			if (optional) return undefined;
			continue;
		}
		if (a === '?') {
			shown = choices;
			io.out(choices.map((c, i) => line(c, i + 1)).join('\n'));
			continue;
		}
		if (/^\d+$/.test(a) && shown.length && Number(a) >= 1 && Number(a) <= shown.length)
			return shown[Number(a) - 1].id;
		if (choices.some((c) => c.id === a)) return a;
		const hits = search(a, choices);
		if (hits.length === 1) {
			io.out(`→ ${line(hits[0]).trim()}`);
			return hits[0].id;
		}
		if (hits.length > 1) {
			shown = hits;
			io.out(
				`${hits.length} match "${a}"; type a number, or more words:\n${hits
					.slice(0, 20)
					.map((c, i) => line(c, i + 1))
					.join('\n')}${hits.length > 20 ? `\n  … and ${hits.length - 20} more` : ''}`
			);
			continue;
		}
		const r = resolveChoice(a, choices, noun);
		io.out('error' in r ? r.error : `There is no ${noun} "${a}".`);
	}
}

async function askText(
	ask: Ask,
	io: Io,
	q: string,
	required: boolean,
	fallback = ''
): Promise<string> {
	for (;;) {
		const a = (await ask(q)).trim() || fallback;
		if (a || !required) return a;
		io.out('This field is required.');
	}
}

async function askKind(ask: Ask, io: Io): Promise<string | undefined> {
	for (;;) {
		const a = (
			await ask(`Kind (${CLAIM_KINDS.filter((k) => k !== 'thesis').join(', ')}; Enter for none): `)
		).trim();
		if (!a) return undefined;
		if ((CLAIM_KINDS as readonly string[]).includes(a)) return a;
		const guess = closest(a, CLAIM_KINDS);
		io.out(`"${a}" is not a kind of claim.${guess ? ` Did you mean "${guess}"?` : ''}`);
	}
}

/** Which answer a problem is about, from the line of the file it points at. */
function fieldOf(p: Problem, lines: Map<number, string>): string {
	if (p.code === 'bad-id' || p.code === 'duplicate-id') return 'id';
	if (p.code === 'no-evidence' || p.code === 'fact-without-evidence') return 'kind';
	const f = lines.get(p.line) ?? '';
	if (f === 'supports' || f === 'attacks') return 'target';
	if (f === 'evidence') return 'quote';
	return f.replace(/^evidence\./, '') || 'text';
}

export interface RunIo extends Partial<Io> {
	ask?: Ask;
	interactive: boolean;
}

export async function run(argv: string[], runIo: RunIo): Promise<number> {
	const io: Io = { out: runIo.out ?? console.log, err: runIo.err ?? console.error };
	const parsed = parseArgs(argv);
	if (typeof parsed === 'string') {
		(parsed === USAGE ? io.out : io.err)(parsed);
		return parsed === USAGE ? 0 : 2;
	}
	const a = parsed;
	const ask = runIo.ask;
	const interactive = runIo.interactive && ask !== undefined;
	const fail = (msg: string) => {
		io.err(msg);
		return 1;
	};

	if (!existsSync(a.root))
		return fail(
			`There is no folder "${a.root}". Run this from the repository root, or pass --root.`
		);
	const debates = readdirSync(a.root, { withFileTypes: true })
		.filter((e) => e.isDirectory() && !e.name.startsWith('.'))
		.map((e) => ({ id: e.name, title: '' }));
	if (!debates.length) return fail(`There is no debate folder in "${a.root}".`);
	if (!a.debate) {
		if (debates.length === 1) a.debate = debates[0].id;
		else if (interactive) a.debate = await askChoice(ask!, io, debates, 'debate', false);
		else return fail(`--debate is required: one of ${debates.map((d) => d.id).join(', ')}.`);
	} else {
		const r = resolveChoice(a.debate, debates, 'debate');
		if ('error' in r) return fail(`--debate: ${r.error}`);
		a.debate = r.id;
	}
	const info = loadDebate(a.root, a.debate!);

	// Flags first: a wrong one is an error at once (with a suggestion), or asked again.
	const errors: string[] = [];
	const check = (
		key: 'attacks' | 'supports' | 'speaker' | 'source',
		choices: Choice[],
		noun: string
	) => {
		const value = a[key];
		if (value === undefined) return;
		const r = resolveChoice(value, choices, noun);
		if ('error' in r) {
			errors.push(`--${key}: ${r.error}`);
			if (interactive) a[key] = undefined;
		}
	};
	check('attacks', info.claims, 'claim');
	check('supports', info.claims, 'claim');
	check('speaker', info.people, 'speaker');
	check('source', info.sources, 'source');
	if (a.kind !== undefined && !(CLAIM_KINDS as readonly string[]).includes(a.kind)) {
		errors.push(
			`--kind: "${a.kind}" is not a kind of claim; use one of ${CLAIM_KINDS.join(', ')}.`
		);
		if (interactive) a.kind = undefined;
	}
	// The id names the file: it must pass the id rule before it is used in a path.
	let askId = false;
	const idError = a.id === undefined ? undefined : idProblem(a.id, '--id');
	if (idError) {
		errors.push(idError);
		if (interactive) [a.id, askId] = [undefined, true];
	}
	if (errors.length) {
		if (!interactive) return fail(`${errors.join('\n')}\nNothing was written.`);
		io.out(`${errors.join('\n')}\nThose will be asked for.`);
	}

	// The questions, one per field, so a wrong answer can be asked again on its own.
	const askField: Record<string, () => Promise<void>> = {
		target: async () => {
			let rel: string;
			for (;;) {
				rel = (
					await askText(ask!, io, 'Does it attack or support a claim? [a/s] (a): ', false, 'a')
				).toLowerCase();
				if (['a', 'attack', 'attacks', 's', 'support', 'supports'].includes(rel)) break;
				io.out(`Type a to attack or s to support ("${rel}" is neither).`);
			}
			const target = await askChoice(ask!, io, info.claims, 'claim it answers', false);
			a.attacks = rel.startsWith('s') ? undefined : target;
			a.supports = rel.startsWith('s') ? target : undefined;
		},
		text: async () => {
			a.text = await askText(
				ask!,
				io,
				'Claim text (one self-contained sentence, neutrally worded): ',
				true
			);
		},
		label: async () => {
			a.label =
				(await askText(ask!, io, 'Short label for the map (optional): ', false)) || undefined;
		},
		kind: async () => {
			a.kind = await askKind(ask!, io);
		},
		speaker: async () => {
			a.speaker = await askChoice(ask!, io, info.people, 'speaker', true);
		},
		source: async () => {
			a.source = await askChoice(ask!, io, info.sources, 'source', true);
			if (a.source && !a.quote) await askField.quote();
			if (a.source && !a.locator) await askField.locator();
		},
		quote: async () => {
			// Enter backs out of the source rather than asking for a quote forever.
			const quote = await askText(
				ask!,
				io,
				'Quote (verbatim from the source; Enter to cite no source after all): ',
				false
			);
			if (quote) a.quote = quote;
			else {
				a.source = a.quote = a.locator = undefined;
				io.out('No source, then: the claim is written without evidence.');
			}
		},
		locator: async () => {
			a.locator = await askText(ask!, io, 'Where in the source (e.g. "para. 3"): ', true);
		},
		tags: async () => {
			a.tags = await askText(
				ask!,
				io,
				`Tags, comma-separated (optional; ${info.tags.join(', ')}): `,
				false
			);
		},
		id: async () => {
			for (;;) {
				const id = (await askText(ask!, io, 'File name (id) for the claim: ', true)).replace(
					/\.ya?ml$/,
					''
				);
				const problem = idProblem(id, 'The file name');
				if (!problem) return void (a.id = id);
				io.out(problem);
			}
		}
	};

	if (!interactive) {
		const missing = [
			!a.text && '--text',
			!a.attacks && !a.supports && '--attacks or --supports'
		].filter(Boolean);
		if (missing.length)
			return fail(
				`Missing ${missing.join(' and ')} (not running in a terminal, so nothing can be asked).\n${USAGE}`
			);
	} else {
		io.out(`New claim in ${a.debate}. Press Enter to skip optional fields.`);
		if (!a.attacks && !a.supports) await askField.target();
		if (a.text === undefined) await askField.text();
		if (a.label === undefined) await askField.label();
		if (a.kind === undefined) await askField.kind();
		if (a.speaker === undefined) await askField.speaker();
		if (a.source === undefined) await askField.source();
		else {
			if (a.quote === undefined) await askField.quote();
			if (a.source && a.locator === undefined) await askField.locator();
		}
		if (a.tags === undefined && info.tags.length) await askField.tags();
		if (askId) await askField.id();
	}

	const taken = info.files.files.map((f) =>
		f.path
			.split('/')
			.pop()!
			.replace(/\.ya?ml$/, '')
	);
	for (let round = 0; ; round++) {
		const id = a.id ?? idFromText(a.label || a.text!, taken);
		const path = join(info.dir, entityFile('claim', id)).replace(/\\/g, '/');
		const text = claimYaml({
			text: a.text!,
			label: a.label,
			kind: a.kind,
			speaker: a.speaker,
			attacks: a.attacks ? [a.attacks] : undefined,
			supports: a.supports ? [a.supports] : undefined,
			evidence:
				a.source || a.quote || a.locator
					? [{ source: a.source ?? '', quote: a.quote ?? '', locator: a.locator ?? '' }]
					: undefined,
			tags: a.tags?.split(',')
		});

		// The same validator as CI: the file on its own, then the whole debate with it added in memory.
		const problems: Problem[] = checkClaimFile(path, text, {
			claims: [...new Set([...info.claims.map((c) => c.id), ...taken])],
			people: info.people.map((p) => p.id),
			sources: info.sources.map((s) => s.id),
			tags: info.tags
		});
		if (!problems.some((p) => p.severity === 'error')) {
			// In the debate's own path form, so the file is classified as the claim it is.
			const inDebate = `${info.files.dir}/${entityFile('claim', id)}`;
			const whole = validateDebateFiles({
				...info.files,
				files: [...info.files.files, { path: inDebate, text }]
			});
			const seen = new Set(problems.map((p) => `${p.line}:${p.code}`));
			problems.push(
				...whole.problems
					.filter((p) => p.file === inDebate && !seen.has(`${p.line}:${p.code}`))
					.map((p) => ({ ...p, file: path })),
				...whole.problems.filter((p) => p.file !== inDebate && p.severity === 'error')
			);
		}
		const bad = problems.some((p) => p.severity === 'error');
		if (bad || a.dryRun || interactive) io.out(`\n${path}:\n${text}`);
		if (problems.length) (bad ? io.err : io.out)(formatProblems(problems, 'text'));
		if (bad && interactive && round < 20) {
			// Keep every answer; ask again only for the fields the problems are about.
			const lines = fieldsByLine(text);
			const fields = [
				...new Set(problems.filter((p) => p.severity === 'error').map((p) => fieldOf(p, lines)))
			];
			io.out(`\nYour other answers are kept. Please fix: ${fields.join(', ')}.`);
			for (const f of fields) await (askField[f] ?? askField.text)();
			continue;
		}
		if (bad) return fail(`Nothing was written. Fix the problems above and run the command again.`);
		if (a.dryRun) {
			io.out('Dry run: nothing was written.');
			return 0;
		}
		if (interactive && !a.yes) {
			const ok = (await askText(ask!, io, `Write ${path}? [Y/n] `, false, 'y')).toLowerCase();
			if (!ok.startsWith('y')) {
				io.out('Nothing was written.');
				return 0;
			}
		}
		for (const said of recoverInterrupted(join(info.dir, FOLDERS.claim))) io.out(said);
		try {
			writeFilesAtomically(info.dir, [{ path: entityFile('claim', id), text }]);
		} catch (e) {
			if (e instanceof WriteRefused) return fail(e.message);
			throw e;
		}
		io.out(
			`Wrote ${path}.\nNext: npm run validate, then commit the file and open a pull request (see CONTRIBUTING.md).`
		);
		return 0;
	}
}

/** The command: in-process in tests, with a terminal's questions when run by a person. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
	const interactive = Boolean(process.stdin.isTTY);
	const rl = interactive
		? createInterface({ input: process.stdin, output: process.stdout })
		: undefined;
	try {
		return await run(argv, { ...io, interactive, ask: rl ? (q) => rl.question(q) : undefined });
	} catch (e) {
		io.err(`new-claim: ${e instanceof Error ? e.message : String(e)}`);
		return 2;
	} finally {
		rl?.close();
	}
}

if (isMain(import.meta.url, /new-claim\.ts$/))
	void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
