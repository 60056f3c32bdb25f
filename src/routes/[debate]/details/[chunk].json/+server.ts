/**
 * The map panel's details of large debates, a chunk of claims per file in payload order
 * (small debates carry them inline and have no chunks).
 */
import { error, json } from '@sveltejs/kit';
import { debateStatusOf, debates, mapPayloadOf, requireDebate } from '$lib/server/debates';
import { DETAILS_CHUNK } from '$lib/views/map/payload';
import type { EntryGenerator } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	[...debates().values()].flatMap((d) => {
		const details = mapPayloadOf(d).details;
		if (Array.isArray(details)) return [];
		return Array.from({ length: details.chunks }, (_, k) => ({ debate: d.id, chunk: String(k) }));
	});

export function GET({ params }) {
	const debate = requireDebate(params.debate);
	const payload = mapPayloadOf(debate);
	const k = Number(params.chunk);
	if (
		Array.isArray(payload.details) ||
		!Number.isInteger(k) ||
		k < 0 ||
		k >= payload.details.chunks
	)
		error(404, { message: `There is no details chunk “${params.chunk}”.` });
	const ids = payload.ids.slice(k * DETAILS_CHUNK, (k + 1) * DETAILS_CHUNK);
	const status = debateStatusOf(debate);
	return json(ids.map((id) => ({ claim: debate.claims[id], status: status[id] })));
}
