import { describe, expect, it } from 'vitest';
import { editDistance, slugify } from '$lib/shared/text';
import { closest, didYouMean } from './suggest';

describe('suggest', () => {
	it('editDistance', () => {
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('same', 'same')).toBe(0);
		expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
	});
	it('counts two swapped neighbouring letters as one edit', () => {
		expect(editDistance('tgas', 'tags')).toBe(1);
		expect(editDistance('speakre', 'speaker')).toBe(1);
		expect(editDistance('ab', 'ba', 0)).toBe(1);
		// The early exit must not cut off a swap that reaches back two rows.
		expect(editDistance('xabcd', 'xbacd', 1)).toBe(1);
	});
	it('suggests only plausible typos', () => {
		expect(closest('speekr', ['text', 'speaker', 'supports'])).toBe('speaker');
		expect(closest('taiwan-sea-lane', ['taiwan-sea-lanes', 'taiwan'])).toBe('taiwan-sea-lanes');
		expect(closest('Sea-Lanes', ['sea-lanes'])).toBe('sea-lanes');
		expect(closest('tgas', ['text', 'tags', 'base'])).toBe('tags');
		expect(closest('bob', ['alice'])).toBeUndefined();
		expect(closest('completely-different', ['thesis'])).toBeUndefined();
		expect(didYouMean('tesis', ['thesis'])).toBe('Did you mean "thesis"?');
	});
	it('slugify (the one in shared/text.ts)', () => {
		expect(slugify('Sea Lanes_2')).toBe('sea-lanes-2');
		expect(slugify('Ünïcödé!')).toBe('unicode');
		expect(slugify('Japan’s sea lanes', 12)).toBe('japans-sea');
		expect(slugify('x'.repeat(9), 4)).toBe('xxxx');
	});
	it('finds an id from shortened words', () => {
		expect(closest('ben-self', ['grant-newsham', 'benjamin-self'])).toBe('benjamin-self');
		expect(closest('ben-self', ['benjamin-self-help'])).toBeUndefined();
	});
});
