/**
 * npm run import -- <file> [--format aif|argdown|kialo|arggraph|json] --out <folder> [--id <debate-id>] [--force] [--time]
 *
 * Reads a debate in another tool's format and writes it as a Crux debate folder,
 * <folder>/<debate-id>/, then checks it with the same validator as hand-written files and
 * prints the import report (what could not be represented exactly, and what was done).
 * Exit 0: written and valid (warnings allowed). 1: the input could not be read, or the
 * written files have errors. 2: usage, or the importer itself failed. Never a stack trace.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { detectFormat, FORMATS, formatById, formatReport, ImportError } from '../src/lib/formats';
import { formatProblems, validateDebateFiles } from '../src/lib/validate/node.server';

const importers = FORMATS.filter((f) => f.import).map((f) => f.id);
const USAGE = `Usage: npm run import -- <file> [--format ${importers.join('|')}] --out <folder> [--id <debate-id>] [--force] [--time]`;

function main(): number {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: {
				format: { type: 'string', short: 'f' },
				out: { type: 'string', short: 'o' },
				id: { type: 'string' },
				force: { type: 'boolean' },
				time: { type: 'boolean' },
				help: { type: 'boolean', short: 'h' }
			}
		});
	} catch (e) {
		console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	if (positionals.length !== 1 || !values.out) {
		console.error(
			positionals.length > 1
				? `Import one file at a time; got ${positionals.length}.\n${USAGE}`
				: USAGE
		);
		return 2;
	}
	const file = positionals[0];
	if (!existsSync(file)) {
		console.error(`There is no file "${file}" to import.`);
		return 2;
	}
	const text = readFileSync(file, 'utf8');
	const format = values.format ? formatById(values.format) : detectFormat(text);
	if (!format?.import) {
		console.error(
			values.format
				? `Unknown format "${values.format}": use one of ${importers.join(', ')}.`
				: `Could not tell which format "${file}" is in. Say it with --format ${importers.join('|')}.`
		);
		return 2;
	}

	const t0 = performance.now();
	let result;
	try {
		result = format.import(text, { fileName: basename(file), debateId: values.id });
	} catch (e) {
		if (!(e instanceof ImportError)) throw e;
		console.log(`${file}:${e.line ?? 1}:${e.column ?? 1}  error: ${e.message}`);
		console.log(`Nothing was written: the file could not be read as ${format.name}.`);
		return 1;
	}
	const t1 = performance.now();

	const dir = join(values.out, result.files.id);
	if (existsSync(dir) && readdirSync(dir).length) {
		if (!values.force) {
			console.error(
				`${dir} already exists. Choose another --out or --id, or pass --force to replace it.`
			);
			return 2;
		}
		rmSync(dir, { recursive: true });
	}
	for (const f of result.files.files) {
		const path = join(dir, f.path);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, f.text);
	}

	// The same validator as for hand-written files, with paths as they are on disk.
	const shownDir = dir.replace(/\\/g, '/');
	const { problems } = validateDebateFiles({
		id: result.files.id,
		dir: shownDir,
		files: result.files.files.map((f) => ({ path: `${shownDir}/${f.path}`, text: f.text }))
	});
	const t2 = performance.now();
	const errors = problems.filter((p) => p.severity === 'error');
	const warnings = problems.filter((p) => p.severity === 'warning');
	console.log(formatReport(result.report));
	console.log(`Wrote ${result.files.files.length} files to ${shownDir}/.`);
	if (errors.length) console.log(formatProblems(errors, 'text'));
	if (warnings.length) {
		const byCode = new Map<string, number>();
		for (const w of warnings) byCode.set(w.code, (byCode.get(w.code) ?? 0) + 1);
		console.log(
			`${warnings.length} warning${warnings.length === 1 ? '' : 's'} (${[...byCode].map(([c, n]) => `${c} ${n}`).join(', ')}): run "npm run validate -- ${values.out}" to see them.`
		);
	}
	if (!errors.length) console.log('The imported debate is valid.');
	if (values.time)
		console.log(
			`Import ${(t1 - t0).toFixed(0)} ms, write and validate ${(t2 - t1).toFixed(0)} ms.`
		);
	return errors.length ? 1 : 0;
}

try {
	process.exitCode = main();
} catch (e) {
	console.error(
		`import: internal error: ${e instanceof Error ? e.message : String(e)}`
			.replace(/\s+/g, ' ')
			.slice(0, 300)
	);
	process.exitCode = 2;
}
