/**
 * Does a source's claim say what its quote says? Only a reader can tell, but a claim that
 * shares almost none of its own words with its quote is worth a second look: "Japan should stop
 * all defense contact with Taiwan immediately" given to Benjamin Self with his quote
 * "Preservation of Taiwan's de facto independence is a core security interest of Japan" shares
 * only the debate's topic words. This measures that, roughly: the claim's content words (no
 * short or common words, nor the words of the debate's own title and resolution, which every
 * claim uses), cut to their first five letters so "provoke" and "provoking" meet, and the share
 * of them the quotes also hold. A warning, never a refusal: a fair paraphrase can use other
 * words, and a quote can share every word and still not say it ("should not stop").
 * On the bundled debate, 1 of its 248 quoted claims falls under the line. Pure, browser-safe.
 */
import { rule } from '$lib/validate/rules/rule';

export const QUOTE_OVERLAP = rule({
	code: 'quote-overlap',
	severity: 'warning',
	layer: 'claim',
	description:
		'A proposed claim given to a source shares almost none of its words with its quote (beyond the debate’s topic): the quote may not say it.'
});

/** Below this share of the claim's own words found in its quotes, the claim is flagged. */
export const MIN_OVERLAP = 0.2;

const STOP = new Set(
	(
		'a an the and or but if of to in on at by for with from as is are was were be been being ' +
		'it its this that these those there their they them he she his her we our you your not ' +
		'no nor so than then too very can could would should will shall may might must do does ' +
		'did has have had which who whom whose what when where why how all any both each few ' +
		'more most other some such only own same just also into over under about after before ' +
		'between through during without within upon out up down off again further once here ' +
		'because while whether either neither'
	).split(' ')
);

const stem = (w: string) => w.slice(0, 5);

/** The content words of a text, each cut to its stem. */
export function contentWords(text: string): Map<string, string> {
	const out = new Map<string, string>();
	const words = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]s\b/g, '')
		.split(/[^\p{L}\p{N}]+/u);
	for (const w of words)
		if (w.length >= 3 && !STOP.has(w) && !out.has(stem(w))) out.set(stem(w), w);
	return out;
}

export interface Overlap {
	/** Share of the claim's own words that its quotes hold, 0..1. */
	share: number;
	/** The claim's own words no quote holds, as the claim spells them. */
	missing: string[];
}

/**
 * How much of a claim's wording its quotes hold, leaving out the words of `topic` (the
 * debate's title and resolution). Undefined when there is too little to judge: fewer than two
 * words of its own, or no quote.
 */
export function quoteOverlap(text: string, quotes: string[], topic = ''): Overlap | undefined {
	const skip = contentWords(topic);
	const own = [...contentWords(text)].filter(([s]) => !skip.has(s));
	const quoted = new Set(quotes.flatMap((q) => [...contentWords(q).keys()]));
	if (own.length < 2 || !quoted.size) return undefined;
	const missing = own.filter(([s]) => !quoted.has(s)).map(([, w]) => w);
	return { share: (own.length - missing.length) / own.length, missing };
}

/** The warning for a claim whose quotes hold too little of it, or undefined. */
export function overlapFinding(
	text: string,
	quotes: string[],
	topic = ''
): { message: string; hint: string } | undefined {
	const o = quoteOverlap(text, quotes, topic);
	if (!o || o.share >= MIN_OVERLAP) return undefined;
	const words = o.missing.slice(0, 4).map((w) => `“${w}”`);
	return {
		message: `The claim and its quote share almost no words: ${words.join(', ')}${o.missing.length > 4 ? ' and more' : ''} ${o.missing.length === 1 ? 'is' : 'are'} not in the quote.`,
		hint: 'A source’s claim must say what its quote says. Check that the quote carries it (reword the claim closer to the quote), or make it your own claim.'
	};
}
