import { debateEntries, debateLayout, requireDebate } from '$lib/server/debates';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = debateEntries;

export function load({ params }) {
	const debate = requireDebate(params.debate);
	return { debate, layout: debateLayout(debate) };
}
