/**
 * Parse one YAML file defensively and map data paths back to line:column, so every
 * later check can point at the exact node a contributor has to edit.
 */
import {
	LineCounter,
	Scalar,
	isAlias,
	isMap,
	isPair,
	isScalar,
	isSeq,
	parseDocument,
	type Document,
	type Node
} from 'yaml';
import { show, START, type Position, type Problem } from './problem';
import DUPLICATE_KEY from './rules/file/duplicate-key';
import EMPTY_FILE from './rules/file/empty-file';
import NOT_TEXT from './rules/file/not-text';
import TOO_DEEP from './rules/file/too-deep';
import TOO_LARGE from './rules/file/too-large';
import WRONG_TYPE from './rules/file/wrong-type';
import YAML_ALIAS from './rules/file/yaml-alias';
import YAML_SYNTAX from './rules/file/yaml-syntax';
import YAML_WARNING from './rules/file/yaml-warning';
import type { Rule } from './rules/rule';
import { syntaxProblems } from './yaml-diagnose';

export type PathSegment = string | number;
export type DataPath = readonly PathSegment[];

/** Past this, a file is not hand-written argument data; parsing it only costs time. */
export const MAX_BYTES = 256 * 1024;
/** Our deepest legitimate structure is ~4 levels; anything far deeper is junk or an attack. */
export const MAX_DEPTH = 32;
/** The format needs no aliases at all; a small cap defuses "billion laughs" expansion. */
export const MAX_ALIASES = 20;
const MAX_SYNTAX_ERRORS = 10;

export interface YamlFile {
	path: string;
	/** Plain data, present only when the file parsed cleanly. */
	value?: unknown;
	problems: Problem[];
	/** Where a data path is: its value (for wrong values) or its key (for unknown keys). Falls back to the nearest parent that exists. */
	locate(path: DataPath, at?: 'value' | 'key'): Position;
	/** The data path of the text value that holds the character at `offset`, if any (a comment holds none). */
	pathAt(offset: number): DataPath | undefined;
	/** line:column of an offset into the text. */
	position(offset: number): Position;
}

const DEEP_HINT = 'The data is nested far too deeply to be an argument file.';

export function utf8Length(text: string): number {
	// Cheap bound first: a UTF-16 unit never takes more than 3 bytes in UTF-8.
	if (text.length * 3 <= MAX_BYTES) return text.length;
	return new TextEncoder().encode(text).length;
}

/** Offset of the first character that cannot occur in a text file: NUL, other C0 controls, or U+FFFD left by invalid UTF-8. */
export function firstNonTextChar(text: string): number {
	// eslint-disable-next-line no-control-regex -- finding control characters is the point
	const m = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD\uFFFE\uFFFF]/.exec(text);
	return m ? m.index : -1;
}

/**
 * A conservative nesting estimate made without parsing. The parser recurses per level, and
 * a stack overflow inside V8's regexp compiler is a fatal crash, not a catchable RangeError,
 * so absurdly deep input must be turned away before it reaches the parser.
 * Returns the offset where the limit is crossed, or -1.
 */
