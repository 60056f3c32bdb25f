/**
 * npm run schema: writes what is generated from the source of truth, for editors and readers:
 * static/schema/{debate,source,person,claim}.schema.json from src/lib/schema.ts (YAML language
 * server, tools), and the table of problem codes in src/lib/validate/README.md from the
 * validator's rule registry; and crux-json.schema.json for the one-document download
 * (src/lib/formats/crux-json.ts). Tests fail when any is stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { filePattern } from '../src/lib/files';
import { FILE_KINDS, proposalFileSchema, type FileKind } from '../src/lib/schema';
import { cruxJsonSchema } from '../src/lib/formats/crux-json';
import { RULES } from '../src/lib/validate/rules/index';
import { withCodesTable } from '../src/lib/validate/rules/codes-table';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_DIR = join(ROOT, 'static', 'schema');
export const VALIDATOR_README = join(ROOT, 'src', 'lib', 'validate', 'README.md');

/** File name → file content, exactly as written to disk. */
export function generateSchemas(): Record<string, string> {
	const out: Record<string, string> = {};
	const docs: Array<[string, z.ZodType, string]> = [
		...(Object.keys(FILE_KINDS) as FileKind[]).map(
			(name) =>
				[name, FILE_KINDS[name].schema, `Crux ${name} (${filePattern(name)})`] as [
					string,
					z.ZodType,
					string
				]
		),
		['crux-json', cruxJsonSchema, 'Crux debate as one JSON document (<debate-id>.json)'],
		['proposal', proposalFileSchema, 'Crux proposals for a debate (<name>.crux.yaml)']
	];
	for (const [name, schema, title] of docs) {
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
	const schemas = generateSchemas();
	for (const [name, text] of Object.entries(schemas)) writeFileSync(join(SCHEMA_DIR, name), text);
	writeFileSync(VALIDATOR_README, withCodesTable(readFileSync(VALIDATOR_README, 'utf8'), RULES));
	console.log(
		`Wrote ${Object.keys(schemas).length} schemas to static/schema/ and the problem codes to src/lib/validate/README.md.`
	);
}
