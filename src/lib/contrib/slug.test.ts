import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '$lib/schema';
import { idFromText, idOf, uniqueId } from './slug';

describe('ids for new files', () => {
	it('makes lowercase kebab ids from text, without a leading article', () => {
		expect(idOf('Japan’s sea lanes matter!')).toBe('japans-sea-lanes-matter');
		expect(idOf('The PRC would retaliate')).toBe('prc-would-retaliate');
		expect(idOf('Café déjà vu — 2023')).toBe('cafe-deja-vu-2023');
		expect(idOf('日本')).toBe('');
	});

	it('stays within 60 characters, cutting at a word and never on a hanging word', () => {
		const id = idOf(
			'A very long claim about how deepening defense cooperation with Taiwan would provoke Beijing into an arms race'
		);
		expect(id.length).toBeLessThanOrEqual(60);
		expect(id).toMatch(ID_PATTERN);
		expect(id).toBe('very-long-claim-about-how-deepening-defense-cooperation');
		// The walkthrough's example: the form cut this after "would-in".
		expect(
			idOf(
				'Deferring to Beijing’s sensitivity on Taiwan would in practice hand Beijing a veto over Japan’s policy'
			)
		).toBe('deferring-to-beijings-sensitivity-on-taiwan');
		expect(idOf('x'.repeat(100))).toBe('x'.repeat(60));
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
