/**
 * npm run new-claim -- [--debate ID] [--text "…"] [--attacks ID | --supports ID] [--speaker ID]
 *                      [--source ID --quote "…" --locator "para. 3"] [--label "…"] [--kind KIND]
 *                      [--tags a,b] [--id ID] [--root arguments] [--dry-run] [--yes]
 *
 * Writes arguments/<debate>/claims/<id>.yaml. Anything not given as a flag is asked for
 * (when run in a terminal), offering the debate's existing claims, speakers and sources by
 * number. The file is checked with the validator (on its own, and as part of the whole debate)
 * before it is written; on any error nothing is written and the exit code is 1.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
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
import { claimYaml } from '../src/lib/contrib/claim-yaml';
import { idFromText } from '../src/lib/contrib/slug';
import { claimTitle } from '../src/lib/model/labels';
import { shorten } from '../src/lib/shared/text';

const USAGE = `Usage: npm run new-claim -- [--debate ID] [--text "…"] [--attacks ID | --supports ID] [--speaker ID]
       [--source ID --quote "…" --locator "para. 3"] [--label "…"] [--kind KIND] [--tags a,b]
       [--id ID] [--root arguments] [--dry-run] [--yes]
Run without flags in a terminal to be asked for each field.`;

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

const VALUE_FLAGS = [
	'root',
	'debate',
	'text',
	'attacks',
	'supports',
	'speaker',
	'source',
	'quote',
	'locator',
	'label',
	'kind',
	'tags',
	'id'
] as const;

export function parseArgs(argv: string[]): Args | string {
	const args: Args = { root: 'arguments', dryRun: false, yes: false };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const eq = a.indexOf('=');
		const [flag, inline] =
			a.startsWith('--') && eq > 0
				? [a.slice(2, eq), a.slice(eq + 1)]
				: [a.replace(/^--/, ''), undefined];
		if (a === '--dry-run') args.dryRun = true;
		else if (a === '--yes' || a === '-y') args.yes = true;
		else if (a === '--help' || a === '-h') return USAGE;
		else if (a.startsWith('--') && (VALUE_FLAGS as readonly string[]).includes(flag)) {
			const v = inline ?? argv[++i];
			if (v === undefined) return `--${flag} needs a value.\n${USAGE}`;
			(args as unknown as Record<string, string>)[flag] = v;
		} else {
			const guess = a.startsWith('--')
				? closest(flag, [...VALUE_FLAGS, 'dry-run', 'yes'])
				: undefined;
			return `Unknown option "${a}".${guess ? ` Did you mean "--${guess}"?` : ''}\n${USAGE}`;
		}
	}
	return args;
}

interface Choice {
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
		claims: ids('claims')
			.filter((id) => !d || d.claims[id])
			.map((id) => ({
				id,
				title: d?.claims[id] ? claimTitle(d.claims[id]) : ''
			})),
		people: ids('people').map((id) => ({ id, title: d?.people[id]?.name ?? '' })),
		sources: ids('sources').map((id) => ({
			id,
			title: d?.sources[id] ? shorten(d.sources[id].title, 90) : ''
		})),
		tags: Object.keys(d?.meta.tags ?? {})
	};
}

/** An id the user gave, checked against the choices; a miss says "Did you mean …". */
export function resolveChoice(
	input: string,
	choices: Choice[],
	noun: string
): { id: string } | { error: string } {
	const v = input.trim();
	if (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= choices.length)
		return { id: choices[Number(v) - 1].id };
	if (choices.some((c) => c.id === v)) return { id: v };
	const guess = closest(
		v,
		choices.map((c) => c.id)
	);
	return { error: `There is no ${noun} "${v}".${guess ? ` Did you mean "${guess}"?` : ''}` };
}

type Ask = (q: string) => Promise<string>;

function list(choices: Choice[]): string {
	const w = String(choices.length).length;
	return choices
		.map((c, i) => `  ${String(i + 1).padStart(w)}. ${c.id}${c.title ? ` — ${c.title}` : ''}`)
		.join('\n');
}

