/**
 * Wall time of validating the bundled arguments/ and a generated 10,000-claim debate
 * (median of 3 runs each, files/second). Run: npx tsx scripts/bench/validate-bench.ts [--claims N]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDebates } from '../../src/lib/validate/node.server';
import { writeSyntheticDebate } from '../lib/synthetic';

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

function bench(label: string, root: string, sourcesDir?: string): void {
	const times: number[] = [];
	let files = 0;
	let problems = 0;
	for (let i = 0; i < 3; i++) {
		const t0 = performance.now();
		const r = loadDebates(root, { sourcesDir });
		times.push(performance.now() - t0);
		files = r.fileCount;
		problems = r.problems.filter((p) => p.severity === 'error').length;
	}
	const ms = median(times);
	console.log(
		`${label.padEnd(38)} ${String(files).padStart(6)} files  ${ms.toFixed(0).padStart(6)} ms  ${Math.round(
			files / (ms / 1000)
		)
			.toString()
			.padStart(6)} files/s  (${problems} errors)`
	);
}

const i = process.argv.indexOf('--claims');
const claims = i === -1 ? 10_000 : Number(process.argv[i + 1]);
bench('bundled arguments/', 'arguments');
const tmp = mkdtempSync(join(tmpdir(), 'crux-bench-'));
try {
	const texts = join(tmp, 'texts');
	writeSyntheticDebate(join(tmp, 'arguments'), { claims, seed: 1, textsDir: texts });
	bench(`synthetic ${claims} claims`, join(tmp, 'arguments'));
	bench(`synthetic ${claims} claims + quote check`, join(tmp, 'arguments'), texts);
} finally {
	rmSync(tmp, { recursive: true, force: true });
}
