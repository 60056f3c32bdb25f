import { describe, expect, it } from 'vitest';
import { triples, validated } from '$lib/testing/formats';
import { importKialo, unescapeMarkdown } from './kialo';
import { ImportError } from './types';

const OLD = `Discussion Title: Should pupils wear uniforms?

1. Pupils should wear school uniforms.
1.1. Pro: Uniforms hide differences in wealth \\(mostly\\).
1.1.1. Con: Families still pay for \\[branded\\] uniforms; see [this survey](https://example.org/a_(b)).
a second line of the same claim
1.2. Con: Uniforms limit self-expression.
1.2.1. Pro: -> See 1.1.1.
1.3. Pro: -> See 1.1.
`;

describe('Kialo import, older one-line layout', () => {
	const r = importKialo(OLD, { fileName: 'uniforms.txt' });
	const d = validated(r);
	const id = (start: string) => Object.values(d.claims).find((c) => c.text.startsWith(start))!.id;

	it('reads claims, stances and "-> See" links', () => {
		expect(r.report.read).toMatchObject({ thesis: 1, Pro: 3, Con: 2, links: 2, claims: 4 });
		expect(d.meta.title).toBe('Should pupils wear uniforms?');
		expect(r.files.id).toBe('uniforms');
		const [t, wealth, pay, expr] = ['Pupils', 'Uniforms hide', 'Families', 'Uniforms limit'].map(
			id
		);
		expect(d.thesis).toBe(t);
		expect(triples(d)).toEqual(
			[
				`${wealth} supports ${t}`,
				`${pay} attacks ${wealth}`,
				`${expr} attacks ${t}`,
				// 1.2.1 shows 1.1.1 again under 1.2; 1.3 shows 1.1 again under the thesis (a duplicate).
				`${pay} supports ${expr}`
			].sort()
		);
		expect(r.report.adjustments.find((a) => a.code === 'duplicate-relation')?.count).toBe(1);
	});

	it('undoes Kialo’s escapes, keeps continuation lines, and moves link addresses to the note', () => {
		const pay = d.claims[id('Families')];
		expect(d.claims[id('Uniforms hide')].text).toBe(
			'Uniforms hide differences in wealth (mostly).'
		);
		expect(pay.text).toBe(
			'Families still pay for [branded] uniforms; see this survey.\na second line of the same claim'
		);
		expect(pay.note).toContain('this survey: https://example.org/a_(b)');
		expect(unescapeMarkdown('\\*a\\* \\\\ \\q')).toBe('*a* \\ \\q');
	});
});

describe('Kialo import, newer layout', () => {
	const NEW = `Discussion Title: Is tea better than coffee?

1. Tea is better than coffee.

1.1. Pro:
Tea has less caffeine.[1]

1.1.1. Con:
Some teas have as much caffeine as coffee.

It depends on how long it steeps.[2]

1.2. Con:
Coffee tastes better.

Sources:
[1] https://example.org/caffeine
[2] https://example.org/steeping
`;
	it('takes the text from the next lines, keeps paragraphs, and lists footnoted sources in the note', () => {
		const r = importKialo(NEW);
		const d = validated(r);
		const claims = Object.values(d.claims);
		expect(claims).toHaveLength(4);
		const some = claims.find((c) => c.text.startsWith('Some teas'))!;
		expect(some.text).toBe(
			'Some teas have as much caffeine as coffee.\n\nIt depends on how long it steeps.[2]'
		);
		expect(some.note).toContain('[2] https://example.org/steeping');
		expect(claims.find((c) => c.text.startsWith('Tea has'))!.note).toContain(
			'[1] https://example.org/caffeine'
		);
		expect(triples(d)).toHaveLength(3);
		// The Sources list is not read as claims.
		expect(claims.some((c) => c.text.includes('example.org/caffeine'))).toBe(false);
	});
});

describe('Kialo import, bad input', () => {
	it('names the line of text that comes before the first claim', () => {
		expect(() => importKialo('Discussion Title: X\n\nstray words\n1. Thesis\n')).toThrow(
			ImportError
		);
		expect(() => importKialo('Discussion Title: X\n\nstray words\n1. Thesis\n')).toThrow(/Line 3/);
	});
	it('says when there are no claims at all', () => {
		expect(() => importKialo('Discussion Title: Nothing yet\n\n')).toThrow(/No Kialo claims/);
	});
	it('keeps a claim longer than Crux allows whole, as quotes from the discussion', () => {
		const long = Array.from({ length: 150 }, (_, i) => `word${i}`).join(' ');
		const d = validated(importKialo(`1. Thesis.\n1.1. Pro: ${long}\n`));
		const c = Object.values(d.claims).find((x) => x.kind !== 'thesis')!;
		expect(c.text.length).toBeLessThanOrEqual(600);
		expect(c.evidence!.map((e) => e.quote).join(' ')).toBe(long);
		expect(c.note).toMatch(/Shortened from \d+ characters/);
	});
});
