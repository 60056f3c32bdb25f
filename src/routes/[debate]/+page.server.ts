import { debateEntries, mapPayloadOf, requireDebate } from '$lib/server/debates';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = debateEntries;

export function load({ params }) {
	// The map ships its payload (structure and short texts), never the whole debate.
	return { payload: mapPayloadOf(requireDebate(params.debate)) };
}
