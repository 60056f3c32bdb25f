/**
 * What every page under prep/[side]/ starts from: the debate (only its id and meta travel to
 * the page), the side, and the debate's graph and status, computed once per build.
 */
import { error } from '@sveltejs/kit';
import { debateGraph, debateStatusOf, debates, requireDebate } from '$lib/server/debates';
import { isSide } from '$lib/model/sides';
import { SIDES } from '$lib/schema';

/** Both sides of every debate: the pages under prep/[side]/ share these. */
export function sideEntries() {
	return [...debates().keys()].flatMap((debate) => SIDES.map((side) => ({ debate, side })));
}

export function loadSide(params: { debate: string; side: string }) {
	const debate = requireDebate(params.debate);
	const side = params.side;
	if (!isSide(side)) error(404, { message: `“${side}” is not a side: choose “for” or “against”.` });
	return {
		debate,
		graph: debateGraph(debate),
		status: debateStatusOf(debate),
		side,
		/** What the page itself gets of the debate. */
		meta: { id: debate.id, meta: debate.meta }
	};
}
