/**
 * npm run collect -- <folder> [--debate ID] [--dry-run] [--sources DIR | --no-sources]
 *
 * A class's proposals in, one pull request out. Reads every proposal file (.crux.yaml, as the
 * "Propose a reply" form downloads them) in <folder>, checks each with the validator's rules
 * (problems as <file>:line:column), adds the valid ones to the debate as new files, and prints
 * what they change as Markdown for one pull request. A file with any error is refused whole;
 * no existing file is ever changed, nothing is written outside the debate's folder, and each
 * new file is written completely or not at all. --dry-run prints the same and writes nothing.
 * The logic is src/lib/contrib/collect.ts; this script reads folders and writes files.
 * Exit 0: every file collected. 1: some file was refused (the rest were still collected).
 * 2: usage, or nothing could be done (no such folder or debate, the debate itself is invalid).
 */
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { formatProblems, readDebateDir, type Problem } from '../src/lib/validate/node.server';
import { readSourceTexts } from '../src/lib/validate/read-dir.server';
import { ARGUMENTS_DIR, FOLDERS } from '../src/lib/files';
import { ID_PATTERN } from '../src/lib/schema';
import { START } from '../src/lib/validate/problem';
import SYMLINK from '../src/lib/validate/rules/file/symlink';
import UNEXPECTED_FILE from '../src/lib/validate/rules/file/unexpected-file';
import { MAX_BYTES } from '../src/lib/validate/yaml-source';
import { closest } from '../src/lib/validate/suggest';
import {
	collectProposals,
	groupByDebate,
	type CollectedFile,
	type CollectResult,
	type FileReport
} from '../src/lib/contrib/collect';
import { readProposalFile, type ProposalRead } from '../src/lib/contrib/proposal-file';
import {
	changeNote,
	impactHeadline,
	orderedChanges,
	UNSOURCED_ADVICE
} from '../src/lib/contrib/unsourced';
import { STATUS_NAMES } from '../src/lib/model/status';
import { crashLine, isMain, parseFlags, processIo, type Io } from './lib/cli';
import { safeIo, safeName, terminalSafe } from './lib/terminal';
import {
	recoverInterrupted,
	WriteRefused,
	writeFilesAtomically,
	type FileText
} from './lib/atomic-write';

const USAGE =
	'Usage: npm run collect -- <folder of proposal files> [--debate ID] [--dry-run] [--sources DIR | --no-sources]';

/** Where the maintainers keep the source texts, beside the checkout (README, "Adding an argument"). */
export const DEFAULT_SOURCES = '../shared/sources';

const OPTIONS = {
	debate: { type: 'string' },
	'dry-run': { type: 'boolean' },
	sources: { type: 'string' },
	'no-sources': { type: 'boolean' },
	root: { type: 'string' },
	help: { type: 'boolean', short: 'h' }
} as const;

/** Problems whose words came from a student's file, made safe before any colour is added. */
function safeProblems(ps: Problem[]): Problem[] {
	return ps.map((p) => ({
		...p,
		file: terminalSafe(p.file),
		message: terminalSafe(p.message),
		...(p.hint === undefined ? {} : { hint: terminalSafe(p.hint) })
	}));
}

function display(path: string, cwd: string): string {
	const rel = relative(cwd, path) || '.';
	return sep === '/' ? rel : rel.split(sep).join('/');
}

/** Past this a file is not a proposal; read only enough for the size check to say so. */
const READ_LIMIT = MAX_BYTES * 4;

function readText(path: string): string {
	const fd = openSync(path, 'r');
	try {
		const buf = Buffer.alloc(READ_LIMIT + 4);
		let n = 0;
		for (let got = 1; got > 0 && n < buf.length; n += got)
			got = readSync(fd, buf, n, buf.length - n, null);
		// Non-fatal decoding turns invalid bytes into U+FFFD, which the check reports as not text.
		return new TextDecoder('utf-8').decode(buf.subarray(0, n));
	} finally {
		closeSync(fd);
	}
}

