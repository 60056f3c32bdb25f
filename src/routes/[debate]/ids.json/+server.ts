/** A small index of a debate's claim ids, for the "no such claim" page and moved links. */
import { json } from '@sveltejs/kit';
import { debateEntries, debates } from '$lib/server/debates';
import { claimIndex } from '$lib/model/labels';
import type { EntryGenerator } from './$types';

export const prerender = true;

export const entries: EntryGenerator = debateEntries;

export function GET({ params }) {
	const debate = debates().get(params.debate);
	if (!debate) return json({ claims: [], moved: {} }, { status: 404 });
	return json({
		title: debate.meta.title,
		claims: claimIndex(debate),
		moved: debate.moved
	});
}
