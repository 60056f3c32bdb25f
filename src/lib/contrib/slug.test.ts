import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '$lib/schema';
import { idFromText, slugify, uniqueId } from './slug';

describe('slug', () => {
	it('makes lowercase kebab ids from text', () => {
		expect(slugify('Japan’s sea lanes matter!')).toBe('japans-sea-lanes-matter');
		expect(slugify('The PRC would retaliate')).toBe('prc-would-retaliate');
		expect(slugify('Café déjà vu — 2023')).toBe('cafe-deja-vu-2023');
		expect(slugify('日本')).toBe('');
	});

	it('stays within 60 characters, cutting at a word', () => {
		const id = slugify(
			'A very long claim about how deepening defense cooperation with Taiwan would provoke Beijing into an arms race'
		);
		expect(id.length).toBeLessThanOrEqual(60);
		expect(id).toMatch(ID_PATTERN);
		expect(id).toBe('very-long-claim-about-how-deepening-defense-cooperation-with');
		expect(slugify('x'.repeat(100))).toBe('x'.repeat(60));
	});

	it('is unique against existing ids', () => {
		expect(uniqueId('a', ['a', 'a-2'])).toBe('a-3');
		expect(idFromText('Sea lanes', ['sea-lanes'])).toBe('sea-lanes-2');
		expect(idFromText('', [])).toBe('claim');
		const long = 'y'.repeat(60);
		const next = uniqueId(long, [long]);
		expect(next).toBe('y'.repeat(58) + '-2');
		expect(next.length).toBe(60);
	});
});
