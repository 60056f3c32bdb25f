/**
 * The YAML parser's errors, turned into one plain-words problem per mistake, on the line a
 * contributor has to change, with the fix. The parser reports where it got lost (often the
 * line above, or the end of the file) and then several follow-on errors; a newcomer needs
 * "this line is indented with a tab" or "put the text in double quotes" instead.
 */
import type { YAMLError } from 'yaml';
import type { Position, Problem } from './problem';
import YAML_SYNTAX from './rules/file/yaml-syntax';

interface Line {
	/** 1-based line number. */
	n: number;
	text: string;
	/** Leading spaces and tabs. */
	indent: string;
}

function linesOf(text: string): Line[] {
	return text.split('\n').map((raw, i) => {
		const t = raw.replace(/\r$/, '');
		return { n: i + 1, text: t, indent: /^[ \t]*/.exec(t)![0] };
	});
}

const blank = (l: Line) => /^\s*(#.*)?$/.test(l.text);

/** A "key: value" line, with or without a list dash: where the key and the value start (0-based). */
function keyLine(
	l: Line
): { key: string; keyCol: number; value: string; valueCol: number } | undefined {
	const m = /^([ \t]*(?:- +)*)([^\s#'"[{][^:#]*?):(?: +(.*))?$/.exec(l.text);
	if (!m) return undefined;
	const keyCol = m[1].length;
	const value = m[3] ?? '';
	return { key: m[2].trim(), keyCol, value, valueCol: value ? l.text.length - value.length : -1 };
}

/** Column (0-based) where a line's content starts, past any list dashes. */
function contentCol(l: Line): number {
	return /^[ \t]*(?:- +)*/.exec(l.text)![0].length;
}

function previousContent(lines: Line[], n: number): Line | undefined {
	for (let i = n - 2; i >= 0; i--) if (!blank(lines[i])) return lines[i];
	return undefined;
}

function nextContent(lines: Line[], n: number): Line | undefined {
	for (let i = n; i < lines.length; i++) if (!blank(lines[i])) return lines[i];
	return undefined;
}

const at = (line: number, column: number): Position => ({ line, column: Math.max(1, column) });
const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;

/** Where a quoted value opens and does not close on its line, if any (the start of an unclosed string). */
function unclosedQuote(lines: Line[]): { line: Line; col: number; mark: string } | undefined {
	for (const l of lines) {
		const k = keyLine(l);
		const start = k ? k.valueCol : contentCol(l);
		const rest = l.text.slice(start);
		const mark = rest[0];
		if (mark !== '"' && mark !== "'") continue;
		const body = rest.slice(1);
		const closed = mark === '"' ? /^(?:[^"\\]|\\.)*"/.test(body) : /^(?:[^']|'')*'(?!')/.test(body);
		if (!closed) return { line: l, col: start, mark };
	}
	return undefined;
}

interface Diagnosis {
	at: Position;
	message: string;
	hint?: string;
	/** A mistake confined to its own line: the parser recovers, so later lines are still worth reporting. */
	local?: boolean;
}

function quoteFix(key: string | undefined, value: string): string {
	const inner = value.trim().replace(/^["']|["']$/g, '');
	const q = JSON.stringify(inner);
	return key ? `${key}: ${q}` : q;
}

function diagnose(err: YAMLError, lines: Line[], line: number, col: number): Diagnosis | undefined {
	const l = lines[line - 1] ?? lines[lines.length - 1];
	const k = l ? keyLine(l) : undefined;
	const msg = err.message;
	if (/end with an? [\]}]/.test(msg)) return bracket(msg, lines, l);
	switch (err.code) {
		case 'TAB_AS_INDENT': {
			const tabbed = lines.filter((x) => x.indent.includes('\t')).map((x) => x.n);
			const first = tabbed[0] ?? line;
			const more =
				tabbed.length > 1
					? ` (so ${tabbed.length === 2 ? 'is line' : 'are lines'} ${listLines(tabbed.slice(1))})`
					: '';
			return {
				at: at(first, 1),
				message: `Line ${first} is indented with a tab${more}; YAML indents with spaces only.`,
				hint: 'Indent with spaces like the line above: replace each tab at the start of the line with spaces.'
			};
		}
		case 'BLOCK_AS_IMPLICIT_KEY':
		case 'MULTILINE_IMPLICIT_KEY': {
			if (k && k.value && /:(\s|$)/.test(k.value) && !/^["'[{]/.test(k.value))
				return {
					at: at(l.n, k.valueCol + 1),
					message: `The text of "${k.key}" contains a colon followed by a space, which YAML reads as the start of another field.`,
					hint: `Put the text in double quotes: ${quoteFix(k.key, k.value)}`,
					local: true
				};
			if (/block sequence/.test(msg)) return indentation(lines, l);
			const next = nextContent(lines, l.n);
			if (next && next.indent.length > (k?.keyCol ?? contentCol(l)))
				return indentation(lines, next, l);
			return undefined;
		}
		case 'BAD_INDENT':
			return indentation(lines, l);
		case 'MISSING_CHAR': {
			if (/closing ["']?quote/i.test(msg) || /Missing closing/.test(msg)) {
				const open = unclosedQuote(lines);
				const mark = open?.mark ?? (msg.includes("'") ? "'" : '"');
				return {
					at: open ? at(open.line.n, open.col + 1) : at(line, col),
					message: `This text opens with ${mark} but never closes it, so YAML reads the rest of the file as part of the text.`,
					hint:
						mark === '"'
							? 'Add the closing " at the end of the text. A " inside the text is written \\".'
							: `Add the closing ' at the end of the text, or use double quotes. An apostrophe inside single quotes is written ''.`
				};
			}
			if (/followed by map values/.test(msg)) {
				if (k && k.value.startsWith('-')) return dashValue(l, k);
				const word = /^[ \t]*(?:- +)*(\S+)\s*(.*)$/.exec(l.text);
				return {
					at: at(l.n, contentCol(l) + 1),
					message: `Line ${l.n} has no colon: each line of a file is "field: value".`,
					hint: word
						? `Write the field name, a colon and a space, then the value: ${word[1]}: ${word[2] || '…'}`
						: 'Write the field name, a colon and a space, then the value.'
				};
			}
			if (/end with an? [\]}]/.test(msg)) return bracket(msg, lines, l);
			if (/without - indicator/.test(msg)) return indentation(lines, l);
			return undefined;
		}
		case 'UNEXPECTED_TOKEN': {
			if (k && k.value.startsWith('-') && /block-seq-ind/.test(msg)) return dashValue(l, k);
			if (k && /^'/.test(k.value))
				return {
					at: at(l.n, k.valueCol + 1),
					message: `The text of "${k.key}" is in single quotes and contains an apostrophe, which ends it early.`,
					hint: `Put the text in double quotes instead: ${quoteFix(k.key, k.value)}`,
					local: true
				};
			if (k && /^"/.test(k.value))
				return {
					at: at(l.n, k.valueCol + 1),
					message: `The text of "${k.key}" is in double quotes and contains a " that ends it early.`,
					hint: 'Write a " inside the text as \\", or use curly quotes (“ ”) inside it.',
					local: true
				};
			return undefined;
		}
		case 'BAD_SCALAR_START': {
			const ch = l?.text[col - 1] ?? '';
			return {
				at: at(line, col),
				message: `${k ? `The text of "${k.key}"` : 'This value'} starts with "${ch}", which YAML keeps for its own use.`,
				hint: k
					? `Put the text in double quotes: ${quoteFix(k.key, k.value)}`
					: 'Put the text in double quotes.',
				local: true
			};
		}
		case 'MULTIPLE_DOCS':
			return {
				at: at(line, col),
				message: 'This "---" line starts a second document, but a file holds exactly one.',
				hint: 'Remove the "---" line and everything after it, or move that part into a file of its own.'
			};
		default:
			if (/end with an? [\]}]/.test(msg)) return bracket(msg, lines, l);
			return undefined;
	}
}

function listLines(ns: number[]): string {
	if (ns.length <= 5)
		return ns.length === 1
			? String(ns[0])
			: `${ns.slice(0, -1).join(', ')} and ${ns[ns.length - 1]}`;
	return `${ns.slice(0, 4).join(', ')} and ${ns.length - 4} more`;
}

function dashValue(l: Line, k: NonNullable<ReturnType<typeof keyLine>>): Diagnosis {
	return {
		at: at(l.n, k.valueCol + 1),
		message: `The text of "${k.key}" starts with "- ", which YAML reads as the start of a list.`,
		hint: `Put the text in double quotes: ${quoteFix(k.key, k.value)}`,
		local: true
	};
}

function bracket(msg: string, lines: Line[], l: Line): Diagnosis {
	const close = /\]/.test(msg) ? ']' : '}';
	const open = close === ']' ? '[' : '{';
	// The line that opened the list or mapping and never closed it.
	let opener = l;
	for (let i = l.n - 1; i >= 0; i--) {
		const t = lines[i].text;
		if (t.lastIndexOf(open) > t.lastIndexOf(close)) {
			opener = lines[i];
			break;
		}
	}
	return {
		at: at(opener.n, opener.text.lastIndexOf(open) + 1),
		message: `This ${open === '[' ? 'list' : 'mapping'} opens with "${open}" but does not close it on the same line.`,
		hint: `Close it at the end of the line: ${opener.text.trim()}${close}`
	};
}

/** A line that is not lined up with the lines around it. */
function indentation(lines: Line[], l: Line, above = previousContent(lines, l.n)): Diagnosis {
	const have = l.indent.length;
	if (!above)
		return {
			at: at(l.n, 1),
			message: `Line ${l.n} is indented, but it is the first field of the file.`,
			hint: 'Start it at the beginning of the line, with no spaces before it.'
		};
	// List items line up at their dashes; fields line up at their names.
	const dash = (x: Line) => /^[ \t]*- /.test(x.text);
	const want = dash(l) && dash(above) ? above.indent.length : contentCol(above);
	const what = keyLine(above)?.key;
	const like = what ? ` "${what}:"` : ' the line';
	return {
		at: at(l.n, 1),
		message:
			want === 0
				? `Line ${l.n} is indented, but the line above is not, so YAML cannot tell which field it belongs to.`
				: have > want
					? `Line ${l.n} is indented further than the line above (${spaces(have)} instead of ${want}), so YAML cannot tell which field it belongs to.`
					: `Line ${l.n} is indented ${spaces(have)}, but${like} above starts after ${spaces(want)}.`,
		hint:
			want === 0
				? `Start it at the beginning of the line, in line with${like} above.`
				: `Indent it with spaces like the line above: ${spaces(want)}, in line with${like}.`
	};
}

/**
 * One problem per mistake. Line-local mistakes (a colon or quote in unquoted text) are each
 * reported; after the first mistake that breaks the structure (a tab, an indent, an unclosed
 * quote or bracket), the parser's later errors are echoes of it and are dropped.
 */
export function syntaxProblems(
	path: string,
	text: string,
	errors: readonly YAMLError[],
	position: (offset: number) => Position
): Problem[] {
	const lines = linesOf(text);
	const out: Problem[] = [];
	const lineTaken = new Set<number>();
	let structural = false;
	for (const err of errors) {
		if (err.code === 'DUPLICATE_KEY' || err.code === 'RESOURCE_EXHAUSTION') continue;
		const pos = position(err.pos[0]);
		const d = diagnose(err, lines, pos.line, pos.column) ?? {
			at: pos,
			message: `YAML syntax error: ${plain(err.message)}.`,
			hint: structural
				? undefined
				: 'Check this line and the one above it for a stray character or a wrong indent.'
		};
		if (structural && !d.local) continue;
		if (lineTaken.has(d.at.line)) continue;
		lineTaken.add(d.at.line);
		out.push(YAML_SYNTAX.at(path, d.at, d.message, d.hint));
		if (!d.local) structural = true;
	}
	return out;
}

function plain(s: string): string {
	return s
		.replace(/\s+/g, ' ')
		.replace(/[.:]\s*$/, '')
		.trim();
}
