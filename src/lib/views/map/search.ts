/** Incremental claim search: every word typed must appear; title hits rank first. */
import type { Debate } from '$lib/model/types';
import { claimTitle, speakerName } from '$lib/model/labels';

export interface SearchIndex {
	entries: Array<{ id: string; title: string; haystack: string; titleKey: string }>;
}

function fold(s: string): string {
	return s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[’‘]/g, "'")
		.toLowerCase();
}

export function buildSearchIndex(debate: Debate): SearchIndex {
	return {
		entries: Object.values(debate.claims).map((c) => {
			const title = claimTitle(c);
			const tags = (c.tags ?? []).map((t) => debate.meta.tags?.[t]?.label ?? t).join(' ');
			return {
				id: c.id,
				title,
				titleKey: fold(title),
				haystack: fold([title, c.text, speakerName(debate, c), tags, c.id].join(' \u0000 '))
			};
		})
	};
}

export function searchClaims(
	index: SearchIndex,
	query: string,
	limit = 12
): Array<{ id: string; title: string }> {
	const words = fold(query).split(/\s+/).filter(Boolean);
	if (!words.length) return [];
	const scored: Array<{ id: string; title: string; score: number }> = [];
	for (const e of index.entries) {
		if (!words.every((w) => e.haystack.includes(w))) continue;
		let score = 0;
		for (const w of words) {
			if (e.titleKey.includes(w)) score += 2;
			if (e.titleKey.startsWith(w) || e.titleKey.includes(' ' + w)) score += 1;
		}
		scored.push({ id: e.id, title: e.title, score });
	}
	scored.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));
	return scored.slice(0, limit).map(({ id, title }) => ({ id, title }));
}
