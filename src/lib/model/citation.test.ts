import { describe, expect, it } from 'vitest';
import { citationText, quoted, safeHref, sourceUrl } from './citation';

describe('safeHref', () => {
	it('passes only http and https', () => {
		expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
		expect(safeHref('http://pf.org.tw')).toBe('http://pf.org.tw/');
		expect(safeHref('javascript:alert(1)')).toBeUndefined();
		expect(safeHref(' JAVASCRIPT:alert(1)')).toBeUndefined();
		expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeUndefined();
		expect(safeHref('not a url')).toBeUndefined();
		expect(safeHref(undefined)).toBeUndefined();
	});
});

describe('citations', () => {
	it('formats known fields and flags inferred ones', () => {
		expect(
			citationText({
				title: 'RESOLVED: Japan Should Deepen Cooperation',
				kind: 'debate',
				authors: ['Grant Newsham', 'Benjamin Self'],
				publisher: 'CSIS Japan Chair',
				container: 'Debating Japan Vol. 3 Issue 3',
				date: { value: '2020', inferred: true, basis: 'previous issue February 2020' }
			})
		).toBe(
			'Grant Newsham and Benjamin Self. “RESOLVED: Japan Should Deepen Cooperation.” Debating Japan Vol. 3 Issue 3. CSIS Japan Chair, 2020 (inferred).'
		);
		expect(citationText({ title: 'Untitled wire', kind: 'news' })).toBe('“Untitled wire.” n.d.');
	});
	it('reports inferred addresses', () => {
		expect(
			sourceUrl({
				title: 't',
				kind: 'news',
				url: { value: 'https://x.org/', inferred: true, basis: 'b' }
			})
		).toEqual({ href: 'https://x.org/', inferred: true });
	});
});

describe('quoted', () => {
	it('adds quotation marks, but never doubles a quote that already has them', () => {
		expect(quoted('Take Beijing at its word.')).toBe('“Take Beijing at its word.”');
		expect(quoted('“Taiwan’s defense is Japan’s defense.”')).toBe(
			'“Taiwan’s defense is Japan’s defense.”'
		);
		expect(quoted('“It is symbolic,” said one source.')).toBe(
			'““It is symbolic,” said one source.”'
		);
	});
});
