import { describe, expect, it } from 'vitest';
import { safeIo, safeName, terminalSafe } from './terminal';

describe('terminal safety', () => {
	it('spells out ESC, BEL, OSC, C1 and direction controls; keeps line breaks and tabs', () => {
		expect(terminalSafe('a\u001b[2Jb\u001b]0;pwned\u0007c\u009bd\u202ee\n\tf')).toBe(
			'a\\u{1b}[2Jb\\u{1b}]0;pwned\\u{7}c\\u{9b}d\\u{202e}e\n\tf'
		);
		expect(safeName('x\ny\u001b')).toBe('x\\u{a}y\\u{1b}');
	});
	it('keeps the script’s own colours only on a colour terminal', () => {
		const seen: string[] = [];
		const sink = { out: (s: string) => seen.push(s), err: (s: string) => seen.push(s) };
		safeIo({ ...sink, color: true }).out('\u001b[31mred\u001b[39m and \u0007');
		safeIo({ ...sink, color: false }).err('\u001b[31mred\u001b[39m');
		expect(seen).toEqual(['\u001b[31mred\u001b[39m and \\u{7}', '\\u{1b}[31mred\\u{1b}[39m']);
	});
});
