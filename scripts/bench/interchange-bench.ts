/**
 * npx tsx scripts/bench/interchange-bench.ts [--kialo FILE]: export and import times (median of 5)
 * for the bundled debates, and for a Kialo export (default: the religion-and-science file
 * of ../shared/corpora, when present). Prints numbers; asserts nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FORMATS, formatById } from '../../src/lib/formats';
import { loadDebates, validateDebateFiles } from '../../src/lib/validate/node.server';
import { CORPORA } from '../../src/lib/testing/corpora';
import type { Debate } from '../../src/lib/model/types';

const { values } = parseArgs({ options: { kialo: { type: 'string' } } });
const median = (f: () => unknown) => {
	const ms: number[] = [];
	for (let i = 0; i < 5; i++) {
		const t = performance.now();
		f();
		ms.push(performance.now() - t);
	}
	return (
		ms
			.sort((a, b) => a - b)[2]
			.toFixed(0)
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
