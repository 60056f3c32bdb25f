import { slugWords } from '$lib/shared/text';

/** Claim ids from claim text: lowercase kebab-case, at most 60 characters, unique in the debate. */
export const SLUG_MAX = 60;

/** Words that make an id longer without making it more recognisable. */
const FILLER = new Set(['a', 'an', 'the']);

export function slugify(text: string, max = SLUG_MAX): string {
	const words = slugWords(text);
	const kept = words.length > 1 ? words.filter((w, i) => i > 0 || !FILLER.has(w)) : words;
	let out = '';
	for (const w of kept) {
		const next = out ? `${out}-${w}` : w;
		if (next.length > max) {
			if (!out) out = w.slice(0, max);
			break;
		}
		out = next;
	}
	return out;
}

/** An id for `text` that is not in `existing`: "some-claim", then "some-claim-2", "some-claim-3"… */
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

export function idFromText(text: string, existing: Iterable<string> = [], max = SLUG_MAX): string {
	return uniqueId(slugify(text, max), existing, max);
}
