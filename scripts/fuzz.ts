/**
 * npm run fuzz -- [--n 600] [--seed 1] [--case N] [--slow-ms 5000]
 *
 * Mutated debates into the validator and every importer (scripts/lib/fuzz.ts): prints how many
 * cases crashed, polluted Object.prototype, passed when they must fail, or hung, each failing
 * case with what was done to it and how to replay it. Exit 0: none. 1: some. 2: usage.
 */
import { join } from 'node:path';
import { crashLine, isMain, parseFlags, processIo, type Io } from './lib/cli';
import { fuzz, loadBases, runCase, type CaseResult } from './lib/fuzz';

const USAGE = 'Usage: npm run fuzz -- [--n 600] [--seed 1] [--case N] [--slow-ms 5000]';
const OPTIONS = {
	n: { type: 'string' },
	seed: { type: 'string' },
	case: { type: 'string' },
	'slow-ms': { type: 'string' },
	help: { type: 'boolean', short: 'h' }
} as const;

export function main(argv: string[], io: Io = processIo): number {
	try {
		const parsed = parseFlags(argv, OPTIONS, USAGE);
		if ('error' in parsed) {
			io.err(parsed.error);
			return 2;
		}
		const v = parsed.values;
		if (v.help) {
			io.out(USAGE);
			return 0;
		}
		const num = (k: string, d: number) => {
			const s = v[k] as string | undefined;
			return s === undefined ? d : /^\d+$/.test(s) ? Number(s) : NaN;
		};
		const [n, seed, slowMs] = [num('n', 600), num('seed', 1), num('slow-ms', 5000)];
		const one = v.case === undefined ? undefined : num('case', 0);
		if ([n, seed, slowMs, one ?? 0].some(Number.isNaN)) {
			io.err(`--n, --seed, --case and --slow-ms take whole numbers.\n${USAGE}`);
			return 2;
		}
		const bases = loadBases(join(import.meta.dirname, '..'));
		const t0 = performance.now();
		const opts = { n, seed, bases, slowMs, keepInput: one !== undefined };
		const results: CaseResult[] = one === undefined ? fuzz(opts) : [runCase(one, opts)];
		const seconds = ((performance.now() - t0) / 1000).toFixed(1);
		const count = (k: CaseResult['verdict']) => results.filter((r) => r.verdict === k).length;
		const bad = results.filter((r) => r.verdict !== 'ok');
		for (const r of bad)
			io.out(
				`case ${r.n} (${r.target}): ${r.verdict.toUpperCase()} ${r.detail ?? ''}\n  mutations: ${r.mutations.join('; ')}\n  replay: npm run fuzz -- --seed ${seed} --case ${r.n}`
			);
		// One case replayed: show what went in, so it can be read and turned into a test.
		if (one !== undefined)
			io.out(
				`case ${one} (${results[0].target}): ${results[0].mutations.join('; ')}\n${(results[0].input ?? '').slice(0, 4000)}`
			);
		// Importer output the validator rejects: not a failure (import then writes nothing and
		// says why), but each kind is an importer that could do better.
		const rejected = new Map<string, number>();
		for (const r of results)
			if (r.rejectedOutput) {
				const key = `${r.target.split(' ')[1]} ${r.detail?.split(':')[0]}`;
				rejected.set(key, (rejected.get(key) ?? 0) + 1);
			}
		if (rejected.size)
			io.out(
				`Imports the validator rejected, by format and first error: ${[...rejected].map(([k, n]) => `${k} ×${n}`).join(', ')}.`
			);
		const slowest = results.reduce((a, b) => (b.ms > a.ms ? b : a), results[0]);
		io.out(
			`${results.length} cases (seed ${seed}, ${seconds} s): ${count('crash')} crashes, ${count('pollution')} pollutions, ${count('silent')} silent, ${count('hang')} hangs; ` +
				`${results.filter((r) => r.target.startsWith('import')).length} imports, ${results.filter((r) => r.rejectedOutput).length} of whose output the validator rejected; ` +
				`slowest ${Math.round(slowest?.ms ?? 0)} ms (case ${slowest?.n}, ${slowest?.target}).`
		);
		return bad.length ? 1 : 0;
	} catch (e) {
		io.err(crashLine('fuzz', e));
		return 2;
	}
}

if (isMain(import.meta.url, /fuzz\.ts$/)) process.exitCode = main(process.argv.slice(2));
