/**
 * npx tsx scripts/bench/interchange-bench.ts [--kialo FILE]: export and import times (median of 5)
 * for the bundled debates, and for a Kialo export (default: the religion-and-science file
 * of ../shared/corpora, when present); then the budgets on generated Kialo exports of
 * 5,000 and 20,000 claims (import ≤ 1 s and ≤ 4 s, each export ≤ 0.5 s). Prints numbers;
 * asserts nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FORMATS, formatById } from '../../src/lib/formats';
import { loadDebates, validateDebateFiles } from '../../src/lib/validate/node.server';
import { CORPORA } from '../../src/lib/testing/corpora';
import type { Debate } from '../../src/lib/model/types';

const { values } = parseArgs({ options: { kialo: { type: 'string' } } });
const median = (f: () => unknown, runs = 5) => {
	const ms: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		f();
		ms.push(performance.now() - t);
	}
	return (
		ms
			.sort((a, b) => a - b)
			[Math.floor(runs / 2)].toFixed(0)
			.padStart(5) + ' ms'
	);
};

function exportsOf(d: Debate, label: string) {
	for (const f of FORMATS.filter((x) => x.export)) {
		const text = f.export!(d);
		const line = [
			`${label}`,
			`${f.id.padEnd(8)}`,
			`export ${median(() => f.export!(d))}`,
			`${(text.length / 1000).toFixed(0).padStart(4)} KB`
		];
		if (f.import)
			line.push(
				`import ${median(() => f.import!(text))}`,
				`import+validate ${median(() => validateDebateFiles(f.import!(text).files))}`
			);
		console.log(line.join('  '));
	}
}

for (const d of loadDebates('arguments').debates)
	exportsOf(d, `${d.id} (${Object.keys(d.claims).length} claims)`);

const kialoFile = values.kialo ?? join(CORPORA, 'kialo', 'religion-and-science.txt');
if (existsSync(kialoFile)) {
	const text = readFileSync(kialoFile, 'utf8');
	const kialo = formatById('kialo')!;
	console.log(
		`Kialo ${kialoFile}: import ${median(() => kialo.import!(text))}, import+validate ${median(() => validateDebateFiles(kialo.import!(text).files))}`
	);
	const d = validateDebateFiles(kialo.import!(text).files).debate!;
	exportsOf(d, `kialo (${Object.keys(d.claims).length} claims)`);
} else console.log(`No Kialo file at ${kialoFile}; pass --kialo FILE.`);

/** A Kialo export (one-line layout) of `n` claims in a tree of six replies each, as a discussion grows. */
function generatedKialo(n: number): string {
	const lines = [
		'Discussion Title: Generated discussion',
		'',
		'1. The generated thesis holds.',
		''
	];
	const queue = ['1'];
	for (let made = 1; made < n;) {
		const parent = queue.shift()!;
		for (let k = 1; k <= 6 && made < n; k++, made++) {
			const key = `${parent}.${k}`;
			lines.push(
				`${key}. ${k % 2 ? 'Pro' : 'Con'}: Generated claim number ${made} with some words in it ${key}.`,
				''
			);
			queue.push(key);
		}
	}
	return lines.join('\n');
}

const kialo = formatById('kialo')!;
for (const [n, importBudget] of [
	[5_000, 1000],
	[20_000, 4000]
] as const) {
	const text = generatedKialo(n);
	const t = performance.now();
	const first = kialo.import!(text);
	const once = performance.now() - t;
	const imp = median(() => kialo.import!(text), 3);
	const d = validateDebateFiles(first.files).debate!;
	const exports = FORMATS.filter((f) => f.export).map(
		(f) => `${f.id} ${median(() => f.export!(d)).trim()}`
	);
	console.log(
		`Kialo generated ${n.toLocaleString('en')} claims (${(text.length / 1e6).toFixed(1)} MB): import ${imp.trim()} (first run ${once.toFixed(0)} ms; budget ${importBudget} ms); export ${exports.join(', ')} (budget 500 ms each)`
	);
}
