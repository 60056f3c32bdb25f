/**
 * Comparing a quote with its source's text. Typographic variants that editors and copy-paste
 * introduce are not differences of wording, so they are normalised away; anything else must
 * match word for word.
 */
import { editDistance } from '$lib/shared/text';

const SINGLE = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASH = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\uFE58\uFE63\uFF0D]/g;
// Each listed on its own (no joined sequences are meant), so the alternation is explicit.
const INVISIBLE = /\u00AD|\u200B|\u200C|\u200D|\u2060|\uFEFF/g;

export function normalizeQuote(s: string): string {
	return (
		s
			.normalize('NFC')
			.replace(INVISIBLE, '')
			.replace(SINGLE, "'")
			.replace(DOUBLE, '"')
			.replace(DASH, '-')
			.replace(/\u2026/g, '...')
			.replace(/\s+/g, ' ')
			// "a—b" and "a - b" are the same dash typeset differently.
			.replace(/ ?- ?/g, '-')
			.trim()
	);
}

/** Whether `quote` occurs in `text` (both already normalised), letting the first letter differ in case. */
export function containsQuote(text: string, quote: string): boolean {
	if (quote === '') return true;
	const first = quote.search(/\p{L}/u);
	if (first === -1) return text.includes(quote);
	const head = quote.slice(0, first);
	const letter = quote[first].toLowerCase();
	const rest = quote.slice(first + 1);
	// indexOf('') never returns -1, so a quote ending at its first letter needs its own test.
	if (rest === '') return text.toLowerCase().includes(head.toLowerCase() + letter);
	for (let pos = text.indexOf(rest, first + 1); pos !== -1; pos = text.indexOf(rest, pos + 1)) {
		const at = pos - 1;
		if (at - first < 0) continue;
		if (text[at].toLowerCase() === letter && text.slice(at - first, at) === head) return true;
	}
	return false;
}

function wordKey(w: string): string {
	return normalizeQuote(w)
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]/gu, '');
}

/** The passage of `text` most like `quote`: a window of as many words, scored by shared words and word pairs. */
export function closestPassage(
	quote: string,
	text: string
): { passage: string; similarity: number } | undefined {
	const qWords = quote.split(/\s+/).map(wordKey).filter(Boolean);
	if (!qWords.length) return undefined;
	const uni = new Set(qWords);
	const bi = new Set(qWords.slice(1).map((w, i) => qWords[i] + ' ' + w));
	const tokens: Array<{ key: string; start: number; end: number }> = [];
	for (const m of text.matchAll(/\S+/g)) {
		const key = wordKey(m[0]);
		if (key) tokens.push({ key, start: m.index, end: m.index + m[0].length });
	}
	if (!tokens.length) return undefined;
	const k = Math.min(qWords.length, tokens.length);
	const score = new Float64Array(tokens.length + 1);
	for (let i = 0; i < tokens.length; i++) {
		const u = uni.has(tokens[i].key) ? 1 : 0;
		const b = i + 1 < tokens.length && bi.has(tokens[i].key + ' ' + tokens[i + 1].key) ? 2 : 0;
		score[i + 1] = score[i] + u + b;
	}
	let best = 0;
	let bestScore = -1;
	for (let i = 0; i + k <= tokens.length; i++) {
		const s = score[i + k] - score[i];
		if (s > bestScore) {
			bestScore = s;
			best = i;
		}
	}
	// Word scores find the neighbourhood; edit distance then settles where the passage starts and ends.
	const a = normalizeQuote(quote).toLowerCase();
	let result = { passage: '', similarity: -1 };
	for (let from = Math.max(0, best - 3); from <= Math.min(tokens.length - 1, best + 3); from++)
		for (let len = Math.max(1, k - 3); len <= k + 3 && from + len <= tokens.length; len++) {
			const passage = text
				.slice(tokens[from].start, tokens[from + len - 1].end)
				.replace(/\s+/g, ' ');
			const b = normalizeQuote(passage).toLowerCase();
			const similarity = 1 - editDistance(a, b) / Math.max(a.length, b.length, 1);
			if (similarity > result.similarity) result = { passage, similarity };
		}
	return result;
}
