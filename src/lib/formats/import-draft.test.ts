/** The debate id an importer is asked for becomes a folder name: it must pass the id rule. */
import { describe, expect, it } from 'vitest';
import { FORMATS } from './index';
import { ImportError } from './types';

const KIALO = 'Discussion Title: Phones\n\n1. Ban phones.\n1.1. Con: No.\n';

describe('debateIdFor', () => {
	const kialo = FORMATS.find((f) => f.id === 'kialo')!;

	it('keeps a valid id and makes one from the file name otherwise', () => {
		expect(kialo.import!(KIALO, { debateId: 'my-debate' }).files.id).toBe('my-debate');
		expect(kialo.import!(KIALO, { fileName: 'School Phones.txt' }).files.id).toBe('school-phones');
	});

	it.each(['../victim', '.', '', '..', 'a/b', 'CON', 'x'.repeat(81)])(
		'refuses %j as a debate id',
		(debateId) => {
			expect(() => kialo.import!(KIALO, { debateId })).toThrow(ImportError);
		}
	);
});
