/**
 * Incremental claim search: every word typed must appear in a claim's title, its text
 * (where the page has it), its speaker's or raiser's name, the titles and authors of the
 * sources it quotes, or its tags; title hits rank first. "newsham" finds what Newsham
 * said, "kotani" what the Kotani piece holds.
 */
import { sourceLabel } from './filters';
import type { MapModel } from './payload';
import { voiceOf } from './tree-layout';

export interface SearchIndex {
	entries: Array<{
		id: string;
		title: string;
		who: string;
		haystack: string;
		titleKey: string;
		whoKey: string;
	}>;
}

export function fold(s: string): string {
	return s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[’‘]/g, "'")
		.toLowerCase();
}

export function buildSearchIndex(model: MapModel): SearchIndex {
	const p = model.payload;
	const texts = Array.isArray(p.details) ? p.details.map((d) => d.claim.text) : [];
	const sources = p.sources.map(sourceLabel);
	return {
		entries: model.ids.map((id, i) => {
			const title = model.titles[i];
			const tags = p.tags[i].map((t) => p.debate.meta.tags?.[p.tagIds[t]]?.label ?? '').join(' ');
			const cites = p.cites[i].map((s) => sources[s] ?? '').join(' ');
			const who = voiceOf(model, i);
			return {
				id,
				title,
				who,
				titleKey: fold(title),
				whoKey: fold(who),
				haystack: fold([title, texts[i] ?? '', who, cites, tags, id].join(' \u0000 '))
			};
		})
	};
}

export function searchClaims(
	index: SearchIndex,
	query: string,
	limit = 12
): Array<{ id: string; title: string; who: string }> {
	const words = fold(query).split(/\s+/).filter(Boolean);
	if (!words.length) return [];
	const scored: Array<{ id: string; title: string; who: string; score: number }> = [];
	for (const e of index.entries) {
		if (!words.every((w) => e.haystack.includes(w))) continue;
		let score = 0;
		for (const w of words) {
			if (e.titleKey.includes(w)) score += 2;
			if (e.titleKey.startsWith(w) || e.titleKey.includes(' ' + w)) score += 1;
			// Who said it beats where it was printed: "price" finds what Price said first.
			if (e.whoKey.includes(w)) score += 1;
		}
		scored.push({ id: e.id, title: e.title, who: e.who, score });
	}
	// Equal scores keep reading order, so a speaker's hits come in the order they said them.
	scored.sort((a, b) => b.score - a.score);
	return scored.slice(0, limit).map(({ id, title, who }) => ({ id, title, who }));
}
