import { describe, expect, it } from 'vitest';
import { checkQuotes, closestPassage, containsQuote, normalizeQuote } from './check-quotes';
import { claimInput, fakeLocate } from '$lib/testing/claim-input';

const found = (quote: string, text: string) =>
	containsQuote(normalizeQuote(text), normalizeQuote(quote));

describe('quote matching', () => {
	const text = 'He said: “Japan’s role is growing — fast.”\nIt is   a\tmatter of time… Really.';
	it.each([
		['exact', 'Japan’s role is growing'],
		['straight quotes', `"Japan's role is growing - fast."`],
		['whitespace differences', 'It is a matter of time'],
		['ellipsis written as three dots', 'matter of time... Really.'],
		['lowercase first letter', 'japan’s role'],
		['capitalised first letter', 'It is a matter'],
		['dash variants', 'growing – fast'],
		['a hyphen with no spaces for an em dash', 'growing-fast']
	])('accepts %s', (_n, quote) => {
		expect(found(quote, text)).toBe(true);
	});
	it.each([
		['a changed word', 'Japan’s role is shrinking'],
		['case of a later letter', 'japan’s Role'],
		['words not adjacent', 'role growing']
	])('rejects %s', (_n, quote) => {
		expect(found(quote, text)).toBe(false);
	});

	it('finds the closest passage in a long text', () => {
		const long =
			'Filler sentence number one. '.repeat(500) +
			'The alliance must adapt to new threats in the region. ' +
			'More filler here. '.repeat(500);
		const near = closestPassage('The alliance must adapt to threats in the region.', long)!;
		expect(near.passage).toBe('The alliance must adapt to new threats in the region.');
		expect(near.similarity).toBeGreaterThan(0.85);
	});

	it('checkQuotes reports at the quote, warns once about a missing source text', () => {
		const claims = [
			claimInput('a', {
				evidence: [
					{ source: 's', quote: 'Japan’s role is growing', locator: 'l' },
					{ source: 's', quote: 'Nothing like it', locator: 'l' }
				]
			}),
			claimInput('b', {
				evidence: [
					{ source: 'u', quote: 'x', locator: 'l' },
					{ source: 'u', quote: 'y', locator: 'l' }
				]
			})
		];
		const problems = checkQuotes(claims, { s: text }, [
			{ path: 'sources/s.yaml', id: 's', locate: fakeLocate },
			{ path: 'sources/u.yaml', id: 'u', locate: fakeLocate }
		]);
		expect(problems.map((p) => `${p.severity} ${p.code} ${p.file}:${p.line}`)).toEqual([
			'error quote-not-found claims/a.yaml:4',
			'warning source-text-missing sources/u.yaml:1'
		]);
		expect(problems[0].hint).toMatch(/^Closest passage \(\d+% alike\): "/);
	});
});