async function askChoice(
	ask: Ask,
	choices: Choice[],
	noun: string,
	optional: boolean
): Promise<string | undefined> {
	console.log(`\n${noun[0].toUpperCase()}${noun.slice(1)}s:\n${list(choices)}`);
	for (;;) {
		const a = (
			await ask(`${noun} (number or id${optional ? ', empty to skip' : ''}; or words to search): `)
		).trim();
		if (!a) {
			if (optional) return undefined;
			continue;
		}
		const r = resolveChoice(a, choices, noun);
		if ('id' in r) return r.id;
		const words = a.toLowerCase().split(/\s+/);
		const hits = choices.filter((c) =>
			words.every((w) => `${c.id} ${c.title}`.toLowerCase().includes(w))
		);
		if (hits.length && !/^\d+$/.test(a) && !/^[a-z0-9-]+$/.test(a)) {
			console.log(
				`Matches:\n${hits.map((h) => `  ${choices.indexOf(h) + 1}. ${h.id}${h.title ? ` — ${h.title}` : ''}`).join('\n')}`
			);
		} else console.log(r.error);
	}
}

async function askText(ask: Ask, q: string, required: boolean, fallback = ''): Promise<string> {
	for (;;) {
		const a = (await ask(q)).trim() || fallback;
		if (a || !required) return a;
		console.log('This field is required.');
	}
}