/** The proposal files of a folder, and why anything else in it was not read. */
export function readProposalFolder(
	dir: string,
	cwd: string
): { reads: ProposalRead[]; skipped: Problem[] } {
	const reads: ProposalRead[] = [];
	const skipped: Problem[] = [];
	const shownNames = new Set<string>();
	const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
		a.name < b.name ? -1 : a.name > b.name ? 1 : 0
	);
	for (const entry of entries) {
		if (entry.name.startsWith('.')) continue;
		let shown = display(join(dir, safeName(entry.name)), cwd);
		for (let n = 2; shownNames.has(shown); n++)
			shown = `${display(join(dir, safeName(entry.name)), cwd)} (${n})`;
		shownNames.add(shown);
		const full = join(dir, entry.name);
		if (entry.isSymbolicLink()) {
			skipped.push(
				SYMLINK.at(
					shown,
					START,
					'This is a symbolic link; links are never followed, so it was not read.',
					'Put the proposal file itself in the folder.'
				)
			);
			continue;
		}
		if (!entry.isFile()) {
			skipped.push(
				UNEXPECTED_FILE.at(
					shown,
					START,
					'This is a folder: only the proposal files directly in the folder are read.',
					'Move the proposal files out of it, or collect it on its own.'
				)
			);
			continue;
		}
		if (!/\.ya?ml$/i.test(entry.name)) {
			skipped.push(
				UNEXPECTED_FILE.at(
					shown,
					START,
					'This is not a proposal file (.crux.yaml), so it was not read.',
					'Proposal files are downloaded from the “Propose a reply” form.'
				)
			);
			continue;
		}
		let text: string;
		try {
			text = readText(full);
		} catch (e) {
			text = `\u0000could not read: ${e instanceof Error ? e.message : String(e)}`;
		}
		const read = readProposalFile(shown, text);
		try {
			read.modified = lstatSync(full).mtimeMs;
		} catch {
			// Unknown: the file then sorts by its name among the others.
		}
		reads.push(read);
	}
	return { reads, skipped };
}

/** Why a debate folder cannot be written to safely, or undefined when it can. */
function unsafeFolder(root: string, debate: string): string | undefined {
	const dir = join(root, debate);
	for (const p of [root, dir]) {
		if (!existsSync(p)) return `${p} does not exist.`;
		const st = lstatSync(p);
		if (st.isSymbolicLink())
			return `${p} is a symbolic link; collect writes only into real folders.`;
		if (!st.isDirectory()) return `${p} is not a folder.`;
	}
	for (const f of Object.values(FOLDERS)) {
		const sub = join(dir, f);
		if (!existsSync(sub) && !isLink(sub)) continue;
		const st = lstatSync(sub);
		if (st.isSymbolicLink())
			return `${sub} is a symbolic link; collect writes only into real folders.`;
		if (!st.isDirectory()) return `${sub} is not a folder.`;
	}
	return undefined;
}

function isLink(p: string): boolean {
	try {
		return lstatSync(p).isSymbolicLink();
	} catch {
		return false;
	}
}

