/**
 * JSON text from a foreign tool: parse errors, and nesting far deeper than any argument map
 * (which would overflow the stack of whatever walks it: reliability review F15), become an
 * ImportError with line and column, never a stack trace.
 */
import { ImportError } from './types';

/** Crux JSON and AIF nest about five levels; anything near this is not an argument map. */
export const MAX_JSON_DEPTH = 100;

/** Offset where `[`/`{` nesting outside strings first passes `limit`, or -1. */
function tooDeepAt(text: string, limit: number): number {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 92)
				i++; // backslash: skip the escaped character
			else if (c === 34) inString = false;
		} else if (c === 34) inString = true;
		else if (c === 91 || c === 123) {
			if (++depth > limit) return i;
		} else if (c === 93 || c === 125) depth--;
	}
	return -1;
}

export function parseJson(text: string, what: string): unknown {
	const body = text.replace(/^\uFEFF/, '');
	const deep = tooDeepAt(body, MAX_JSON_DEPTH);
	if (deep !== -1) {
		const before = body.slice(0, deep).split('\n');
		const line = before.length;
		const column = before[before.length - 1].length + 1;
		throw new ImportError(
			`This ${what} file nests lists and objects more than ${MAX_JSON_DEPTH} deep (line ${line}, column ${column}), far more than any argument map; nothing was read.`,
			line,
			column
		);
	}
	try {
		return JSON.parse(body);
	} catch (e) {
		const msg = e instanceof Error ? e.message : String(e);
		const lc = /line (\d+) column (\d+)/.exec(msg);
		const pos = /position (\d+)/.exec(msg);
		let line = lc ? Number(lc[1]) : 1;
		let column = lc ? Number(lc[2]) : 1;
		if (!lc && pos) {
			const before = body.slice(0, Number(pos[1])).split('\n');
			line = before.length;
			column = before[before.length - 1].length + 1;
		} else if (!lc) {
			// Older engines name no position: find the shortest prefix that fails for a reason
			// other than ending early; its last character is the fault (binary search, so cheap).
			const early = (n: number) => {
				try {
					JSON.parse(body.slice(0, n));
					return true;
				} catch (err) {
					return /end of (JSON )?input|Unterminated/i.test(err instanceof Error ? err.message : '');
				}
			};
			let lo = 0;
			let hi = body.length;
			while (lo < hi) {
				const mid = (lo + hi) >> 1;
				if (early(mid + 1)) lo = mid + 1;
				else hi = mid;
			}
			const before = body.slice(0, lo).split('\n');
			line = before.length;
			column = before[before.length - 1].length + 1;
		}
		throw new ImportError(
			`This ${what} file is not valid JSON (line ${line}, column ${column}): ${msg.replace(/^JSON\.parse: /, '').replace(/\s+/g, ' ')}`,
			line,
			column
		);
	}
}

export const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

export const str = (x: unknown): string | undefined =>
	typeof x === 'string' ? x : typeof x === 'number' ? String(x) : undefined;

/**
 * JSON for files people download and tools embed: `<`, `>` and `&` written as \u escapes (still
 * the same JSON), so no text can close a <script> or start markup if the file is pasted into
 * a page; line separators escaped for old JavaScript parsers.
 */
export function safeJson(value: unknown): string {
	return JSON.stringify(value, null, '\t')
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}
