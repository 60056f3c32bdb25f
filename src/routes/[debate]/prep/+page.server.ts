import { error } from '@sveltejs/kit';
import { debateById, debates } from '$lib/server/debates';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => [...debates().keys()].map((debate) => ({ debate }));

export function load({ params }) {
	const debate = debateById(params.debate);
	if (!debate) error(404, { message: `There is no debate called “${params.debate}”.` });
	// The chooser needs only the names, not the whole map.
	return { debate: { id: debate.id, meta: debate.meta } };
}
