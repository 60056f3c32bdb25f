/**
 * npm run validate -- [root=arguments] [--sources DIR] [--format text|github] [--quiet] [--time]
 * Exit 0: no errors (warnings allowed). 1: errors found. 2: the validator itself failed.
 */
import { formatProblems, loadDebates, summary } from '../src/lib/validate/node.server';
import { ARGUMENTS_DIR } from '../src/lib/files';
import { crashLine, isMain, parseFlags, processIo, type Io } from './lib/cli';

const USAGE =
	'Usage: npm run validate -- [root=arguments] [--sources DIR] [--format text|github] [--quiet] [--time]';

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
		io.out(lines.join('\n'));
		return problems.some((p) => p.severity === 'error') ? 1 : 0;
	} catch (e) {
		io.err(crashLine('validate', e));
		return 2;
	}
}

if (isMain(import.meta.url, /validate\.ts$/)) process.exitCode = main(process.argv.slice(2));
