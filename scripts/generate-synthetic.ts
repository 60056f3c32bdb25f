/**
 * npm run generate:synthetic -- --claims 10000 --out DIR [--seed N] [--id DEBATE-ID] [--texts DIR]
 * Writes DIR/<debate-id>/ (an arguments-like root), deterministic for a given seed.
 */
import { writeSyntheticDebate } from './lib/synthetic';

function arg(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i === -1 ? undefined : process.argv[i + 1];
}

try {
	const claims = Number(arg('claims') ?? 10_000);
	const out = arg('out');
	if (!out || !Number.isFinite(claims) || claims < 1) {
		console.error(
			'Usage: npm run generate:synthetic -- --claims 10000 --out DIR [--seed N] [--id DEBATE-ID] [--texts DIR]'
		);
		process.exit(2);
	}
	const dir = writeSyntheticDebate(out, {
		claims,
		seed: Number(arg('seed') ?? 1),
		debateId: arg('id'),
		textsDir: arg('texts')
	});
	console.log(`Wrote ${claims} claims to ${dir}`);
} catch (e) {
	console.error(`generate-synthetic: ${e instanceof Error ? e.message : String(e)}`);
	process.exit(2);
}
