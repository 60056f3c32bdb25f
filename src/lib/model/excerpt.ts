/**
 * A debate cut down to what one claim's page needs, so each prerendered page carries
 * a few kilobytes instead of the whole debate.
 */
import { dict } from '$lib/shared/records';
import type { ClaimContext } from './graph';
import type { Debate } from './types';

export function debateExcerpt(debate: Debate, ctx: ClaimContext): Debate {
	const claims: Debate['claims'] = dict();
	for (const id of Object.keys(ctx.sides)) claims[id] = debate.claims[id];
	const people: Debate['people'] = dict();
	const sources: Debate['sources'] = dict();
	for (const c of Object.values(claims)) {
		// Who holds it and who raised or reported it: the page names both.
		for (const p of [c.speaker, c.by]) if (p && debate.people[p]) people[p] = debate.people[p];
	}
	for (const e of debate.claims[ctx.id].evidence ?? [])
		sources[e.source] = debate.sources[e.source];
	for (const p of Object.values(people)) {
		for (const r of p.roles ?? [])
			if (debate.sources[r.source]) sources[r.source] = debate.sources[r.source];
	}
	return {
		id: debate.id,
		meta: debate.meta,
		thesis: debate.thesis,
		claims,
		people,
		sources,
		moved: dict()
	};
}
