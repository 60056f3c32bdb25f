/**
 * How much a ballot's recompute explains (light: the map imports it on its first paint).
 */
import type { BallotData } from './data';

/** Up to this many claims, a ballot words and weighs "what would change it" for every claim. */
export const ALL_WORDED = 1000;

/**
 * Which claims a recompute explains in full (reasons and "what would change it"): all of them
 * in a debate of up to ALL_WORDED claims, else the claims on screen, the resolution and its
 * lines (a 10,000-claim map stays within its budget by not writing 10,000 sentences).
 */
export function wordedIds(data: BallotData, visible: readonly string[]): true | string[] {
	if (data.graph.ids.length <= ALL_WORDED) return true;
	return [...new Set([data.thesis, ...data.lines.for, ...data.lines.against, ...visible])];
}
