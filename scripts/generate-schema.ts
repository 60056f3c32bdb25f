/**
 * npm run schema: writes static/schema/{debate,source,person,claim}.schema.json from src/lib/schema.ts,
 * for editors (YAML language server) and anyone writing tools, and crux-json.schema.json for the
 * one-document download (src/lib/formats/crux-json.ts). A test fails when these files are stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { claimFileSchema, debateSchema, personSchema, sourceSchema } from '../src/lib/schema';
import { cruxJsonSchema } from '../src/lib/formats/crux-json';

export const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'static', 'schema');

const FILES = {
	debate: { schema: debateSchema, title: 'Crux debate (arguments/<debate-id>/debate.yaml)' },
	source: { schema: sourceSchema, title: 'Crux source (arguments/<debate-id>/sources/<id>.yaml)' },
	person: { schema: personSchema, title: 'Crux person (arguments/<debate-id>/people/<id>.yaml)' },
	claim: { schema: claimFileSchema, title: 'Crux claim (arguments/<debate-id>/claims/<id>.yaml)' },
	'crux-json': {
		schema: cruxJsonSchema,
		title: 'Crux debate as one JSON document (<debate-id>.json)'
	}
} as const;

/** File name → file content, exactly as written to disk. */
export function generateSchemas(): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [name, { schema, title }] of Object.entries(FILES)) {
		const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) as Record<
			string,
			unknown
		>;
		const { $schema, ...rest } = json;
		const doc = { $schema, $id: `https://crux.invalid/schema/${name}.schema.json`, title, ...rest };
		out[`${name}.schema.json`] = JSON.stringify(doc, null, '\t') + '\n';
	}
	return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	mkdirSync(SCHEMA_DIR, { recursive: true });
	for (const [name, text] of Object.entries(generateSchemas()))
		writeFileSync(join(SCHEMA_DIR, name), text);
	console.log(`Wrote ${Object.keys(FILES).length} schemas to static/schema/.`);
}
