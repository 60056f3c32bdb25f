/**
 * Writes that are complete or absent, for every command that writes argument files
 * (`import`, `new-claim`, `collect`).
 *
 * - `writeFilesAtomically(root, files)` adds or replaces a few files inside an existing
 *   folder: each text goes to a temporary sibling first, is flushed to disk, and only then
 *   takes its name. A failure leaves every file as it was.
 * - `replaceDirAtomically(target, files, { replace })` writes a whole folder: it is built as a
 *   new sibling folder (`.<name>.tmp-<pid>`) and renamed into place once complete. An existing
 *   folder is replaced only with `replace`, and only after the new one is complete: renamed
 *   aside (`.<name>.old-<pid>`), the new one renamed in, then the old one deleted.
 * - `recoverInterrupted(parent)` undoes what a killed run left in `parent`, and says what it did:
 *   a half-written new folder is deleted, an old folder renamed aside is put back if nothing
 *   took its place (or deleted if the new one did).
 *
 * Paths of files are relative, with "/" between parts; a path that would leave its folder
 * (`..`, absolute, a drive letter) or that starts a part with "." is refused before anything
 * is written. Temporary names start with "." so neither the validator nor the build reads them.
 */
import {
	closeSync,
	existsSync,
	fsyncSync,
	linkSync,
	lstatSync,
	mkdirSync,
	openSync,
	readdirSync,
	renameSync,
	rmSync,
	statSync,
	unlinkSync,
	writeFileSync
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

export interface FileText {
	/** Relative to the folder written, with "/" between parts: `claims/<id>.yaml`. */
	path: string;
	text: string;
}

/** Refused before anything was written; the message is for people. */
export class WriteRefused extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'WriteRefused';
	}
}

/** Steps of `replaceDirAtomically`, for tests that kill the process between them. */
export type ReplaceStep = 'written' | 'old-aside' | 'new-in';

const TMP = /^\.(.+)\.(tmp|old)-(\d+)(?:-\d+)?$/;
/** A leftover untouched for this long belongs to no running process, whatever its pid says. */
const STALE_MS = 24 * 60 * 60 * 1000;
let counter = 0;

/** `root`/`rel`, or a refusal when `rel` is not a plain relative path that stays inside `root`. */
export function resolveInside(root: string, rel: string): string {
	const parts = rel.split('/');
	const bad = parts.find(
		(p) => p === '' || p === '.' || p === '..' || p.startsWith('.') || /[\\:\0]/.test(p)
	);
	if (bad !== undefined || rel.startsWith('/'))
		throw new WriteRefused(
			`"${rel}" is not a plain path inside the folder (no "..", no leading "/" or ".", no "\\" or ":"), so nothing was written.`
		);
	const base = resolve(root);
	const full = resolve(base, ...parts);
	const r = relative(base, full);
	if (!r || r.startsWith('..') || resolve(base, r) !== full)
		throw new WriteRefused(`"${rel}" would be written outside ${root}, so nothing was written.`);
	return full;
}

