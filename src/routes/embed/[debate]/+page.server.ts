import { debateEntries, mapPayloadOf, requireDebate } from '$lib/server/debates';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = debateEntries;

export function load({ params }) {
	// The same payload as the map page: the embed is the map, without the site around it.
	return { payload: mapPayloadOf(requireDebate(params.debate)) };
}
