import { describe, expect, it } from 'vitest';
import {
	debatePath,
	entityFile,
	entityPath,
	filePattern,
	kindOfFolder,
	schemaComment
} from './files';

describe('the repository layout', () => {
	it('spells every path the same way', () => {
		expect(entityFile('claim', 'a')).toBe('claims/a.yaml');
		expect(entityPath('d', 'person', 'p')).toBe('arguments/d/people/p.yaml');
		expect(entityPath('d', 'source', 's', 'other/')).toBe('other/d/sources/s.yaml');
		expect(debatePath('d')).toBe('arguments/d');
		expect(kindOfFolder('sources')).toBe('source');
		expect(kindOfFolder('claim')).toBeUndefined();
		expect(filePattern('debate')).toBe('arguments/<debate-id>/debate.yaml');
		expect(filePattern('claim')).toBe('arguments/<debate-id>/claims/<id>.yaml');
	});
	it('points each file at its JSON Schema from where it lives', () => {
		expect(schemaComment('claim')).toBe(
			'# yaml-language-server: $schema=../../../static/schema/claim.schema.json'
		);
		expect(schemaComment('debate')).toBe(
			'# yaml-language-server: $schema=../../static/schema/debate.schema.json'
		);
	});
});
