/** A small index of a debate's claim ids, for the "no such claim" page and moved links. */
import { json } from '@sveltejs/kit';
import { debateById, debates } from '$lib/server/debates';
import { claimTitle } from '$lib/map/labels';
import type { EntryGenerator } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [...debates().keys()].map((debate) => ({ debate }));

export function GET({ params }) {
	const debate = debateById(params.debate);
	if (!debate) return json({ claims: [], moved: {} }, { status: 404 });
	return json({
		title: debate.meta.title,
		claims: Object.values(debate.claims).map((c) => ({ id: c.id, title: claimTitle(c) })),
		moved: debate.moved
	});
}
