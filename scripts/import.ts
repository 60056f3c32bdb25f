/**
 * npm run import -- <file> [--format aif|argdown|kialo|arggraph|json] --out <folder> [--id <debate-id>] [--force] [--time]
 *
 * Reads a debate in another tool's format and writes it as a Crux debate folder,
 * <folder>/<debate-id>/, checked first with the same validator as hand-written files, and
 * prints the import report (what could not be represented exactly, and what was done).
 *
 * Nothing is lost: the debate id passes the validator's id rule before any file is touched;
 * <folder> may not be inside a debate; the debate is written as a new folder beside its
 * target and renamed into place only once complete and valid, so `--force` replaces an old
 * debate only with a complete new one, and a killed import leaves the old one as it was
 * (the next run tidies what it left: scripts/lib/atomic-write.ts).
 *
 * Exit 0: written and valid (warnings allowed). 1: the input could not be read, or the
 * debate it gives has errors (then nothing is written). 2: usage, a refusal to overwrite,
 * or the importer itself failed. Never a stack trace.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { detectFormat, FORMATS, formatById, formatReport, ImportError } from '../src/lib/formats';
import { formatProblems, validateDebateFiles } from '../src/lib/validate/node.server';
import {
	checkTarget,
	recoverInterrupted,
	replaceDirAtomically,
	WriteRefused
} from './lib/atomic-write';
import { crashLine, isMain, parseFlags, processIo, type Io } from './lib/cli';
import { enclosingDebate, idProblem, shown } from './lib/ids';

const importers = FORMATS.filter((f) => f.import).map((f) => f.id);
const USAGE = `Usage: npm run import -- <file> [--format ${importers.join('|')}] --out <folder> [--id <debate-id>] [--force] [--time]`;

const OPTIONS = {
	format: { type: 'string', short: 'f' },
	out: { type: 'string', short: 'o' },
	id: { type: 'string' },
	force: { type: 'boolean' },
	time: { type: 'boolean' },
	help: { type: 'boolean', short: 'h' }
} as const;

const slash = (p: string) => p.replace(/\\/g, '/').replace(/\/+$/, '');

export function main(argv: string[], io: Io = processIo): number {
	try {
		return run(argv, io);
	} catch (e) {
		io.err(crashLine('import', e));
		return 2;
	}
}

function run(argv: string[], io: Io): number {
	const parsed = parseFlags(argv, OPTIONS, USAGE);
	if ('error' in parsed) {
		io.err(parsed.error);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		io.out(USAGE);
		return 0;
	}
	const out = values.out as string | undefined;
	const id = values.id as string | undefined;
	if (positionals.length !== 1 || !out) {
		io.err(
			positionals.length > 1
				? `Import one file at a time; got ${positionals.length}.\n${USAGE}`
				: USAGE
		);
		return 2;
	}
	// Every check that can refuse comes before the first read or write.
	if (id !== undefined) {
		const problem = idProblem(id, '--id');
		if (problem) {
			io.err(`${problem} Nothing was written.`);
			return 2;
		}
	}
	if (existsSync(out) && !statSync(out).isDirectory()) {
		io.err(`--out "${out}" is a file, not a folder. Give the folder that holds debates.`);
		return 2;
	}
	const debate = enclosingDebate(out);
	if (debate) {
		io.err(
			`--out "${out}" is inside the debate folder ${shown(debate)} (it has a debate.yaml). Give the folder that holds debates, such as its parent; nothing was written.`
		);
		return 2;
	}
	const file = positionals[0];
	if (!existsSync(file) || !statSync(file).isFile()) {
		io.err(`There is no file "${file}" to import.`);
		return 2;
	}
	const text = readFileSync(file, 'utf8');
	const format = values.format ? formatById(values.format as string) : detectFormat(text);
	if (!format?.import) {
		io.err(
			values.format
				? `Unknown format "${values.format}": use one of ${importers.join(', ')}.`
				: `Could not tell which format "${file}" is in. Say it with --format ${importers.join('|')}.`
		);
		return 2;
	}

	const t0 = performance.now();
	let result;
	try {
		result = format.import(text, { fileName: basename(file), debateId: id });
	} catch (e) {
		if (!(e instanceof ImportError)) throw e;
		io.out(`${file}:${e.line ?? 1}:${e.column ?? 1}  error: ${e.message}`);
		io.out(`Nothing was written: the file could not be read as ${format.name}.`);
		return 1;
	}
	const t1 = performance.now();

	// An id from the file itself gets the same check as one from the command line.
	const debateId = result.files.id;
	const bad = idProblem(debateId, 'The debate id');
	if (bad) {
		io.err(`import: the ${format.name} importer gave an unusable id. ${bad} Nothing was written.`);
		return 2;
	}
	const dir = join(out, debateId);
	const shownDir = `${slash(out)}/${debateId}`;
	for (const line of recoverInterrupted(out)) io.out(line);
	try {
		checkTarget(dir, Boolean(values.force));
	} catch (e) {
		if (!(e instanceof WriteRefused)) throw e;
		io.err(`${e.message} Choose another --out or --id, or pass --force to replace it.`);
		return 2;
	}

	// The same validator as for hand-written files, on the files as they will be on disk.
	const { problems } = validateDebateFiles({
		id: debateId,
		dir: shownDir,
		files: result.files.files.map((f) => ({ path: `${shownDir}/${f.path}`, text: f.text }))
	});
	const errors = problems.filter((p) => p.severity === 'error');
	const warnings = problems.filter((p) => p.severity === 'warning');
	io.out(formatReport(result.report));
	if (errors.length) {
		io.out(formatProblems(errors, 'text'));
		io.out(
			`Nothing was written: the imported debate would not pass the validator${
				existsSync(dir) ? `, so ${shownDir}/ was left as it is` : ''
			}.`
		);
		return 1;
	}
	let replaced: boolean;
	try {
		({ replaced } = replaceDirAtomically(dir, result.files.files, {
			replace: Boolean(values.force)
		}));
	} catch (e) {
		if (!(e instanceof WriteRefused)) throw e;
		io.err(`${e.message} Choose another --out or --id, or pass --force to replace it.`);
		return 2;
	}
	const t2 = performance.now();
	io.out(
		`Wrote ${result.files.files.length} files to ${shownDir}/${replaced ? ', replacing the debate that was there' : ''}.`
	);
	if (warnings.length) {
		const byCode = new Map<string, number>();
		for (const w of warnings) byCode.set(w.code, (byCode.get(w.code) ?? 0) + 1);
		io.out(
			`${warnings.length} warning${warnings.length === 1 ? '' : 's'} (${[...byCode].map(([c, n]) => `${c} ${n}`).join(', ')}): run "npm run validate -- ${slash(out)}" to see them.`
		);
	}
	io.out('The imported debate is valid.');
	if (values.time)
		io.out(`Import ${(t1 - t0).toFixed(0)} ms, validate and write ${(t2 - t1).toFixed(0)} ms.`);
	return 0;
}

if (isMain(import.meta.url, /import\.ts$/)) process.exitCode = main(process.argv.slice(2));
