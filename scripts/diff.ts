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
import type { Debate } from '../src/lib/model/types';

const USAGE = 'Usage: npm run diff -- <git-ref> [--root arguments]';

function git(args: string[]): string {
	return execFileSync('git', args, {
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
		stdio: ['ignore', 'pipe', 'pipe']
	});
}

/** The debate folders under `root` at `ref`, read from git without touching the working tree. */
export function filesAtRef(ref: string, root: string): DebateFiles[] {
	const prefix = root.replace(/\\/g, '/').replace(/^\.\/|\/+$/g, '');
	const names = git(['ls-tree', '-r', '--name-only', ref, '--', `${prefix}/`])
		.split('\n')
		.filter(Boolean);
	const byDebate = new Map<string, DebateFiles>();
	for (const path of names) {
		const rest = path.startsWith(prefix + '/') ? path.slice(prefix.length + 1) : path;
		const [debate, ...inside] = rest.split('/');
		if (!inside.length || debate.startsWith('.')) continue;
		let d = byDebate.get(debate);
		if (!d) byDebate.set(debate, (d = { id: debate, dir: `${prefix}/${debate}`, files: [] }));
		d.files.push({ path, text: git(['show', `${ref}:./${path}`]) });
	}
	return [...byDebate.values()];
}

export function filesInTree(root: string): DebateFiles[] {
	if (!existsSync(root)) return [];
	return readdirSync(root, { withFileTypes: true })
		.filter((e) => e.isDirectory() && !e.name.startsWith('.'))
		.sort((a, b) => (a.name < b.name ? -1 : 1))
		.map((e) => readDebateDir(join(root, e.name)));
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

export function diffMarkdown(ref: string, root: string): { markdown: string; ok: boolean } {
	const before = build(filesAtRef(ref, root));
	const after = build(filesInTree(root));
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

function main(argv: string[]): number {
	let ref: string | undefined;
	let root = 'arguments';
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--help' || a === '-h') {
			console.log(USAGE);
			return 0;
		} else if (a === '--root') root = argv[++i] ?? '';
		else if (a.startsWith('--root=')) root = a.slice(7);
		else if (a.startsWith('-')) {
			console.error(`Unknown option "${a}".\n${USAGE}`);
			return 2;
		} else if (ref === undefined) ref = a;
		else {
			console.error(`Only one git ref can be compared; got "${ref}" and "${a}".\n${USAGE}`);
			return 2;
		}
	}
	if (!ref || !root) {
		console.error(USAGE);
		return 2;
	}
	try {
		git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
	} catch {
		console.error(
			`diff: "${ref}" is not a commit in this repository. (In CI, check out with fetch-depth: 0 so the base branch is there.)`
		);
		return 2;
	}
	const { markdown, ok } = diffMarkdown(ref, root);
	console.log(markdown);
	return ok ? 0 : 1;
}

if (process.argv[1] && /diff\.ts$/.test(process.argv[1])) {
	try {
		process.exitCode = main(process.argv.slice(2));
	} catch (e) {
		console.error(
			`diff: ${e instanceof Error ? e.message : String(e)}`.replace(/\s+/g, ' ').slice(0, 500)
		);
		process.exitCode = 2;
	}
}
