/**
 * Ids for new files, made from what a contributor typed: lowercase kebab-case through the
 * one `slugify` (src/lib/shared/text.ts), at most 60 characters, cut at a word boundary and
 * never ending on a word that leaves the phrase hanging ("…-would-in"), unique in the debate.
 */
import { slugify, slugWords } from '$lib/shared/text';

export const SLUG_MAX = 60;

/** Words that make an id longer without making it more recognisable. */
const LEADING = new Set(['a', 'an', 'the']);
/** Words an id should not end on: the phrase would stop mid-way. */
const TRAILING = new Set(
	'a an the and or but of to in on at by for from with as than that which who would could should will can may might must is are was were be been its their his her'.split(
		' '
	)
);

/** An id for a text or name: leading articles dropped, cut at a word boundary, no hanging last word. */
export function idOf(text: string, max = SLUG_MAX): string {
	const words = slugWords(text);
	const kept = words.length > 1 && LEADING.has(words[0]) ? words.slice(1) : words;
	const cut = slugify(kept, max).split('-');
	while (cut.length > 1 && TRAILING.has(cut[cut.length - 1])) cut.pop();
	return cut.join('-');
}

/** An id that is not in `existing`: "some-claim", then "some-claim-2", "some-claim-3"… */
export function uniqueId(base: string, existing: Iterable<string>, max = SLUG_MAX): string {
	const taken = new Set(existing);
	const root = (base || 'claim').slice(0, max).replace(/-+$/, '') || 'claim';
	if (!taken.has(root)) return root;
	for (let n = 2; ; n++) {
		const suffix = `-${n}`;
		const candidate = `${root.slice(0, max - suffix.length).replace(/-+$/, '')}${suffix}`;
		if (!taken.has(candidate)) return candidate;
	}
}

/** The id for a new claim: from its label when it has one (short and chosen), else from its text. */
export function idFromText(text: string, existing: Iterable<string> = [], max = SLUG_MAX): string {
	return uniqueId(idOf(text, max), existing, max);
}
