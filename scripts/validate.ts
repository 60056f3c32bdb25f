/**
 * npm run validate -- [root=arguments] [--sources DIR] [--format text|github] [--quiet] [--time]
 * Exit 0: no errors (warnings allowed). 1: errors found. 2: the validator itself failed.
 */
import { formatProblems, loadDebates, summary } from '../src/lib/validate/node.server';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ARGUMENTS_DIR, DEBATE_FILE } from '../src/lib/files';
import { crashLine, isMain, parseFlags, processIo, type Io } from './lib/cli';

const USAGE =
	'Usage: npm run validate -- [root=arguments] [--sources DIR] [--format text|github] [--quiet] [--time]';

/** Past this many warnings, a count per code follows the list. */
const MANY = 20;

const OPTIONS = {
	sources: { type: 'string' },
	format: { type: 'string' },
	quiet: { type: 'boolean', short: 'q' },
	time: { type: 'boolean' },
	help: { type: 'boolean', short: 'h' }
} as const;

export function main(argv: string[], io: Io = processIo): number {
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
		const format = (values.format as string | undefined) ?? 'text';
		if (format !== 'text' && format !== 'github') {
			io.err(`Unknown format "${format}": use text or github.`);
			return 2;
		}
		if (positionals.length > 1) {
			io.err(
				`Only one folder can be validated at a time; got "${positionals[0]}" and "${positionals[1]}".`
			);
			return 2;
		}
		const root = positionals[0] ?? ARGUMENTS_DIR;
		if (existsSync(join(root, DEBATE_FILE))) {
			const parent = dirname(resolve(root));
			const shown = relative(process.cwd(), parent) || '.';
			io.err(
				`"${root}" is a debate folder (it holds ${DEBATE_FILE}); pass the folder that holds debates instead: npm run validate -- ${shown.startsWith('..') ? parent : shown}`
			);
			return 2;
		}
		const t0 = performance.now();
		const { problems, fileCount } = loadDebates(root, {
			sourcesDir: values.sources as string | undefined
		});
		const elapsedMs = values.time ? performance.now() - t0 : undefined;
		const shown = values.quiet ? problems.filter((p) => p.severity === 'error') : problems;
		const opts = { fileCount, elapsedMs, color: format === 'text' && Boolean(io.color) };
		const lines = formatProblems(shown, format, opts).split('\n');
		// The summary always counts everything, so --quiet never hides that warnings exist.
		if (values.quiet) lines[lines.length - 1] = summary(problems, opts);
		// Many warnings (as after an import) scroll out of sight: count them by code at the end.
		const warnings = problems.filter((p) => p.severity === 'warning');
		if (warnings.length > MANY) {
			const byCode = new Map<string, number>();
			for (const w of warnings) byCode.set(w.code, (byCode.get(w.code) ?? 0) + 1);
			lines.push(
				`Warnings by code: ${[...byCode]
					.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
					.map(([code, n]) => `${code} ${n}`)
					.join(', ')}${values.quiet ? '.' : ' (--quiet shows errors only).'}`
			);
		}
		io.out(lines.join('\n'));
		return problems.some((p) => p.severity === 'error') ? 1 : 0;
	} catch (e) {
		io.err(crashLine('validate', e));
		return 2;
	}
}

if (isMain(import.meta.url, /validate\.ts$/)) process.exitCode = main(process.argv.slice(2));
