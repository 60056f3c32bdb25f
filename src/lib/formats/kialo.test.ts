import { describe, expect, it } from 'vitest';
import { triples, validated } from '$lib/testing/formats';
import { detectFormat } from '.';
import { importKialo, KIALO_TEXT_MAX, parseKialo, unescapeMarkdown } from './kialo';
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

describe('Kialo import, the current indented layout', () => {
	// The shape of Kialo's export today: CRLF, "Discussion Name:" with the title on the next
	// line, "1. Thesis:" and each "Pro:"/"Con:" with its text on the next line, two spaces of
	// indentation per level, footnote marks and a Sources list at the end.
	const NEW = [
		'Discussion Name:',
		'Should towns make buses free?',
		'',
		'1. Thesis:',
		'Towns should make their buses free to ride.',
		'',
		'  1.1. Pro:',
		'  Free buses draw drivers out of their cars.[1]',
		'',
		'    1.1.1. Con:',
		'    Most new riders walked or cycled before.',
		'',
		'    It depends on the town.[2]',
		'',
		'  1.2. Con:',
		'  Fares pay for the service.',
		'',
		'    1.2.1. Pro:',
		'    -> See 1.1.1.',
		'',
		'Sources:',
		'[1] https://example.org/dunkirk',
		'[2] https://example.org/tallinn',
		''
	].join('\r\n');

	it('is detected as Kialo, not Argdown', () => {
		expect(detectFormat(NEW)?.id).toBe('kialo');
	});

	it('reads the title, the thesis without its "Thesis:" label, every claim, stance and link', () => {
		const r = importKialo(NEW);
		expect(r.report.format).toBe('kialo (indented layout)');
		expect(r.report.read).toMatchObject({ thesis: 1, Pro: 2, Con: 2, links: 1, claims: 4 });
		const d = validated(r);
		expect(d.meta.title).toBe('Should towns make buses free?');
		expect(d.claims[d.thesis].text).toBe('Towns should make their buses free to ride.');
		const id = (start: string) => Object.values(d.claims).find((c) => c.text.startsWith(start))!.id;
		const [draw, most, fares] = ['Free buses', 'Most new riders', 'Fares pay'].map(id);
		expect(triples(d)).toEqual(
			[
				`${draw} supports ${d.thesis}`,
				`${most} attacks ${draw}`,
				`${fares} attacks ${d.thesis}`,
				`${most} supports ${fares}`
			].sort()
		);
	});

	it('keeps paragraphs, no indentation or carriage returns, and lists footnoted sources in the note', () => {
		const d = validated(importKialo(NEW));
		const claims = Object.values(d.claims);
		const most = claims.find((c) => c.text.startsWith('Most new riders'))!;
		expect(most.text).toBe(
			'Most new riders walked or cycled before.\n\nIt depends on the town.[2]'
		);
		expect(most.note).toContain('[2] https://example.org/tallinn');
		expect(claims.find((c) => c.text.startsWith('Free buses'))!.note).toContain(
			'[1] https://example.org/dunkirk'
		);
		expect(claims.some((c) => /\r|example\.org\/dunkirk$|^\s/.test(c.text))).toBe(false);
	});

	it('reads the older layout with the text on the next line too (LF, no indentation)', () => {
		const older = `Discussion Title: Is tea better than coffee?

1. Tea is better than coffee.

1.1. Pro:
Tea has less caffeine.[1]

1.2. Con:
Coffee tastes better.

Sources:
[1] https://example.org/caffeine
`;
		const d = validated(importKialo(older));
		expect(
			Object.values(d.claims)
				.map((c) => c.text)
				.sort()
		).toEqual(['Coffee tastes better.', 'Tea has less caffeine.[1]', 'Tea is better than coffee.']);
	});
});

describe('Kialo import, numbered and dated lines inside a claim', () => {
	const FILE = `Discussion Title: Free buses

1. Towns should make their buses free.
1.1. Pro: Three towns show it works:
1. Dunkirk
2. Tallinn
2019. Luxembourg followed, and ridership rose.
1.1.1. Con: The figures are from one year only.
1.2. Con: Fares pay for the service.
`;
	const r = importKialo(FILE);
	const d = validated(r);

	it('keeps them as text of the claim they sit in', () => {
		const texts = Object.values(d.claims).map((c) => c.text);
		expect(texts).toHaveLength(4);
		expect(texts).toContain(
			'Three towns show it works:\n1. Dunkirk\n2. Tallinn\n2019. Luxembourg followed, and ridership rose.'
		);
		expect(d.claims[d.thesis].text).toBe('Towns should make their buses free.');
		expect(triples(d)).toHaveLength(3);
	});

	it('says so in the report, with the lines', () => {
		const a = r.report.adjustments.find((x) => x.code === 'kialo-numbered-text')!;
		expect(a.count).toBe(3);
		expect(a.examples[0]).toMatch(/^line 5: “1\. Dunkirk”/);
	});

	it('takes a number as a claim only where it continues the tree', () => {
		const { entries } = parseKialo(
			'1. T\n1.1. Pro: a\n1.1. Pro: repeated number\n1.3. no stance, not next\n1.2. next child, no stance\n3.1. Con: no such parent\n'
		);
		expect(entries.map((e) => e.key)).toEqual(['1', '1.1', '1.2']);
		expect(entries[1].lines).toEqual([
			'a',
			'1.1. Pro: repeated number',
			'1.3. no stance, not next'
		]);
	});
});

describe('Kialo import, size', () => {
	it('cuts one huge claim, keeping its first part and saying so, in bounded memory', () => {
		const huge = 'word '.repeat(2_000_000); // 10 MB on one line
		const r = importKialo(
			`Discussion Title: One huge claim\n\n1. ${huge}\n\n1.1. Pro: A short reason.\n`
		);
		const d = validated(r);
		const thesis = d.claims[d.thesis];
		expect(thesis.text.length).toBeLessThanOrEqual(600);
		const kept = thesis.evidence!.map((e) => e.quote).join(' ');
		expect(kept.length).toBeGreaterThan(KIALO_TEXT_MAX * 0.9);
		expect(kept.length).toBeLessThanOrEqual(KIALO_TEXT_MAX);
		expect(thesis.note).toMatch(/ran to 10,000,00\d characters; its first 60,000 are kept/);
		expect(r.report.adjustments.map((a) => a.code)).toContain('kialo-text-cut');
		// Every file stays under the validator's 256 KB limit.
		for (const f of r.files.files) expect(f.text.length).toBeLessThan(256_000);
	});

	it('imports 20,000 claims in linear time (was 28 s: quadratic id allocation)', () => {
		const lines = ['Discussion Title: Generated', '', '1. The generated thesis holds.'];
		const queue = ['1'];
		for (let made = 1; made < 20_000;) {
			const parent = queue.shift()!;
			for (let k = 1; k <= 6 && made < 20_000; k++, made++) {
				const key = `${parent}.${k}`;
				// The same words in every claim: ids collide on their first 60 characters.
				lines.push(
					`${key}. ${k % 2 ? 'Pro' : 'Con'}: The very same generated claim with the same words in it, again ${made}.`
				);
				queue.push(key);
			}
		}
		const t = performance.now();
		const r = importKialo(lines.join('\n'));
		const ms = performance.now() - t;
		expect(r.report.written.claims).toBe(20_000);
		expect(new Set(Object.values(r.ids)).size).toBe(20_000);
		// The budget is 4 s on a quiet machine; 12 s leaves room for a busy one and still fails quadratic time.
		expect(ms).toBeLessThan(12_000);
	}, 30_000);
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
