/** The one Node-only module of the validator: reads folders into the in-memory shapes the pure checks take. */
import {
	closeSync,
	existsSync,
	openSync,
	readdirSync,
	readFileSync,
	readSync,
	statSync
} from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { parse as parseYamlText } from 'yaml';
import type { Debate } from '$lib/model/types';
import { problem, sortProblems, START, type Problem } from './problem';
import { validateDebateFiles, type DebateFiles } from './validate-debate';
import { MAX_BYTES, describeError } from './yaml-source';

/** Past this we read only a prefix: enough for the size check to report it, without loading a huge file. */
const READ_LIMIT = 16 * 1024 * 1024;

function display(path: string, cwd: string): string {
	const rel = relative(cwd, path) || '.';
	return sep === '/' ? rel : rel.split(sep).join('/');
}

function readText(path: string): string {
	const size = statSync(path).size;
	let bytes: Uint8Array;
	if (size <= READ_LIMIT) bytes = readFileSync(path);
	else {
		bytes = new Uint8Array(MAX_BYTES * 4 + 4);
		const fd = openSync(path, 'r');
		try {
			readSync(fd, bytes, 0, bytes.length, 0);
		} finally {
			closeSync(fd);
		}
	}
	// Non-fatal decoding turns invalid bytes into U+FFFD, which the pure check reports as not-text.
	return new TextDecoder('utf-8').decode(bytes);
}

function walk(dir: string, out: string[]): void {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) walk(full, out);
		else if (
			entry.isFile() ||
			(entry.isSymbolicLink() && statSync(full, { throwIfNoEntry: false })?.isFile())
		)
			out.push(full);
	}
}

export function readDebateDir(dir: string, opts: { cwd?: string } = {}): DebateFiles {
	const cwd = opts.cwd ?? process.cwd();
	const paths: string[] = [];
	walk(dir, paths);
	paths.sort();
	const files = paths.map((p) => {
		let text: string;
		try {
			text = readText(p);
		} catch (e) {
			// An unreadable file becomes content the pure check rejects, carrying the reason.
			text = `\u0000could not read: ${describeError(e)}`;
		}
		return { path: display(p, cwd), text };
	});
	return { id: basename(dir), dir: display(dir, cwd), files };
}

function readSourceTextsWithProblems(
	dir: string,
	cwd: string
): { texts: Record<string, string>; problems: Problem[] } {
	const texts: Record<string, string> = {};
	const problems: Problem[] = [];
	if (!existsSync(dir)) return { texts, problems };
	for (const entry of readdirSync(dir, { withFileTypes: true }))
		if (entry.isFile() && entry.name.endsWith('.txt'))
			texts[entry.name.slice(0, -4)] = readText(join(dir, entry.name));
	for (const name of ['sources.yaml', 'sources.yml', 'sources.json']) {
		const mapPath = join(dir, name);
		if (!existsSync(mapPath)) continue;
		let mapping: unknown;
		try {
			mapping = parseYamlText(readText(mapPath), { maxAliasCount: 20 });
		} catch (e) {
			problems.push(
				problem(
					display(mapPath, cwd),
					START,
					'yaml-syntax',
					`The source-text mapping could not be read: ${describeError(e)}.`
				)
			);
			continue;
		}
		if (mapping === null || typeof mapping !== 'object' || Array.isArray(mapping)) {
			problems.push(
				problem(
					display(mapPath, cwd),
					START,
					'wrong-type',
					'The source-text mapping must map source ids to text file names, e.g. "csis-2020: csis-debating-japan.txt".'
				)
			);
			continue;
		}
		for (const [id, file] of Object.entries(mapping as Record<string, unknown>)) {
			const target = typeof file === 'string' ? join(dir, file) : undefined;
			if (target && existsSync(target)) texts[id] = readText(target);
			else
				problems.push(
					problem(
						display(mapPath, cwd),
						START,
						'missing-file',
						`The source-text mapping names ${JSON.stringify(file)} for "${id}", but there is no such file in ${display(dir, cwd)}.`
					)
				);
		}
	}
	return { texts, problems };
}

/** Source id → text: `<source-id>.txt` files, and/or a `sources.yaml`/`sources.json` mapping (id → file name) in `dir`. */
export function readSourceTexts(dir: string): Record<string, string> {
	return readSourceTextsWithProblems(dir, process.cwd()).texts;
}

export interface LoadOptions {
	/** Folder of source texts; a sub-folder named after a debate, if present, adds texts for that debate only. */
	sourcesDir?: string;
	/** Paths in problems are relative to this (default: process.cwd()). */
	cwd?: string;
}

/** Validate every debate under `root` (e.g. arguments/). Never throws: trouble becomes problems. */
export function loadDebates(
	root: string,
	opts: LoadOptions = {}
): { debates: Debate[]; problems: Problem[]; fileCount: number } {
	const cwd = opts.cwd ?? process.cwd();
	const debates: Debate[] = [];
	const problems: Problem[] = [];
	let fileCount = 0;
	const rootShown = display(root, cwd);
	if (!existsSync(root) || !statSync(root).isDirectory()) {
		problems.push(
			problem(
				rootShown,
				START,
				'missing-file',
				`There is no folder "${rootShown}" to validate.`,
				'Run the validator from the repository root, or pass the folder that holds the debates.'
			)
		);
		return { debates, problems, fileCount };
	}
	let shared: Record<string, string> = {};
	if (opts.sourcesDir) {
		if (!existsSync(opts.sourcesDir))
			problems.push(
				problem(
					display(opts.sourcesDir, cwd),
					START,
					'missing-file',
					`There is no source-text folder "${display(opts.sourcesDir, cwd)}".`
				)
			);
		const r = readSourceTextsWithProblems(opts.sourcesDir, cwd);
		shared = r.texts;
		problems.push(...r.problems);
	}
	for (const entry of readdirSync(root, { withFileTypes: true }).sort((a, b) =>
		a.name < b.name ? -1 : 1
	)) {
		if (entry.name.startsWith('.')) continue;
		const full = join(root, entry.name);
		if (!entry.isDirectory()) {
			if (/\.ya?ml$/.test(entry.name))
				problems.push(
					problem(
						display(full, cwd),
						START,
						'unexpected-file',
						`"${entry.name}" is not inside a debate folder, so it is not read.`,
						`Move it into ${rootShown}/<debate-id>/ (claims/, sources/ or people/).`
					)
				);
			continue;
		}
		try {
			const files = readDebateDir(full, { cwd });
			fileCount += files.files.length;
			let sourceTexts: Record<string, string> | undefined;
			if (opts.sourcesDir) {
				const own = readSourceTextsWithProblems(join(opts.sourcesDir, entry.name), cwd);
				problems.push(...own.problems);
				sourceTexts = { ...shared, ...own.texts };
			}
			const r = validateDebateFiles(files, { sourceTexts });
			problems.push(...r.problems);
			if (r.debate) debates.push(r.debate);
		} catch (e) {
			problems.push(
				problem(
					display(full, cwd),
					START,
					'internal-error',
					`The folder could not be read: ${describeError(e)}.`
				)
			);
		}
	}
	return { debates, problems: sortProblems(problems), fileCount };
}
