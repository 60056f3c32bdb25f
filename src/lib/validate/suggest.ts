import { editDistance } from '$lib/shared/text';

/** "Did you mean …": the nearest known name by edit distance, only when it is close enough to be a likely typo. */

/** Allowed distance grows with length: short names need a near-exact match to be a convincing guess. */
function tolerance(name: string): number {
	return Math.max(1, Math.min(4, Math.round(name.length / 3)));
}

export function closest(name: string, candidates: Iterable<string>): string | undefined {
	const max = tolerance(name);
	let best: string | undefined;
	let bestDistance = max + 1;
	const lower = name.toLowerCase();
	for (const c of candidates) {
		// A case-only or separator-only difference is the likeliest slip of all.
		if (c === lower || c === lower.replace(/[\s_]+/g, '-')) return c;
		const d = editDistance(lower, c, Math.min(max, bestDistance - 1));
		if (d < bestDistance) {
			best = c;
			bestDistance = d;
		}
	}
	if (best === undefined) {
		// A prefix of a longer id ("taiwan-sea" for "taiwan-sea-lanes") is also a likely slip.
		for (const c of candidates) if (name.length >= 4 && c.startsWith(lower)) return c;
		// So is a shortened word: "ben-self" for "benjamin-self", "j-taiwan" for "japan-taiwan".
		const words = lower.split('-');
		if (words.length > 1)
			for (const c of candidates) {
				const theirs = c.split('-');
				if (theirs.length === words.length && words.every((w, i) => w && theirs[i].startsWith(w)))
					return c;
			}
	}
	return best;
}

export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
	const c = closest(name, candidates);
	return c === undefined ? undefined : `Did you mean "${c}"?`;
}
