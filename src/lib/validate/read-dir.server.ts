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
import { sortProblems, START, type Problem } from './problem';
import MISSING_FILE from './rules/cross-file/missing-file';
import INTERNAL_ERROR from './rules/file/internal-error';
import INTERRUPTED_WRITE from './rules/file/interrupted-write';
import { LEFTOVER, leftoverProblem } from './file-kinds';
import SYMLINK from './rules/file/symlink';
import UNEXPECTED_FILE from './rules/file/unexpected-file';
import WRONG_TYPE from './rules/file/wrong-type';
import YAML_SYNTAX from './rules/file/yaml-syntax';
import SOURCE_FOLDER_MISSING from './rules/quotes/source-folder-missing';
import {
	SYMLINK_HINT,
	SYMLINK_MESSAGE,
	validateDebateFiles,
	type DebateFile,
	type DebateFiles
} from './validate-debate';
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

/** Files and links under `dir`. A link (to a file or a folder) is listed as a link and never followed. */
function walk(dir: string, out: Array<{ path: string; link: boolean }>): void {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isSymbolicLink()) out.push({ path: full, link: true });
		else if (entry.isDirectory()) walk(full, out);
		else if (entry.isFile()) out.push({ path: full, link: false });
	}
}

export function readDebateDir(dir: string, opts: { cwd?: string } = {}): DebateFiles {
	const cwd = opts.cwd ?? process.cwd();
	const found: Array<{ path: string; link: boolean }> = [];
	walk(dir, found);
	found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	const files = found.map(({ path, link }): DebateFile => {
		if (link) return { path: display(path, cwd), text: '', link: true };
		let text: string;
		try {
			text = readText(path);
		} catch (e) {
			// An unreadable file becomes content the pure check rejects, carrying the reason.
			text = `\u0000could not read: ${describeError(e)}`;
		}
		return { path: display(path, cwd), text };
	});
	return { id: basename(dir), dir: display(dir, cwd), files };
}

/** Source id → text: `<source-id>.txt` files, and/or a `sources.yaml`/`sources.json` mapping (id → file name) in `dir`. */
export function readSourceTexts(
	dir: string,
	cwd: string
): { texts: Record<string, string>; problems: Problem[] } {
	const texts: Record<string, string> = {};
	const problems: Problem[] = [];
	if (!existsSync(dir) || !statSync(dir).isDirectory()) return { texts, problems };
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
				YAML_SYNTAX.at(
					display(mapPath, cwd),
					START,
					`The source-text mapping could not be read: ${describeError(e)}.`
				)
			);
			continue;
		}
		if (mapping === null || typeof mapping !== 'object' || Array.isArray(mapping)) {
			problems.push(
				WRONG_TYPE.at(
					display(mapPath, cwd),
					START,
					'The source-text mapping must map source ids to text file names, e.g. "csis-2020: csis-debating-japan.txt".'
				)
			);
			continue;
		}
		for (const [id, file] of Object.entries(mapping as Record<string, unknown>)) {
			// Only a file name in this folder: the mapping must not reach anywhere else on the machine.
			const name =
				typeof file === 'string' && /^[^/\\]+$/.test(file) && file !== '..' ? file : undefined;
			const target = name ? join(dir, name) : undefined;
			if (target && existsSync(target) && statSync(target).isFile()) texts[id] = readText(target);
			else
				problems.push(
					MISSING_FILE.at(
						display(mapPath, cwd),
						START,
						name
							? `The source-text mapping names "${name}" for "${id}", but there is no such file in ${display(dir, cwd)}.`
							: `The source-text mapping gives "${id}" something other than a file name in ${display(dir, cwd)}.`,
						'Map each source id to the name of a .txt file in the same folder, e.g. "csis-2020: csis-debating-japan.txt".'
					)
				);
		}
	}
	return { texts, problems };
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
			MISSING_FILE.at(
				rootShown,
				START,
				`There is no folder "${rootShown}" to validate.`,
				'Run the validator from the repository root, or pass the folder that holds the debates.'
			)
		);
		return { debates, problems, fileCount };
	}
	let shared: Record<string, string> = {};
	// A missing source folder is a warning, not an error: the quote check is optional.
	let sourcesDir = opts.sourcesDir;
	if (sourcesDir && !(existsSync(sourcesDir) && statSync(sourcesDir).isDirectory())) {
		const shown = display(sourcesDir, cwd);
		problems.push(
			SOURCE_FOLDER_MISSING.at(
				shown,
				START,
				`There is no source-text folder "${shown}", so quotes were not checked against their sources; everything else was.`,
				'The source texts are not in the repository (they are published works). Pass --sources with a folder holding <source-id>.txt files, or leave the flag out.'
			)
		);
		sourcesDir = undefined;
	}
	if (sourcesDir) {
		const r = readSourceTexts(sourcesDir, cwd);
		shared = r.texts;
		problems.push(...r.problems);
	}
	for (const entry of readdirSync(root, { withFileTypes: true }).sort((a, b) =>
		a.name < b.name ? -1 : 1
	)) {
		const full = join(root, entry.name);
		if (entry.name.startsWith('.')) {
			// Hidden: not a debate. One left by an interrupted import is named, so it is not a mystery.
			if (LEFTOVER.test(entry.name)) {
				const { message, hint } = leftoverProblem(entry.name);
				problems.push(INTERRUPTED_WRITE.at(display(full, cwd), START, message, hint));
			}
			continue;
		}
		if (entry.isSymbolicLink()) {
			problems.push(SYMLINK.at(display(full, cwd), START, SYMLINK_MESSAGE, SYMLINK_HINT));
			continue;
		}
		if (!entry.isDirectory()) {
			if (/\.ya?ml$/.test(entry.name))
				problems.push(
					UNEXPECTED_FILE.at(
						display(full, cwd),
						START,
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
			if (sourcesDir) {
				const own = readSourceTexts(join(sourcesDir, entry.name), cwd);
				problems.push(...own.problems);
				sourceTexts = { ...shared, ...own.texts };
			}
			const r = validateDebateFiles(files, { sourceTexts });
			problems.push(...r.problems);
			if (r.debate) debates.push(r.debate);
		} catch (e) {
			problems.push(
				INTERNAL_ERROR.at(
					display(full, cwd),
					START,
					`The folder could not be read: ${describeError(e)}.`
				)
			);
		}
	}
	return { debates, problems: sortProblems(problems), fileCount };
}
