import type { EntryGenerator } from './$types';
import { loadSide, sideEntries } from '../side.server';
import { drillDeck } from '$lib/views/prep/drill';

export const entries: EntryGenerator = sideEntries;

export function load({ params }) {
	const { debate, graph, status, side, meta } = loadSide(params);
	return { debate: meta, side, deck: drillDeck(debate, graph, side, status) };
}
