import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSchemas, SCHEMA_DIR } from './generate-schema';

describe('published JSON Schemas', () => {
	const fresh = generateSchemas();

	it('cover the four file kinds, the one-document JSON download and proposal files', () => {
		expect(Object.keys(fresh).sort()).toEqual([
			'claim.schema.json',
			'crux-json.schema.json',
			'debate.schema.json',
			'person.schema.json',
			'proposal.schema.json',
			'source.schema.json'
		]);
	});

	it.each(Object.keys(fresh))(
		'%s on disk matches schema.ts (run "npm run schema" if this fails)',
		(name) => {
			expect(readFileSync(join(SCHEMA_DIR, name), 'utf8')).toBe(fresh[name]);
		}
	);

	it('has no stray files in static/schema', () => {
		expect(readdirSync(SCHEMA_DIR).sort()).toEqual(Object.keys(fresh).sort());
	});

	it('forbids unknown keys so editors flag typos too', () => {
		const claim = JSON.parse(fresh['claim.schema.json']);
		expect(
			claim.anyOf.every((b: { additionalProperties: boolean }) => b.additionalProperties === false)
		).toBe(true);
		expect(claim.$id).toMatch(/claim\.schema\.json$/);
		expect(claim.title).toContain('claim');
	});
});
