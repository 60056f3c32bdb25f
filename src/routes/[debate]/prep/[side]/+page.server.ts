import type { EntryGenerator } from './$types';
import { loadSide, sideEntries } from './side.server';

export const entries: EntryGenerator = sideEntries;

export function load({ params }) {
	return loadSide(params);
}