function writeDurably(path: string, text: string): void {
	const fd = openSync(path, 'wx');
	try {
		writeFileSync(fd, text);
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

const tmpName = (full: string, kind: 'tmp' | 'old') =>
	join(dirname(full), `.${basename(full)}.${kind}-${process.pid}-${++counter}`);

/**
 * Add (or, with `overwrite`, replace) `files` under the existing folder `root`, creating
 * sub-folders as needed. All are checked first: a bad path, or an existing file without
 * `overwrite`, refuses the whole write. Each file is then written to a temporary name,
 * flushed, and renamed into place; if any step fails, the files already put in place are
 * taken back out (and replaced ones restored), so the folder is as it was.
 * Returns the full paths written.
 */
export function writeFilesAtomically(
	root: string,
	files: FileText[],
	opts: { overwrite?: boolean } = {}
): string[] {
	if (!existsSync(root) || !statSync(root).isDirectory())
		throw new WriteRefused(`There is no folder "${root}" to write into.`);
	const targets = files.map((f) => resolveInside(root, f.path));
	if (new Set(targets).size !== targets.length)
		throw new WriteRefused('The same file is listed twice, so nothing was written.');
	for (const t of targets) {
		if (!existsSync(t)) continue;
		if (!opts.overwrite)
			throw new WriteRefused(`${t} already exists; it was left as it is and nothing was written.`);
		if (!lstatSync(t).isFile())
			throw new WriteRefused(`${t} exists and is not a plain file, so nothing was written.`);
	}
	const temps: string[] = [];
	const placed: Array<{ target: string; backup?: string }> = [];
	try {
		files.forEach((f, i) => {
			mkdirSync(dirname(targets[i]), { recursive: true });
			const tmp = tmpName(targets[i], 'tmp');
			temps.push(tmp);
			writeDurably(tmp, f.text);
		});
		targets.forEach((target, i) => {
			if (opts.overwrite && existsSync(target)) {
				const backup = tmpName(target, 'old');
				linkSync(target, backup);
				renameSync(temps[i], target);
				placed.push({ target, backup });
			} else {
				// link() refuses a name that exists, even one created a moment ago by someone else.
				linkSync(temps[i], target);
				placed.push({ target });
			}
		});
		for (const p of placed) if (p.backup) unlinkSync(p.backup);
		return targets;
	} catch (e) {
		for (const p of placed.reverse()) {
			if (p.backup) renameSync(p.backup, p.target);
			else rmSync(p.target, { force: true });
		}
		throw e;
	} finally {
		for (const t of temps) rmSync(t, { force: true });
	}
}

function isLive(pid: number): boolean {
	if (pid === process.pid) return true;
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Undo what an interrupted `replaceDirAtomically` or `writeFilesAtomically` left in `parent`
 * (only names it creates, only of processes that are gone). Returns one sentence per repair.
 */
export function recoverInterrupted(parent: string): string[] {
	if (!existsSync(parent) || !statSync(parent).isDirectory()) return [];
	const said: string[] = [];
	const entries = readdirSync(parent)
		.map((name) => ({ name, m: TMP.exec(name) }))
		.filter((e) => e.m)
		// Put old folders back before deleting anything, so a debate is never absent for long.
		.sort((a, b) => (a.m![2] === b.m![2] ? 0 : a.m![2] === 'old' ? -1 : 1));
	for (const { name, m } of entries) {
		const full = join(parent, name);
		const [, base, kind, pid] = m!;
		let st;
		try {
			st = lstatSync(full);
		} catch {
			continue;
		}
		if (isLive(Number(pid)) && Date.now() - st.mtimeMs < STALE_MS) continue;
		const target = join(parent, base);
		if (kind === 'old' && !existsSync(target)) {
			renameSync(full, target);
			said.push(
				`Restored ${target}: an earlier run was stopped while replacing it, and the new one had not been put in place.`
			);
		} else {
			rmSync(full, { recursive: true, force: true });
			said.push(
				kind === 'old'
					? `Removed ${full}, the old copy an earlier run had already replaced.`
					: `Removed ${full}, left unfinished by an earlier run that was stopped.`
			);
		}
	}
	return said;
}

/**
 * What is at `target` now: nothing, an empty folder, or a folder with files (refused unless
 * `replace`). Anything else there (a file, a symbolic link) is refused. `replaceDirAtomically`
 * checks this itself; call it to refuse early, before the work of making the files.
 */
export function checkTarget(target: string, replace: boolean): 'none' | 'empty' | 'full' {
	let st;
	try {
		st = lstatSync(target);
	} catch {
		return 'none';
	}
	if (!st.isDirectory())
		throw new WriteRefused(
			`${target} exists and is not a folder${st.isSymbolicLink() ? ' (it is a symbolic link)' : ''}, so it was left as it is and nothing was written.`
		);
	if (!readdirSync(target).length) return 'empty';
	if (!replace) throw new WriteRefused(`${target} already exists; it was left as it is.`);
	return 'full';
}

/**
 * Write `files` as the whole folder `target`: built in a new sibling folder and renamed into
 * place once every file is written, so `target` is never half-written. An existing `target`
 * that holds anything is refused unless `replace` is set; it is then replaced only once the
 * new folder is complete. `onStep` is for tests (a test may end the process there).
 */
export function replaceDirAtomically(
	target: string,
	files: FileText[],
	opts: { replace?: boolean; onStep?: (step: ReplaceStep) => void } = {}
): { replaced: boolean } {
	const full = resolve(target);
	const parent = dirname(full);
	const existing = checkTarget(target, Boolean(opts.replace));
	mkdirSync(parent, { recursive: true });
	const tmp = join(parent, `.${basename(full)}.tmp-${process.pid}-${++counter}`);
	// Check every path before the first write.
	const paths = files.map((f) => resolveInside(tmp, f.path));
	mkdirSync(tmp);
	try {
		const made = new Set<string>();
		files.forEach((f, i) => {
			const folder = dirname(paths[i]);
			if (!made.has(folder)) {
				mkdirSync(folder, { recursive: true });
				made.add(folder);
			}
			writeFileSync(paths[i], f.text, { flag: 'wx' });
		});
		opts.onStep?.('written');
		if (existing === 'full') {
			const old = join(parent, `.${basename(full)}.old-${process.pid}-${++counter}`);
			renameSync(full, old);
			opts.onStep?.('old-aside');
			try {
				renameSync(tmp, full);
			} catch (e) {
				renameSync(old, full);
				throw e;
			}
			opts.onStep?.('new-in');
			rmSync(old, { recursive: true, force: true });
			return { replaced: true };
		}
		// rename() replaces an empty folder in one step, and fails on one that gained files meanwhile.
		renameSync(tmp, full);
		return { replaced: false };
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}