export function tooDeepAt(text: string, limit = MAX_DEPTH * 2): number {
	let flow = 0;
	let lineStart = true;
	let block = 0;
	// The last character that was not a space on this line ('' at its start): a quote opens a
	// quoted scalar only where a node starts (after "key: ", "- ", "[", "{" or ","); elsewhere,
	// as in `text: He said "x"`, it is part of a plain scalar.
	let before = '';
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10) {
			lineStart = true;
			block = 0;
			before = '';
			continue;
		}
		if (lineStart) {
			// Leading spaces and compact "- - -" / "? " indicators each open a block level.
			if (c === 32 || c === 9) {
				block++;
			} else if (
				(c === 45 || c === 63) &&
				(text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 10)
			) {
				block++;
			} else lineStart = false;
			if (block > limit * 4) return i;
		}
		if (c === 32 || c === 9) continue;
		if ((c === 34 || c === 39) && (before === '' || ':-[{,?'.includes(before))) {
			// A quoted scalar holds no structure: skip to its end (it may span lines).
			const close = c === 34 ? /(?:[^"\\]|\\[\s\S])*"/y : /(?:[^']|'')*'/y;
			close.lastIndex = i + 1;
			if (!close.exec(text)) return -1; // never closed: the parser reads the rest as text
			const end = close.lastIndex - 1;
			const lastNl = text.lastIndexOf('\n', end);
			if (lastNl > i) block = 0;
			i = end;
			before = '"';
			continue;
		}
		if (
			c === 35 &&
			(before === '' || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)
		) {
			// A comment: nothing in it is structure.
			const nl = text.indexOf('\n', i);
			if (nl === -1) return -1;
			i = nl - 1;
			continue;
		}
		if (c === 91 || c === 123) {
			if (++flow > limit) return i;
		} else if ((c === 93 || c === 125) && flow > 0) flow--;
		before = text[i];
	}
	return -1;
}

function positionOf(lineCounter: LineCounter, offset: number): Position {
	const { line, col } = lineCounter.linePos(offset);
	return { line: Math.max(1, line), column: Math.max(1, col) };
}

function lineStarts(text: string): LineCounter {
	const lc = new LineCounter();
	lc.addNewLine(0);
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
	return lc;
}

/** Keys that are lists or mappings ("? [a]: b") cannot become field names; the parser would stringify them with a warning. */
function complexKey(root: Node | null): Node | undefined {
	if (!root) return undefined;
	const stack: Node[] = [root];
	while (stack.length) {
		const node = stack.pop()!;
		if (isMap(node))
			for (const pair of node.items) {
				if (pair.key !== null && typeof pair.key === 'object' && !isScalar(pair.key))
					return pair.key as Node;
				// A tagged key (`!!binary text:`, `!!timestamp 2020-01-01:`) is a value, not a name.
				if (isScalar(pair.key) && pair.key.value !== null && typeof pair.key.value === 'object')
					return pair.key as Node;
				if (pair.value && typeof pair.value === 'object') stack.push(pair.value as Node);
			}
		else if (isSeq(node))
			for (const item of node.items) if (item && typeof item === 'object') stack.push(item as Node);
	}
	return undefined;
}

function depthExceeded(root: Node | null): Node | undefined {
	if (!root) return undefined;
	const stack: Array<[Node, number]> = [[root, 1]];
	while (stack.length) {
		const [node, depth] = stack.pop()!;
		if (depth > MAX_DEPTH) return node;
		if (isMap(node)) {
			for (const pair of node.items) {
				if (isPair(pair) && pair.value && typeof pair.value === 'object')
					stack.push([pair.value as Node, depth + 1]);
				if (isPair(pair) && pair.key && typeof pair.key === 'object' && !isScalar(pair.key))
					stack.push([pair.key as Node, depth + 1]);
			}
		} else if (isSeq(node)) {
			for (const item of node.items)
				if (item && typeof item === 'object') stack.push([item as Node, depth + 1]);
		}
	}
	return undefined;
}

/**
 * An alias inside the very value its anchor names (`x: &a [*a]`): the data would contain
 * itself. Each one found is replaced by null in the document, so the rest of the file can still
 * be checked, and returned with its offset. (An alias can only name an anchor before it, so a
 * loop always runs through an ancestor.)
 */
function cutAliasLoops(root: Node | null): Array<{ name: string; offset: number }> {
	const found: Array<{ name: string; offset: number }> = [];
	if (!root) return found;
	const stack: Array<{ node: unknown; anchors: readonly string[]; cut: () => void }> = [
		{ node: root, anchors: [], cut: () => {} }
	];
	while (stack.length) {
		const { node, anchors, cut } = stack.pop()!;
		if (isAlias(node)) {
			if (anchors.includes(node.source)) {
				found.push({ name: node.source, offset: nodeStart(node) ?? 0 });
				cut();
			}
			continue;
		}
		const anchor = (node as { anchor?: string } | null)?.anchor;
		const inner = anchor ? [...anchors, anchor] : anchors;
		if (isMap(node))
			for (const pair of node.items)
				stack.push({
					node: pair.value,
					anchors: inner,
					cut: () => (pair.value = new Scalar(null))
				});
		else if (isSeq(node))
			node.items.forEach((item, i) =>
				stack.push({ node: item, anchors: inner, cut: () => (node.items[i] = new Scalar(null)) })
			);
	}
	return found;
}

function nodeStart(node: unknown): number | undefined {
	const range = (node as { range?: [number, number, number] } | null)?.range;
	return range ? range[0] : undefined;
}

function makeLocator(doc: Document | undefined, lc: LineCounter): YamlFile['locate'] {
	return (path, at = 'value') => {
		if (!doc || !doc.contents) return START;
		let node: unknown = doc.contents;
		let found = nodeStart(node) ?? 0;
		for (let i = 0; i < path.length; i++) {
			const seg = path[i];
			const last = i === path.length - 1;
			if (isMap(node)) {
				const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
				if (!pair) break;
				const keyStart = nodeStart(pair.key);
				if (last && at === 'key') return positionOf(lc, keyStart ?? found);
				const valueStart = nodeStart(pair.value);
				// An empty value ("speaker:") has no node worth pointing at; the key is where to type.
				const empty = pair.value == null || (isScalar(pair.value) && pair.value.value === null);
				found = (empty ? keyStart : valueStart) ?? keyStart ?? found;
				node = pair.value;
			} else if (isSeq(node) && typeof seg === 'number' && seg >= 0 && seg < node.items.length) {
				node = node.items[seg];
				found = nodeStart(node) ?? found;
			} else break;
			if (isAlias(node)) break;
		}
		return positionOf(lc, found);
	};
}

/** Depth-first over the document's scalars: the path of the one whose source range holds `offset`. */
function makePathAt(doc: Document | undefined): YamlFile['pathAt'] {
	return (offset) => {
		if (!doc || !doc.contents) return undefined;
		const stack: Array<[unknown, PathSegment[]]> = [[doc.contents, []]];
		while (stack.length) {
			const [node, path] = stack.pop()!;
			const range = (node as { range?: [number, number, number] } | null)?.range;
			if (range && (offset < range[0] || offset >= range[2])) continue;
			if (isScalar(node)) return path;
			if (isMap(node))
				for (const pair of node.items) {
					const key = isScalar(pair.key) ? String(pair.key.value) : '?';
					stack.push([pair.value, [...path, key]]);
					if (isScalar(pair.key)) stack.push([pair.key, path]);
				}
			else if (isSeq(node)) node.items.forEach((item, i) => stack.push([item, [...path, i]]));
		}
		return undefined;
	};
}

export function parseYaml(path: string, source: string): YamlFile {
	// A lone CR (old Mac line endings, or mixed endings) is a line break to every editor but
	// not to the YAML parser, which would read the whole file as one comment line. As LF it
	// has the same length, so every offset, line and column still points into the file as saved.
	const text = source.replace(/\r(?!\n)/g, '\n');
	const problems: Problem[] = [];
	const noDoc = {
		locate: () => START,
		pathAt: () => undefined,
		position: (offset: number) => positionOf(lineStarts(text), offset)
	};
	const fail = (at: Position, r: Rule, message: string, hint?: string): YamlFile => {
		problems.push(r.at(path, at, message, hint));
		return { path, problems, ...noDoc };
	};

	const bytes = utf8Length(text);
	if (bytes > MAX_BYTES) {
		return fail(
			START,
			TOO_LARGE,
			`The file is ${Math.round(bytes / 1024)} KB; argument files may be at most ${MAX_BYTES / 1024} KB, so it was not read.`,
			'A claim, source or person file holds a few short fields. Check that this is the file you meant to add.'
		);
	}
	const bad = firstNonTextChar(text);
	if (bad !== -1) {
		const code = text.charCodeAt(bad);
		return fail(
			positionOf(lineStarts(text), bad),
			NOT_TEXT,
			code === 0xfffd
				? 'The file is not valid UTF-8 text (it contains bytes that are not characters).'
				: `The file contains a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')}); it looks binary, not like YAML text.`,
			'Save the file as plain UTF-8 text, or remove it if it was added by mistake.'
		);
	}
	if (text.replace(/^\uFEFF/, '').trim() === '') {
		return fail(START, EMPTY_FILE, 'The file is empty.', 'Fill in the fields, or delete the file.');
	}

	const deepAt = tooDeepAt(text);
	if (deepAt !== -1)
		return fail(
			positionOf(lineStarts(text), deepAt),
			TOO_DEEP,
			`The data is nested more than ${MAX_DEPTH} levels deep.`,
			DEEP_HINT
		);

	const lc = new LineCounter();
	let doc: Document;
	try {
		doc = parseDocument(text, {
			lineCounter: lc,
			uniqueKeys: true,
			prettyErrors: false,
			strict: true,
			// Everything the parser notices is reported as a located problem; nothing on the console.
			logLevel: 'error'
		});
	} catch (e) {
		// The parser guards itself against deep input, but a throw here must still not reach the user.
		return fail(START, TOO_DEEP, `The file could not be parsed: ${describeError(e)}.`);
	}
	const locate = makeLocator(doc, lc);
	const position = (offset: number) => positionOf(lc, offset);
	const result: YamlFile = { path, problems, locate, pathAt: makePathAt(doc), position };

	const deep = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
	if (deep)
		problems.push(
			TOO_DEEP.at(path, position(deep.pos[0]), 'The data is nested too deeply to parse.', DEEP_HINT)
		);
	for (const err of doc.errors
		.filter((e) => e.code === 'DUPLICATE_KEY')
		.slice(0, MAX_SYNTAX_ERRORS)) {
		const key = /^\s*(?:- +)*([^:#]+?)\s*:/.exec(text.slice(err.pos[0]))?.[1];
		problems.push(
			DUPLICATE_KEY.at(
				path,
				position(err.pos[0]),
				key
					? `The field "${key}" appears twice in the same mapping; this is the second.`
					: 'This field appears twice in the same mapping (duplicate key).',
				'Each field may appear only once. Keep one of the two lines and delete the other.'
			)
		);
	}
	problems.push(
		...syntaxProblems(path, text, doc.errors.slice(0, MAX_SYNTAX_ERRORS * 3), position)
	);
	for (const w of doc.warnings.slice(0, MAX_SYNTAX_ERRORS)) {
		problems.push(
			w.code === 'TAG_RESOLVE_FAILED'
				? YAML_WARNING.at(
						path,
						position(w.pos[0]),
						`The YAML tag "${/^!\S*/.exec(text.slice(w.pos[0]))?.[0] ?? '!'}" is not used in argument files; the value after it is read as plain text.`,
						'Remove the tag.'
					)
				: YAML_WARNING.at(path, position(w.pos[0]), `YAML warning: ${oneLine(w.message)}.`)
		);
	}
	if (doc.errors.length) return result;

	const tooDeep = depthExceeded(doc.contents);
	if (tooDeep) {
		problems.push(
			TOO_DEEP.at(
				path,
				positionOf(lc, nodeStart(tooDeep) ?? 0),
				`The data is nested more than ${MAX_DEPTH} levels deep.`,
				DEEP_HINT
			)
		);
		return result;
	}
	const badKey = complexKey(doc.contents);
	if (badKey) {
		problems.push(
			YAML_SYNTAX.at(
				path,
				positionOf(lc, nodeStart(badKey) ?? 0),
				isScalar(badKey)
					? 'A field name must be plain text, not a value with a YAML tag such as "!!binary".'
					: 'A field name must be plain text, not a list or mapping.',
				'Write "field: value" with a simple name before the colon.'
			)
		);
		return result;
	}
	if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
		problems.push(
			EMPTY_FILE.at(
				path,
				START,
				'The file has no data, only comments or an empty value.',
				'Fill in the fields, or delete the file.'
			)
		);
		return result;
	}
	for (const loop of cutAliasLoops(doc.contents))
		problems.push(
			YAML_ALIAS.at(
				path,
				position(loop.offset),
				`The alias "*${loop.name}" is inside the value its anchor "&${loop.name}" names, so the value would contain itself; it is read as empty.`,
				'Write the value out in full instead of using YAML anchors and aliases (&name / *name).'
			)
		);
	try {
		result.value = doc.toJS({ maxAliasCount: MAX_ALIASES });
	} catch (e) {
		problems.push(
			YAML_ALIAS.at(
				path,
				START,
				/alias/i.test(describeError(e))
					? `The file uses more than ${MAX_ALIASES} YAML aliases, so it was not read.`
					: `The file could not be read: ${describeError(e)}.`,
				'Write values out in full instead of using YAML anchors and aliases (&name / *name).'
			)
		);
		return result;
	}
	if (result.value === null || typeof result.value !== 'object' || Array.isArray(result.value)) {
		problems.push(
			WRONG_TYPE.at(
				path,
				locate([]),
				`The file must be a mapping of fields ("field: value" lines), but it holds ${show(result.value)}.`,
				'Start each line with a field name and a colon, e.g. "text: …".'
			)
		);
		delete result.value;
	}
	return result;
}

function oneLine(s: string): string {
	return s
		.replace(/\s+/g, ' ')
		.replace(/[.:]\s*$/, '')
		.trim();
}

export function describeError(e: unknown): string {
	if (e instanceof RangeError) return 'it is nested too deeply';
	return oneLine(e instanceof Error ? e.message : String(e)).slice(0, 200);
}
