/**
 * Characters a reader cannot see: zero-width spaces and joiners, soft hyphens, and the
 * bidirectional controls that make a browser show text in another order than the file
 * holds it (U+202E turns "abc" into "cba" on the page). Warned with their position.
 */
import type { Problem } from '../../problem';
import type { Position } from '../../problem';
import type { DataPath, YamlFile } from '../../yaml-source';
import { formatPath } from '../../schema-issues';
import { rule, type Rule } from '../rule';

const NAMES: Record<number, string> = {
	0x00ad: 'soft hyphen',
	0x061c: 'Arabic letter mark',
	0x180e: 'Mongolian vowel separator',
	0x200b: 'zero-width space',
	0x200c: 'zero-width non-joiner',
	0x200d: 'zero-width joiner',
	0x200e: 'left-to-right mark',
	0x200f: 'right-to-left mark',
	0x202a: 'left-to-right embedding',
	0x202b: 'right-to-left embedding',
	0x202c: 'pop directional formatting',
	0x202d: 'left-to-right override',
	0x202e: 'right-to-left override',
	0x2060: 'word joiner',
	0x2061: 'invisible function application',
	0x2062: 'invisible times',
	0x2063: 'invisible separator',
	0x2064: 'invisible plus',
	0x2066: 'left-to-right isolate',
	0x2067: 'right-to-left isolate',
	0x2068: 'first strong isolate',
	0x2069: 'pop directional isolate',
	0xfeff: 'zero-width no-break space'
};
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
// Each listed on its own (no joined sequences are meant), so the alternation is explicit.
const INVISIBLE =
	/\u00AD|\u061C|\u180E|\u200B|\u200C|\u200D|\u200E|\u200F|\u202A|\u202B|\u202C|\u202D|\u202E|\u2060|\u2061|\u2062|\u2063|\u2064|\u2066|\u2067|\u2068|\u2069|\uFEFF/g;
/** A zero-width joiner between emoji builds one picture (👩‍💻): that one is meant. */
const EMOJI_BEFORE = /(?:\p{Extended_Pictographic}|\uFE0F)$/u;

export interface FileInput {
	path: string;
	text: string;
	yaml: YamlFile;
}

const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

const r: Rule<FileInput> = rule<FileInput>({
	code: 'invisible-character',
	severity: 'warning',
	layer: 'file',
	description:
		'A text, label, name or title holds an invisible character (zero-width space, soft hyphen) or one that changes the direction text is shown in (right-to-left override).',
	check({ path, text, yaml }) {
		const byValue = new Map<string, { offset: number; chars: number[] }>();
		for (const m of text.matchAll(INVISIBLE)) {
			const c = m[0].charCodeAt(0);
			if (c === 0xfeff && m.index === 0) continue; // a byte-order mark
			if (c === 0x200d && EMOJI_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index)))
				continue;
			const where = yaml.pathAt(m.index);
			const key = where
				? formatPath(where) || '(value)'
				: `#comment@${yaml.position(m.index).line}`;
			const entry = byValue.get(key) ?? { offset: m.index, chars: [] };
			entry.chars.push(c);
			byValue.set(key, entry);
		}
		// Written as an escape ("\u202E") the character is only in the parsed value.
		const escaped: Array<[string, DataPath, number[]]> = [];
		const walk = (v: unknown, at: DataPath) => {
			if (typeof v === 'string') {
				const key = formatPath(at) || '(value)';
				const chars = [...v.matchAll(INVISIBLE)].map((m) => m[0].charCodeAt(0));
				if (chars.length && !byValue.has(key)) escaped.push([key, at, chars]);
			} else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...at, i]));
			else if (v && typeof v === 'object')
				for (const [k, x] of Object.entries(v)) walk(x, [...at, k]);
		};
		walk(yaml.value, []);
		const out: Problem[] = [];
		const report = (key: string, pos: Position, chars: number[]) => {
			const first = chars[0];
			const field = key.startsWith('#comment') ? 'a comment' : `"${key}"`;
			const more = chars.length > 1 ? ` (and ${chars.length - 1} more there)` : '';
			const bidi = chars.some((c) => BIDI.test(String.fromCharCode(c)));
			out.push(
				r.at(
					path,
					pos,
					`Invisible character ${hex(first)} (${NAMES[first]}) in ${field}${more}.`,
					bidi
						? 'Delete it: it changes the order in which the text around it is shown, so the site would show something other than what the file says.'
						: 'Delete it: readers cannot see it, and it makes the text differ from what it looks like.'
				)
			);
		};
		for (const [key, { offset, chars }] of byValue) report(key, yaml.position(offset), chars);
		for (const [key, at, chars] of escaped) report(key, yaml.locate(at), chars);
		return out;
	}
});
export default r;
