/** What a ballot needs to recompute every verdict in the browser (views/ballot/data.ts); fetched when a ballot opens. */
import { json } from '@sveltejs/kit';
import { debateEntries, debateGraph, debates } from '$lib/server/debates';
import { ballotData, resolutionLines } from '$lib/views/ballot/data';
import type { EntryGenerator } from './$types';

export const prerender = true;

export const entries: EntryGenerator = debateEntries;

export function GET({ params }) {
	const debate = debates().get(params.debate);
	if (!debate) return json({}, { status: 404 });
	const graph = debateGraph(debate);
	return json(ballotData(debate, graph, resolutionLines(debate, graph)));
}
