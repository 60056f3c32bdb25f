/**
 * Terminal control characters in a value: ESC, BEL, backspace and the other C0 and C1 controls
 * (tab and line breaks excepted). YAML refuses them written raw (the file is then `not-text`),
 * but a double-quoted value may still spell them as escapes ("\e", "\a", "\x1b"). No argument,
 * name or title needs one; the page cannot show them, and printed by `npm run collect`,
 * `npm run validate` or `npm run diff` they would reach a teacher's terminal as commands (ESC[2J
 * clears the screen, an OSC sequence retitles the window). So they are an error, not a warning.
 */
import { formatPath } from '../../schema-issues';
import type { DataPath } from '../../yaml-source';
import { rule, type Rule } from '../rule';
import type { FileInput } from './invisible-character';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HAS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** A path as a message may show it: any control character in a key spelled out, never sent. */
const shown = (at: DataPath) =>
	(formatPath(at) || '(value)').replace(CONTROL, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);

const NAMES: Record<number, string> = {
	0x00: 'NUL',
	0x07: 'BEL, the terminal bell',
	0x08: 'backspace',
	0x1b: 'ESC, which starts terminal commands',
	0x7f: 'DEL',
	0x9b: 'CSI, which starts terminal commands'
};

const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

const r: Rule<FileInput> = rule<FileInput>({
	code: 'control-character',
	severity: 'error',
	layer: 'file',
	description:
		'A value holds a control character written as an escape ("\\e", "\\a", "\\x1b"): ESC, BEL and the other C0 and C1 controls mean nothing on the page and act as commands on a terminal.',
	check({ path, yaml }) {
		const out: Array<ReturnType<typeof r.at>> = [];
		const walk = (v: unknown, at: DataPath) => {
			if (typeof v === 'string') {
				const chars = [...v.matchAll(CONTROL)].map((m) => m[0].charCodeAt(0));
				if (!chars.length) return;
				const first = chars[0];
				const more = chars.length > 1 ? ` (and ${chars.length - 1} more there)` : '';
				out.push(
					r.at(
						path,
						yaml.locate(at),
						`Control character ${hex(first)}${NAMES[first] ? ` (${NAMES[first]})` : ''} in "${shown(at)}"${more}.`,
						'Delete it (in the file it is written as an escape such as \\e, \\a or \\x1b): text, names and titles hold only characters a reader sees.'
					)
				);
			} else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...at, i]));
			else if (v && typeof v === 'object')
				for (const [k, x] of Object.entries(v)) {
					// A key is part of the file too: "\e[2J": 1 would be shown by an unknown-key message.
					if (HAS_CONTROL.test(k))
						out.push(
							r.at(
								path,
								yaml.locate([...at, k], 'key'),
								`Control character in the key "${shown([...at, k])}".`,
								'Delete it: keys are the field names of the format.'
							)
						);
					walk(x, [...at, k]);
				}
		};
		walk(yaml.value, []);
		return out;
	}
});
export default r;
