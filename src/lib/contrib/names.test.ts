import { describe, expect, it } from 'vitest';
import { lookalikeOf, sameNameAs } from './names';

const PUBLISHED = ['Benjamin Self', 'Grant Newsham', 'Reuters', 'Aso Taro'];

describe('a contributor’s name that could pass for a published author’s', () => {
	it('is found in other letters, with a title, in part, or with more around it', () => {
		for (const name of [
			'Bеnjamin Self', // Cyrillic е
			'ＢＥＮＪＡＭＩＮ ＳＥＬＦ', // full-width
			'ΒΕΝJΑΜΙΝ SΕLF', // Greek capitals
			'Prof. Benjamin Self',
			'Dr Benjamin Self',
			'Ben Self',
			'B. Self',
			'Self',
			'benjamin  self!',
			'Bénjamin Self',
			'Benjamin Self Jr',
			'BenjaminSelf',
			'Self-san'
		])
			expect(lookalikeOf(name, PUBLISHED), name).toBe('Benjamin Self');
		expect(lookalikeOf('Reuters staff', PUBLISHED)).toBe('Reuters');
		expect(lookalikeOf('Taro', PUBLISHED)).toBe('Aso Taro');
	});
	it('is not found in a name of one’s own, or one with an initial that tells it apart', () => {
		for (const name of ['Aiko', 'Kenji Self', 'Ben K.', 'Period 3 Debate', 'Amy (7C)', 'Selma'])
			expect(lookalikeOf(name, PUBLISHED), name).toBeUndefined();
	});
	it('a new published speaker who is one already, written otherwise, is found; a namesake in part is not', () => {
		expect(sameNameAs('Prof. Bеnjamin Self', PUBLISHED)).toBe('Benjamin Self');
		expect(sameNameAs('Ben Self', PUBLISHED)).toBeUndefined();
	});
});