/** Write the new files of one debate, all or none (scripts/lib/atomic-write.ts); why not, if not. */
function writeAll(
	root: string,
	debate: string,
	writes: CollectedFile[],
	write: (dir: string, files: FileText[]) => void,
	say: (line: string) => void
): string | undefined {
	const why = unsafeFolder(root, debate);
	if (why) return why;
	try {
		// Leftovers of a run that was killed mid-write are removed first (and said).
		for (const f of Object.values(FOLDERS))
			for (const said of recoverInterrupted(join(root, debate, f))) say(said);
		const files = writes.map((w) => {
			// Only ever a file named by a checked id, directly in the debate's own sub-folder.
			if (!ID_PATTERN.test(w.id))
				throw new WriteRefused(`"${w.id}" is not an id, so nothing was written.`);
			return { path: `${FOLDERS[w.kind]}/${w.id}.yaml`, text: w.text };
		});
		write(join(root, debate), files);
	} catch (e) {
		return `nothing was written: ${e instanceof Error ? e.message : String(e)}`;
	}
	return undefined;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function describeFile(f: FileReport): string {
	if (f.status === 'rejected') return `  refused  ${f.path}`;
	const added = f.claims.filter((c) => c.id);
	const repeats = f.claims.filter((c) => c.repeats);
	const parts = [
		added.length
			? `${plural(added.length, 'claim')} (${added.map((c) => (c.id === c.proposed ? c.id : `${c.proposed} → ${c.id}`)).join(', ')})`
			: '',
		repeats.length
			? `repeats ${repeats.map((c) => (c.repeatsFile ? `${c.repeats} (added from ${c.repeatsFile})` : c.repeats)).join(', ')}, not added`
			: ''
	].filter(Boolean);
	return `  ${f.status === 'added' ? 'added  ' : 'repeats'}  ${f.path}: ${parts.join('; ')}`;
}

function report(
	io: Io,
	r: CollectResult,
	skipped: FileReport[],
	opts: { dryRun: boolean; root: string; wrote?: string; color?: boolean; quotes: string }
) {
	const files = [...r.files, ...skipped].sort((a, b) => (a.path < b.path ? -1 : 1));
	io.out(`Collecting ${plural(files.length, 'proposal file')} for “${r.title}” (${r.debate}):`);
	for (const f of files) io.out(describeFile(f));
	// A file whose every claim is already there adds nothing: its suggestions are beside the point.
	const problems = files.flatMap((f) => (f.status === 'repeats' ? [] : f.problems));
	if (problems.length) {
		io.out('');
		io.out(
			formatProblems(safeProblems(problems), 'text', { color: opts.color })
				.split('\n')
				.slice(0, -1)
				.join('\n')
		);
	}
	// What a claim with no evidence decides: said in words, never only as a warning code.
	for (const x of r.unsourced) {
		const one = x.claims.length === 1;
		io.out('');
		io.out(`Check before merging: ${impactHeadline(x)}`);
		for (const c of x.claims)
			io.out(
				`  “${terminalSafe(c.title)}” (${c.id}${c.speaker ? `, ${terminalSafe(c.speaker)}` : ''}), from ${c.file}`
			);
		io.out(`  Without ${one ? 'it' : 'them'} → with ${one ? 'it' : 'them'}:`);
		for (const c of orderedChanges(x))
			io.out(
				`    ${c.id} “${terminalSafe(c.title)}”: ${STATUS_NAMES[c.without]} → ${STATUS_NAMES[c.with]}${changeNote(x, c)}`
			);
		io.out(`  ${UNSOURCED_ADVICE}`);
	}
	const refused = files.filter((f) => f.status === 'rejected');
	const counts = (k: CollectedFile['kind']) => r.writes.filter((w) => w.kind === k).length;
	const what = [
		plural(counts('claim'), 'claim'),
		counts('person') ? plural(counts('person'), 'speaker') : '',
		counts('source') ? plural(counts('source'), 'source') : ''
	]
		.filter(Boolean)
		.join(', ');
	const folder = `${opts.root.replace(/\/+$/, '')}/${r.debate}/`;
	io.out('');
	io.out(opts.quotes);
	if (refused.length)
		io.out(
			`${plural(refused.length, 'file')} refused: nothing of ${refused.length === 1 ? 'it' : 'them'} was written. Fix the problems above (or ask the student for a new file) and collect again.`
		);
	if (opts.wrote) io.out(`collect: ${opts.wrote}`);
	else if (!r.writes.length) io.out('Nothing new to add: no file was written.');
	else if (opts.dryRun)
		io.out(
			`Dry run: would write ${plural(r.writes.length, 'new file')} under ${folder} (${what}); nothing was written.`
		);
	else {
		io.out(
			`Wrote ${plural(r.writes.length, 'new file')} under ${folder} (${what}); no existing file was changed.`
		);
		io.out(
			`Next: git switch -c class-proposals && git add ${folder} && git commit -m "Class proposals for ${r.debate}", then open one pull request with the text below.`
		);
	}
	if (r.markdown && r.writes.length && !opts.wrote) {
		io.out('');
		io.out('----- pull request text (Markdown) -----');
		io.out(r.markdown.trimEnd());
		io.out('----- end of pull request text -----');
	}
}

export interface CollectOptions {
	io?: Io;
	cwd?: string;
	/** Where to look for the source texts when --sources is not given; default ../shared/sources. */
	sourcesBeside?: string;
	/** How the new files are written (tests inject failures); default: all or none, never over a file. */
	write?: (dir: string, files: FileText[]) => void;
}

export function main(argv: string[], opts: CollectOptions = {}): number {
	// Proposals are a student's text: nothing in them may reach the terminal as a command.
	const io = safeIo(opts.io ?? processIo);
	const cwd = opts.cwd ?? process.cwd();
	try {
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
		if (positionals.length !== 1) {
			io.err(
				positionals.length
					? `Collect one folder at a time; got ${positionals.map((p) => `"${p}"`).join(', ')}.\n${USAGE}`
					: USAGE
			);
			return 2;
		}
		const folder = resolve(cwd, positionals[0]);
		const rootArg = (values.root as string | undefined) ?? ARGUMENTS_DIR;
		const root = resolve(cwd, rootArg);
		const dryRun = Boolean(values['dry-run']);
		if (!existsSync(folder) || !lstatSync(folder).isDirectory()) {
			io.err(
				`collect: there is no folder "${safeName(positionals[0])}" of proposal files.\n${USAGE}`
			);
			return 2;
		}
		if (!existsSync(root) || !lstatSync(root).isDirectory()) {
			io.err(
				`collect: there is no "${rootArg}" folder here; run collect from the repository's root.`
			);
			return 2;
		}
		const debates = readdirSync(root, { withFileTypes: true })
			.filter((e) => e.isDirectory() && ID_PATTERN.test(e.name))
			.map((e) => e.name)
			.sort();
		const chosen = values.debate as string | undefined;
		if (chosen !== undefined && !debates.includes(chosen)) {
			const guess = closest(chosen, debates);
			io.err(
				`collect: there is no debate "${safeName(chosen)}" in ${rootArg}/.${guess ? ` Did you mean "${guess}"?` : ''} The debates are: ${debates.join(', ') || '(none)'}.`
			);
			return 2;
		}
		let sourceTexts: Record<string, string> | undefined;
		if (values.sources !== undefined && values['no-sources']) {
			io.err(`collect: --sources and --no-sources contradict each other.\n${USAGE}`);
			return 2;
		}
		// The quotes are checked whenever the texts are at hand: named, or found where they are kept.
		let quotes: string;
		if (values.sources === undefined && !values['no-sources']) {
			const found = resolve(cwd, opts.sourcesBeside ?? DEFAULT_SOURCES);
			if (existsSync(found) && lstatSync(found).isDirectory()) {
				values.sources = found;
				quotes = `Quotes: checked word for word against the source texts in ${safeName(display(found, cwd))} (found beside the checkout; --no-sources to skip).`;
			} else
				quotes = `Quotes: NOT checked against the source texts, so a quote may be invented. Pass --sources <folder> (one <source-id>.txt per source) to check every quote word for word; the pull request text says they were not checked.`;
		} else
			quotes =
				values.sources === undefined
					? 'Quotes: NOT checked against the source texts (--no-sources); the pull request text says so.'
					: `Quotes: checked word for word against the source texts in ${safeName(values.sources as string)}.`;
		if (values.sources !== undefined) {
			const dir = resolve(cwd, values.sources as string);
			if (!existsSync(dir) || !lstatSync(dir).isDirectory()) {
				io.err(`collect: there is no source-text folder "${safeName(values.sources as string)}".`);
				return 2;
			}
			const r = readSourceTexts(dir, cwd);
			sourceTexts = r.texts;
			if (r.problems.length) io.err(formatProblems(r.problems, 'text'));
		}
		const { reads, skipped } = readProposalFolder(folder, cwd);
		if (!reads.length && !skipped.length) {
			io.err(`collect: "${safeName(positionals[0])}" holds no proposal files (.crux.yaml).`);
			return 2;
		}
		const { groups, rejected } = groupByDebate(reads, debates, chosen);
		const skippedReports: FileReport[] = skipped.map((p) => ({
			path: p.file,
			status: 'rejected',
			problems: [p],
			claims: []
		}));
		let code = rejected.length || skipped.length ? 1 : 0;
		if (!groups.size) {
			io.out(`No proposal file could be collected:`);
			io.out(
				formatProblems(
					safeProblems([...rejected, ...skippedReports].flatMap((f) => f.problems)),
					'text',
					{ color: io.color }
				)
			);
			return 1;
		}
		let leftovers = [...rejected, ...skippedReports];
		for (const [debate, group] of groups) {
			const files = readDebateDir(join(root, debate), { cwd });
			const result = collectProposals({
				debate: files,
				root: display(root, cwd),
				reads: group,
				sourceTexts: sourceTexts && {
					...sourceTexts,
					...(values.sources
						? readSourceTexts(join(resolve(cwd, values.sources as string), debate), cwd).texts
						: {})
				}
			});
			if (result.debateProblems.length) {
				io.err(
					`collect: the debate "${debate}" itself has problems, so nothing was collected. Run npm run validate and fix these first:`
				);
				io.err(formatProblems(result.debateProblems, 'text'));
				return 2;
			}
			let wrote: string | undefined;
			if (!dryRun && result.writes.length)
				wrote = writeAll(
					root,
					debate,
					result.writes,
					opts.write ?? ((dir, files) => void writeFilesAtomically(dir, files)),
					io.out
				);
			report(io, result, leftovers, {
				dryRun,
				root: display(root, cwd),
				wrote,
				color: io.color,
				quotes
			});
			leftovers = [];
			if (wrote) return 2;
			if (result.files.some((f) => f.status === 'rejected')) code = 1;
			io.out('');
		}
		return code;
	} catch (e) {
		io.err(crashLine('collect', e));
		return 2;
	}
}

if (isMain(import.meta.url, /collect\.ts$/)) process.exitCode = main(process.argv.slice(2));
