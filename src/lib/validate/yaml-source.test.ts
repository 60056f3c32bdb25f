import { describe, expect, it } from 'vitest';
import { MAX_BYTES, parseYaml } from './yaml-source';

const codes = (text: string) =>
	parseYaml('f.yaml', text).problems.map((p) => `${p.line}:${p.column} ${p.code}`);

describe('parseYaml: hostile and broken input never throws', () => {
	it.each([
		['empty file', '', ['1:1 empty-file']],
		['only whitespace', '  \n\n', ['1:1 empty-file']],
		['only a comment', '# yaml-language-server: $schema=x\n', ['1:1 empty-file']],
		['null', 'null\n', ['1:1 empty-file']],
		['a top-level list', '- a\n- b\n', ['1:1 wrong-type']],
		['a top-level string', 'just text\n', ['1:1 wrong-type']],
		['a top-level number', '42\n', ['1:1 wrong-type']],
		['duplicate keys', 'text: a\ntext: b\n', ['2:1 duplicate-key']],
		['tab indentation', 'a:\n\tb: 1\n', ['2:1 yaml-syntax']],
		['NUL byte', 'text: a\u0000b\n', ['1:8 not-text']],
		['invalid UTF-8 (decoded as U+FFFD)', 'text: \uFFFD\uFFFD\n', ['1:7 not-text']],
		['two documents', 'a: 1\n---\nb: 2\n', ['2:1 yaml-syntax']],
		[
			'alias bomb',
			'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n',
			['1:1 yaml-alias']
		]
	])('%s', (_name, text, expected) => {
		expect(codes(text)).toEqual(expected);
	});

	it('binary junk', () => {
		const junk = String.fromCharCode(...Array.from({ length: 512 }, (_, i) => (i * 7919) % 256));
		expect(codes(junk)[0]).toMatch(/not-text$/);
	});

	it('10,000-deep flow nesting', () => {
		const r = parseYaml('f.yaml', '['.repeat(10_000));
		expect(r.value).toBeUndefined();
		expect(r.problems.map((p) => p.code)).toContain('too-deep');
	});

	it('3,000 compact block levels and 100 flow levels are refused before parsing', () => {
		expect(codes('- '.repeat(3000) + 'x')).toEqual(['1:257 too-deep']);
		expect(codes('a: ' + '{b: '.repeat(100))).toEqual(['1:260 too-deep']);
		expect(codes('text: "[[[[ a few brackets in a string are fine"\n')).toEqual([]);
	});

	// Found by the fuzzer: brackets in a quoted text or a comment are not nesting.
	it('counts no bracket inside quotes or a comment, but every one outside them', () => {
		const many = '['.repeat(300);
		expect(codes(`text: "${many}"\nkind: reason # ${many}\nlabel: 'it''s ${many}'\n`)).toEqual([]);
		expect(codes(`text: "a\n  ${many} b"\n`)).toEqual([]);
		// A quote that does not start a node is plain text: what follows is still counted.
		expect(codes(`text: He said "x\nlabel: ${'{a: '.repeat(100)}\n`)).toEqual(['2:264 too-deep']);
		expect(codes(`text: x#y ${'['.repeat(100)}\n`)).toEqual(['1:75 too-deep']);
	});

	it('deep block nesting below the parser limit but above ours', () => {
		const text =
			Array.from({ length: 40 }, (_, i) => ' '.repeat(i * 2) + `k${i}:`).join('\n') + ' 1\n';
		expect(codes(text)).toEqual(['33:65 too-deep']);
	});

	it('a 5 MB file is reported, not parsed', () => {
		const big = 'text: ' + 'x'.repeat(5 * 1024 * 1024) + '\n';
		const t0 = performance.now();
		const r = parseYaml('f.yaml', big);
		expect(performance.now() - t0).toBeLessThan(1000);
		expect(r.problems.map((p) => p.code)).toEqual(['too-large']);
		expect(r.problems[0].message).toContain(`at most ${MAX_BYTES / 1024} KB`);
	});

	it('a byte-order mark is fine', () => {
		expect(parseYaml('f.yaml', '\uFEFFtext: a\n').value).toEqual({ text: 'a' });
	});
});

describe('locate', () => {
	const text =
		'# comment\ntext: hello\nsupports:\n  - a\n  - b\nevidence:\n  - source: s\n    quote: q\nspeaker:\n';
	const f = parseYaml('f.yaml', text);
	it('finds values, keys and list items', () => {
		expect(f.locate(['text'])).toEqual({ line: 2, column: 7 });
		expect(f.locate(['text'], 'key')).toEqual({ line: 2, column: 1 });
		expect(f.locate(['supports', 1])).toEqual({ line: 5, column: 5 });
		expect(f.locate(['evidence', 0, 'quote'])).toEqual({ line: 8, column: 12 });
	});
	it('falls back to the nearest existing parent', () => {
		expect(f.locate(['evidence', 0, 'locator'])).toEqual({ line: 7, column: 5 });
		expect(f.locate(['missing'])).toEqual({ line: 2, column: 1 });
		expect(f.locate(['supports', 9])).toEqual({ line: 4, column: 3 });
	});
	it('points at the key of an empty value', () => {
		expect(f.locate(['speaker'])).toEqual({ line: 9, column: 1 });
	});
});
