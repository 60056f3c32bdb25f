/**
 * The folders follow the pipeline, and no module imports from a layer later in it:
 * shared → the format (schema, vocabulary, file layout) → model → validate → evaluate →
 * views (map, prep, contributor tools, interchange formats) → components → server → routes.
 * Test helpers (testing/, *.test.ts) may import anything.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = join(import.meta.dirname);
const SRC = join(LIB, '..');

/** Layer of a path under src/ (lower numbers may not import higher ones). */
function layer(path: string): number | undefined {
	const p = relative(SRC, path).replaceAll('\\', '/');
	if (p.startsWith('routes/')) return 9;
	if (!p.startsWith('lib/')) return undefined;
	const [top] = p.slice(4).split('/');
	const table: Record<string, number> = {
		shared: 0,
		'vocabulary.ts': 1,
		'schema.ts': 1,
		'files.ts': 1,
		types: 1,
		model: 2,
		validate: 3,
		evaluate: 4,
		views: 5,
		contrib: 5,
		formats: 5,
		components: 6,
		server: 7
	};
	return table[top];
}

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return name === 'fixtures' ? [] : files(full);
		return /\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name) ? [full] : [];
	});
}

function imports(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	return [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\$lib\/[^'"]+|\.{1,2}\/[^'"]+)['"]/g)].map(
		(m) => m[1]
	);
}

function target(file: string, spec: string): string {
	return spec.startsWith('$lib/') ? join(LIB, spec.slice(5)) : join(file, '..', spec);
}

describe('layers', () => {
	it('no module imports from a later stage of the pipeline', () => {
		const wrong: string[] = [];
		for (const file of files(SRC)) {
			if (file.includes('/lib/testing/')) continue;
			const from = layer(file);
			if (from === undefined) continue;
			for (const spec of imports(file)) {
				const to = layer(target(file, spec));
				if (to !== undefined && to > from) wrong.push(`${relative(SRC, file)} → ${spec}`);
			}
		}
		expect(wrong).toEqual([]);
	});
	it('knows every folder under src/lib', () => {
		const unknown = readdirSync(LIB).filter(
			(name) =>
				name !== 'testing' && !name.endsWith('.test.ts') && layer(join(LIB, name)) === undefined
		);

		expect(unknown).toEqual([]);
	});
});
