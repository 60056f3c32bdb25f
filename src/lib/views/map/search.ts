/**
 * Incremental claim search: every word typed must appear in a claim's title, its text
 * (where the page has it), its speaker's or raiser's name, the titles and authors of the
 * sources it quotes, or its tags. Ranking, so a student searching a name or a topic
 * meets each side's case before its asides:
 *  - a word that names the claim's speaker scores 3 (the name itself, not the outlet in
 *    brackets: "taiwan" is not a name because of "Global Taiwan Brief"); such a word
 *    scores nothing more for also being in the title ("Newsham grants …");
 *  - otherwise a word starting a title word scores 2, inside one 1;
 *  - ties go to the speaker's own case before what they report, raise or concede, then
 *    to reading order, so "newsham" lists Newsham's case in the order he made it.
 */
import { sourceLabel } from './filters';
import type { MapModel } from './payload';
import { roleOf } from './payload';
import { voiceOf } from './tree-layout';

export interface SearchIndex {
	entries: Array<{
		id: string;
		title: string;
		who: string;
		haystack: string;
		titleKey: string;
		/** The speaker's and raiser's names, without bracketed outlets. */
		nameKey: string;
		/** 0 for a speaker's own case, 1 for what is reported, 2 for what is raised or conceded. */
		aside: number;
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
			const { role, by } = roleOf(model, i);
			const names = [p.speakers[i] >= 0 ? model.speakerNames[i] : '', by ?? '']
				.map((n) => n.replace(/\([^)]*\)/g, ''))
				.join(' ');
			return {
				id,
				title,
				who,
				titleKey: fold(title),
				nameKey: fold(names),
				aside: role === 'asserted' ? 0 : role === 'reported' ? 1 : 2,
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
	const starts = words.map((w) => new RegExp(`(^|[^\\p{L}\\p{N}])${escape(w)}`, 'u'));
	const scored: Array<{ id: string; title: string; who: string; score: number; aside: number }> =
		[];
	for (const e of index.entries) {
		if (!words.every((w) => e.haystack.includes(w))) continue;
		let score = 0;
		words.forEach((w, k) => {
			if (starts[k].test(e.nameKey)) score += 3;
			else if (starts[k].test(e.titleKey)) score += 2;
			else if (e.titleKey.includes(w)) score += 1;
		});
		scored.push({ id: e.id, title: e.title, who: e.who, score, aside: e.aside });
	}
	// Entries are in reading order and the sort is stable, so that order breaks the last tie.
	scored.sort((a, b) => b.score - a.score || a.aside - b.aside);
	return scored.slice(0, limit).map(({ id, title, who }) => ({ id, title, who }));
}

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
