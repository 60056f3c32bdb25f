import { debateEntries, requireDebate } from '$lib/server/debates';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = debateEntries;

export function load({ params }) {
	const debate = requireDebate(params.debate);
	// The chooser needs only the names, not the whole map.
	return { debate: { id: debate.id, meta: debate.meta } };
}
