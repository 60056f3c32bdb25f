/** Claims a mistyped or outdated address probably meant, for the "no such claim" page. */
import { editDistance } from '$lib/shared/text';

export interface ClaimEntry {
	id: string;
	title: string;
}

export function claimSuggestions(entries: ClaimEntry[], wanted: string, limit = 5): ClaimEntry[] {
	const key = wanted.toLowerCase();
	const words = key.split(/[^a-z0-9]+/).filter((w) => w.length > 2);
	return entries
		.map((c) => {
			const shared = words.filter((w) => c.id.includes(w)).length;
			// Edit distance catches typos; shared words catch reworded ids.
			return { c, score: editDistance(key, c.id, 40) - shared * 6 };
		})
		.filter(({ score, c }) => score <= Math.max(4, c.id.length / 2))
		.sort((a, b) => a.score - b.score)
		.slice(0, limit)
		.map(({ c }) => c);
}
