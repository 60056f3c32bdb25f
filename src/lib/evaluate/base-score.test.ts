import { describe, expect, it } from 'vitest';
import { baseScore, BASE_SCORES } from './base-score';
import { tinyDebate } from '$lib/testing/tiny-debate';

const ev = (source: string, n = 1) =>
	Array.from({ length: n }, (_, i) => ({ source, quote: `q${i}`, locator: `para. ${i + 1}` }));

describe('baseScore', () => {
	const d = tinyDebate({
		bare: {},
		one: { evidence: ev('src', 3) },
		two: { evidence: [...ev('src'), ...ev('other')] },
		ghost: { evidence: ev('no-such-source') },
		set: { base: 0.2, evidence: ev('src') },
		raised: { role: 'raised', by: 'ann', evidence: [...ev('src'), ...ev('other')] },
		conceded: { role: 'conceded', speaker: 'bob', evidence: ev('src') },
		reported: { role: 'reported', by: 'ann', speaker: 'bob', evidence: ev('src') }
	});
	d.sources.other = { id: 'other', title: 'Another', kind: 'news' };
	const of = (id: string) => baseScore(d, d.claims[id]);

	it('follows the table: bare 0.5, one source 0.6, two or more 0.65', () => {
		expect(of('bare')).toEqual({ value: 0.5, reason: 'no quote: a bare assertion' });
		expect(of('one')).toEqual({ value: 0.6, reason: 'a verbatim quote from one cited source' });
		expect(of('two')).toEqual({ value: 0.65, reason: 'verbatim quotes from 2 cited sources' });
		expect(BASE_SCORES).toEqual({ bare: 0.5, oneSource: 0.6, moreSources: 0.65 });
	});

	it('counts only quotes whose source is on file', () => {
		expect(of('ghost').value).toBe(0.5);
	});

	it('an explicit base wins; the resolution is the question itself', () => {
		expect(of('set')).toEqual({ value: 0.2, reason: 'set in the claim file' });
		expect(of('thesis')).toEqual({ value: 0.5, reason: 'the resolution' });
	});

	it('a raised objection gets no credit for the raiser’s quote; concessions and reports do', () => {
		expect(of('raised').value).toBe(0.5);
		expect(of('conceded').value).toBe(0.6);
		expect(of('reported').value).toBe(0.6);
	});
});
