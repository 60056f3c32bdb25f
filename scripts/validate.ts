/**
 * npm run validate -- [root=arguments] [--sources DIR] [--format text|github] [--quiet] [--time]
 * Exit 0: no errors (warnings allowed). 1: errors found. 2: the validator itself failed.
 */
import { formatProblems, loadDebates, summary } from '../src/lib/validate/node.server';

const USAGE =
	'Usage: npm run validate -- [root=arguments] [--sources DIR] [--format text|github] [--quiet] [--time]';

interface Args {
	root: string;
	sources?: string;
	format: 'text' | 'github';
	quiet: boolean;
	time: boolean;
}

function parseArgs(argv: string[]): Args | string {
	const args: Args = { root: 'arguments', format: 'text', quiet: false, time: false };
	let rootSet = false;
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const [flag, inline] =
			a.startsWith('--') && a.includes('=')
				? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
				: [a, undefined];
		const value = () => inline ?? argv[++i];
		if (flag === '--sources') args.sources = value();
		else if (flag === '--format') {
			const f = value();
			if (f !== 'text' && f !== 'github') return `Unknown format "${f}": use text or github.`;
			args.format = f;
		} else if (flag === '--quiet' || flag === '-q') args.quiet = true;
		else if (flag === '--time') args.time = true;
		else if (flag === '--help' || flag === '-h') return USAGE;
		else if (a.startsWith('-')) return `Unknown option "${a}".\n${USAGE}`;
		else if (!rootSet) {
			args.root = a;
			rootSet = true;
		} else return `Only one folder can be validated at a time; got "${args.root}" and "${a}".`;
	}
	if (args.sources === undefined && argv.some((a) => a === '--sources'))
		return `--sources needs a folder.\n${USAGE}`;
	return args;
}

function main(): number {
	const args = parseArgs(process.argv.slice(2));
	if (typeof args === 'string') {
		console.error(args);
		return args === USAGE ? 0 : 2;
	}
	const t0 = performance.now();
	const { problems, fileCount } = loadDebates(args.root, { sourcesDir: args.sources });
	const elapsedMs = args.time ? performance.now() - t0 : undefined;
	const shown = args.quiet ? problems.filter((p) => p.severity === 'error') : problems;
	const opts = {
		fileCount,
		elapsedMs,
		color: args.format === 'text' && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
	};
	const lines = formatProblems(shown, args.format, opts).split('\n');
	// The summary always counts everything, so --quiet never hides that warnings exist.
	if (args.quiet) lines[lines.length - 1] = summary(problems, opts);
	console.log(lines.join('\n'));
	return problems.some((p) => p.severity === 'error') ? 1 : 0;
}

try {
	process.exitCode = main();
} catch (e) {
	// Never a stack trace: one line, and a distinct exit code so CI tells a crash from bad data.
	console.error(
		`validate: internal error: ${e instanceof Error ? e.message : String(e)}`
			.replace(/\s+/g, ' ')
			.slice(0, 300)
	);
	process.exitCode = 2;
}
