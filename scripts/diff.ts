/**
 * npm run diff -- <git-ref> [--root arguments]
 *
 * What the working tree does to the debates compared with <git-ref>, as Markdown for a
 * pull-request comment: claims added/removed/renamed/reworded, relations added/removed, and
 * claims whose status (unchallenged/answered/unanswered attack/contested) changed as a result.
 * Exit 0: printed. 1: either side is invalid (the validator's problems are printed). 2: usage or git failure.
 * Only read-only git commands are run (git ls-tree, git show).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
	formatProblems,
	readDebateDir,
	validateDebateFiles,
	type DebateFiles,
	type Problem
} from '../src/lib/validate/node.server';
import { diffDebates, renderDiffMarkdown } from '../src/lib/contrib/debate-diff';
import { ARGUMENTS_DIR, debatePath } from '../src/lib/files';
import type { Debate } from '../src/lib/model/types';
import { crashLine, isMain, parseFlags, processIo, type Io } from './lib/cli';
import { safeIo } from './lib/terminal';

const USAGE = 'Usage: npm run diff -- <git-ref> [--root arguments]';

/** Runs one read-only git command in `cwd` and returns its output. */
export type Git = (args: string[]) => string;

export function gitIn(cwd?: string): Git {
	return (args) =>
		execFileSync('git', args, {
			cwd,
			encoding: 'utf8',
			maxBuffer: 256 * 1024 * 1024,
			stdio: ['ignore', 'pipe', 'pipe']
		});
}

/** The debate folders under `root` at `ref`, read from git without touching the working tree. */
export function filesAtRef(ref: string, root: string, git: Git = gitIn()): DebateFiles[] {
	const prefix = root.replace(/\\/g, '/').replace(/^\.\/|\/+$/g, '');
	// -z: names exactly as stored, never quoted or escaped by git.
	const entries = git(['ls-tree', '-r', '-z', ref, '--', `${prefix}/`])
		.split('\0')
		.filter(Boolean);
	const byDebate = new Map<string, DebateFiles>();
	for (const entry of entries) {
		const [meta, path] = entry.split('\t');
		const [mode] = meta.split(' ');
		const rest = path.startsWith(prefix + '/') ? path.slice(prefix.length + 1) : path;
		const [debate, ...inside] = rest.split('/');
		if (!inside.length || debate.startsWith('.')) continue;
		let d = byDebate.get(debate);
		if (!d) byDebate.set(debate, (d = { id: debate, dir: debatePath(debate, prefix), files: [] }));
		// A symbolic link (mode 120000) is reported by the validator, never followed.
		if (mode === '120000') d.files.push({ path, text: '', link: true });
		else d.files.push({ path, text: git(['show', `${ref}:./${path}`]) });
	}
	return [...byDebate.values()];
}

/** The debate folders under `root` in the working tree (`root` relative to `cwd`). */
export function filesInTree(root: string, cwd = process.cwd()): DebateFiles[] {
	const dir = join(cwd, root);
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((e) => e.isDirectory() && !e.name.startsWith('.'))
		.sort((a, b) => (a.name < b.name ? -1 : 1))
		.map((e) => readDebateDir(join(dir, e.name), { cwd }));
}

function build(sides: DebateFiles[]): { debates: Map<string, Debate>; problems: Problem[] } {
	const debates = new Map<string, Debate>();
	const problems: Problem[] = [];
	for (const files of sides) {
		const r = validateDebateFiles(files);
		problems.push(...r.problems.filter((p) => p.severity === 'error'));
		if (r.debate) debates.set(r.debate.id, r.debate);
	}
	return { debates, problems };
}

export function diffMarkdown(
	ref: string,
	root: string,
	git: Git = gitIn(),
	cwd = process.cwd()
): { markdown: string; ok: boolean } {
	const before = build(filesAtRef(ref, root, git));
	const after = build(filesInTree(root, cwd));
	if (before.problems.length || after.problems.length) {
		const parts = ['## Crux: the debates could not be compared', ''];
		if (after.problems.length)
			parts.push(
				'The changed files have problems. Run `npm run validate` and fix these first:',
				'',
				'```text',
				formatProblems(after.problems, 'text'),
				'```',
				''
			);
		if (before.problems.length)
			parts.push(
				`The debates at \`${ref}\` have problems:`,
				'',
				'```text',
				formatProblems(before.problems, 'text'),
				'```',
				''
			);
		return { markdown: parts.join('\n'), ok: false };
	}
	const ids = [...new Set([...before.debates.keys(), ...after.debates.keys()])].sort();
	const diffs = ids.map((id) => diffDebates(before.debates.get(id), after.debates.get(id)));
	return { markdown: renderDiffMarkdown(diffs, { base: ref }), ok: true };
}

const OPTIONS = { root: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

export function main(argv: string[], ioIn: Io = processIo, cwd = process.cwd()): number {
	// The debates' text is a contributor's: nothing in it may reach the terminal as a command.
	const io = safeIo(ioIn);
	const git = gitIn(cwd);
	try {
		const parsed = parseFlags(argv, OPTIONS, USAGE);
		if ('error' in parsed) {
			io.err(parsed.error);
			return 2;
		}
		if (parsed.values.help) {
			io.out(USAGE);
			return 0;
		}
		const [ref, extra] = parsed.positionals;
		const root = (parsed.values.root as string | undefined) ?? ARGUMENTS_DIR;
		if (extra !== undefined) {
			io.err(`Only one git ref can be compared; got "${ref}" and "${extra}".\n${USAGE}`);
			return 2;
		}
		if (!ref || !root) {
			io.err(USAGE);
			return 2;
		}
		try {
			git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
		} catch {
			io.err(
				`diff: "${ref}" is not a commit in this repository. (In CI, check out with fetch-depth: 0 so the base branch is there.)`
			);
			return 2;
		}
		const { markdown, ok } = diffMarkdown(ref, root, git, cwd);
		io.out(markdown);
		return ok ? 0 : 1;
	} catch (e) {
		io.err(crashLine('diff', e));
		return 2;
	}
}

if (isMain(import.meta.url, /diff\.ts$/)) process.exitCode = main(process.argv.slice(2));
