/**
 * npm run generate:synthetic -- --claims 10000 --out DIR [--seed N] [--id DEBATE-ID] [--texts DIR]
 * Writes DIR/<debate-id>/ (an arguments-like root), deterministic for a given seed.
 */
import { writeSyntheticDebate } from './lib/synthetic';
import { crashLine, isMain, parseFlags, processIo, type Io } from './lib/cli';

const USAGE =
	'Usage: npm run generate:synthetic -- --claims 10000 --out DIR [--seed N] [--id DEBATE-ID] [--texts DIR]';

const OPTIONS = {
	claims: { type: 'string' },
	out: { type: 'string' },
	seed: { type: 'string' },
	id: { type: 'string' },
	texts: { type: 'string' },
	help: { type: 'boolean', short: 'h' }
} as const;

export function main(argv: string[], io: Io = processIo): number {
	try {
		const parsed = parseFlags(argv, OPTIONS, USAGE);
		if ('error' in parsed) {
			io.err(parsed.error);
			return 2;
		}
		const v = parsed.values as Record<string, string | undefined>;
		if (parsed.values.help) {
			io.out(USAGE);
			return 0;
		}
		const claims = Number(v.claims ?? 10_000);
		const seed = Number(v.seed ?? 1);
		if (!v.out || !Number.isInteger(claims) || claims < 1 || !Number.isFinite(seed)) {
			io.err(USAGE);
			return 2;
		}
		const dir = writeSyntheticDebate(v.out, { claims, seed, debateId: v.id, textsDir: v.texts });
		io.out(`Wrote ${claims} claims to ${dir}`);
		return 0;
	} catch (e) {
		io.err(crashLine('generate-synthetic', e));
		return 2;
	}
}

if (isMain(import.meta.url, /generate-synthetic\.ts$/))
	process.exitCode = main(process.argv.slice(2));
