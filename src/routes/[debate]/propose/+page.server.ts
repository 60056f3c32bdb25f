/**
 * "Propose a reply": prerendered once per debate. The target claim comes from ?to=<claim-id>,
 * read in the browser (a prerendered page cannot see search parameters at build time).
 */
import { debateEntries, requireDebate } from '$lib/server/debates';
import { claimIndex } from '$lib/model/labels';
import { voiceIndex } from '$lib/contrib/attribution';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = debateEntries;

export function load({ params }) {
	const debate = requireDebate(params.debate);
	const byTitle = <T extends { title: string }>(a: T, b: T) => a.title.localeCompare(b.title);
	return {
		context: {
			debate: debate.id,
			title: debate.meta.title,
			claims: claimIndex(debate).sort(byTitle),
			moved: Object.keys(debate.moved),
			people: Object.values(debate.people)
				.map((p) => ({ id: p.id, title: p.name, contributor: p.contributor === true }))
				.sort(byTitle),
			sources: Object.values(debate.sources)
				.map((s) => ({ id: s.id, title: s.title }))
				.sort(byTitle),
			tags: Object.entries(debate.meta.tags ?? {}).map(([id, t]) => ({ id, title: t.label })),
			// Who speaks in which source: the form's attribution check, as `npm run collect`'s.
			voices: voiceIndex(debate),
			// What each claim supports or attacks, for a reply that undercuts one of those links.
			relations: Object.fromEntries(
				Object.values(debate.claims).map((c) => [
					c.id,
					[
						...(c.supports ?? []).map((to) => ({ relation: 'supports' as const, to })),
						...(c.attacks ?? []).map((to) => ({ relation: 'attacks' as const, to }))
					]
				])
			)
		}
	};
}
