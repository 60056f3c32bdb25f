import type { EntryGenerator } from './$types';
import { loadSide, sideEntries } from './side.server';
import { sidePrep } from '$lib/views/prep/lines';
import { debateBalance } from '$lib/views/ballot/data';

export const entries: EntryGenerator = sideEntries;

export function load({ params }) {
	const { debate, graph, status, side, meta } = loadSide(params);
	return {
		debate: meta,
		side,
		prep: sidePrep(debate, graph, side, status),
		balance: debateBalance(debate, graph, status)
	};
}
