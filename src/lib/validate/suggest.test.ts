import { describe, expect, it } from 'vitest';
import { editDistance } from '$lib/shared/text';
import { closest, didYouMean, slugify } from './suggest';

describe('suggest', () => {
	it('editDistance', () => {
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('same', 'same')).toBe(0);
		expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
	});
	it('suggests only plausible typos', () => {
		expect(closest('speekr', ['text', 'speaker', 'supports'])).toBe('speaker');
		expect(closest('taiwan-sea-lane', ['taiwan-sea-lanes', 'taiwan'])).toBe('taiwan-sea-lanes');
		expect(closest('Sea-Lanes', ['sea-lanes'])).toBe('sea-lanes');
		expect(closest('bob', ['alice'])).toBeUndefined();
		expect(closest('completely-different', ['thesis'])).toBeUndefined();
		expect(didYouMean('tesis', ['thesis'])).toBe('Did you mean "thesis"?');
	});
	it('slugify', () => {
		expect(slugify('Sea Lanes_2')).toBe('sea-lanes-2');
		expect(slugify('Ünïcödé!')).toBe('unicode');
	});
});