export async function run(
	argv: string[],
	io: { ask?: Ask; interactive: boolean }
): Promise<number> {
	const parsed = parseArgs(argv);
	if (typeof parsed === 'string') {
		(parsed === USAGE ? console.log : console.error)(parsed);
		return parsed === USAGE ? 0 : 2;
	}
	const a = parsed;
	const ask = io.ask;
	const interactive = io.interactive && ask !== undefined;
	const fail = (msg: string) => {
		console.error(msg);
		return 1;
	};

	if (!existsSync(a.root))
		return fail(
			`There is no folder "${a.root}". Run this from the repository root, or pass --root.`
		);
	const debates = readdirSync(a.root, { withFileTypes: true })
		.filter((e) => e.isDirectory() && !e.name.startsWith('.'))
		.map((e) => ({ id: e.name, title: '' }));
	if (!a.debate) {
		if (debates.length === 1 && !interactive) a.debate = debates[0].id;
		else if (interactive) a.debate = await askChoice(ask!, debates, 'debate', false);
		else return fail(`--debate is required: one of ${debates.map((d) => d.id).join(', ')}.`);
	} else {
		const r = resolveChoice(a.debate, debates, 'debate');
		if ('error' in r) return fail(r.error);
		a.debate = r.id;
	}
	const info = loadDebate(a.root, a.debate!);

	// Flags first: a wrong id is an error at once, with a suggestion.
	const errors: string[] = [];
	const check = (value: string | undefined, choices: Choice[], noun: string, flag: string) => {
		if (value === undefined) return undefined;
		const r = resolveChoice(value, choices, noun);
		if ('error' in r) errors.push(`--${flag}: ${r.error}`);
		return 'id' in r ? r.id : value;
	};
	a.attacks = check(a.attacks, info.claims, 'claim', 'attacks');
	a.supports = check(a.supports, info.claims, 'claim', 'supports');
	a.speaker = check(a.speaker, info.people, 'speaker', 'speaker');
	a.source = check(a.source, info.sources, 'source', 'source');
	if (a.kind !== undefined && !(CLAIM_KINDS as readonly string[]).includes(a.kind))
		errors.push(
			`--kind: "${a.kind}" is not a kind of claim; use one of ${CLAIM_KINDS.join(', ')}.`
		);
	if (errors.length) return fail(errors.join('\n'));

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
		console.log(`New claim in ${a.debate}. Press Enter to skip optional fields.`);
		if (!a.attacks && !a.supports) {
			const rel = (
				await askText(ask!, 'Does it attack or support a claim? [a/s] (a): ', false, 'a')
			).toLowerCase();
			const target = await askChoice(ask!, info.claims, 'claim', false);
			if (rel.startsWith('s')) a.supports = target;
			else a.attacks = target;
		}
		a.text ??= await askText(
			ask!,
			'Claim text (one self-contained sentence, neutrally worded): ',
			true
		);
		a.label ??= (await askText(ask!, 'Short label for the map (optional): ', false)) || undefined;
		if (a.speaker === undefined) a.speaker = await askChoice(ask!, info.people, 'speaker', true);
		if (a.source === undefined) a.source = await askChoice(ask!, info.sources, 'source', true);
		if (a.source) {
			a.quote ??= await askText(ask!, 'Quote (verbatim from the source): ', true);
			a.locator ??= await askText(ask!, 'Where in the source (e.g. "para. 3"): ', true);
		}
		if (a.tags === undefined && info.tags.length)
			a.tags = await askText(
				ask!,
				`Tags, comma-separated (optional; ${info.tags.join(', ')}): `,
				false
			);
	}

	const id =
		a.id ??
		idFromText(
			a.text!,
			info.claims
				.map((c) => c.id)
				.concat(
					info.files.files.map((f) =>
						f.path
							.split('/')
							.pop()!
							.replace(/\.ya?ml$/, '')
					)
				)
		);
	const rel = `claims/${id}.yaml`;
	const path = join(info.dir, 'claims', `${id}.yaml`).replace(/\\/g, '/');
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
		claims: info.claims.map((c) => c.id),
		people: info.people.map((p) => p.id),
		sources: info.sources.map((s) => s.id),
		tags: info.tags
	});
	if (existsSync(path))
		problems.push({
			file: path,
			line: 1,
			column: 1,
			severity: 'error',
			code: 'duplicate-id',
			message: `${path} already exists.`,
			hint: 'Choose another --id.'
		});
	if (!problems.some((p) => p.severity === 'error')) {
		const whole = validateDebateFiles({
			...info.files,
			files: [...info.files.files, { path: `${info.files.dir}/${rel}`, text }]
		});
		const seen = new Set(problems.map((p) => `${p.file}:${p.line}:${p.code}`));
		problems.push(
			...whole.problems.filter(
				(p) => p.severity === 'error' && !seen.has(`${p.file}:${p.line}:${p.code}`)
			)
		);
	}
	const bad = problems.some((p) => p.severity === 'error');
	if (bad || a.dryRun || interactive) console.log(`\n${path}:\n${text}`);
	if (problems.length) console[bad ? 'error' : 'log'](formatProblems(problems, 'text'));
	if (bad) return fail(`Nothing was written. Fix the problems above and run the command again.`);
	if (a.dryRun) {
		console.log('Dry run: nothing was written.');
		return 0;
	}
	if (interactive && !a.yes) {
		const ok = (await askText(ask!, `Write ${path}? [Y/n] `, false, 'y')).toLowerCase();
		if (!ok.startsWith('y')) {
			console.log('Nothing was written.');
			return 0;
		}
	}
	mkdirSync(join(info.dir, 'claims'), { recursive: true });
	writeFileSync(path, text, { flag: 'wx' });
	console.log(
		`Wrote ${path}.\nNext: npm run validate, then commit the file and open a pull request (see CONTRIBUTING.md).`
	);
	return 0;
}

if (process.argv[1] && /new-claim\.ts$/.test(process.argv[1])) {
	const interactive = Boolean(process.stdin.isTTY);
	const rl = interactive
		? createInterface({ input: process.stdin, output: process.stdout })
		: undefined;
	run(process.argv.slice(2), { interactive, ask: rl ? (q) => rl.question(q) : undefined })
		.then((code) => {
			process.exitCode = code;
		})
		.catch((e) => {
			console.error(`new-claim: ${e instanceof Error ? e.message : String(e)}`);
			process.exitCode = 2;
		})
		.finally(() => rl?.close());
}
