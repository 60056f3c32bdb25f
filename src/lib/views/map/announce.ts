/**
 * What the map tells a screen reader after each step (read out by a polite live region):
 * the words only, so they are tested and read the same wherever the step came from.
 */
import { SIDE_NAMES } from '$lib/model/sides';
import type { Disclosure } from './disclosure';
import type { MapModel } from './payload';
import { voiceOf } from './tree-layout';

const replies = (n: number) => `${n} ${n === 1 ? 'reply' : 'replies'}`;

/** A claim as it is announced on selection: title, side, voice and how many replies. */
export function describeClaim(model: MapModel, d: Disclosure, i: number): string {
	const side = model.sides[i];
	const where =
		side === 'for' || side === 'against' ? `${SIDE_NAMES[side]} the resolution` : SIDE_NAMES[side];
	const n = d.replies.get(i)?.total ?? 0;
	return `${model.titles[i]}. ${where}. ${voiceOf(model, i)}.${n ? ` ${replies(n)}.` : ''}`;
}

export function selectedAnnouncement(model: MapModel, d: Disclosure, i: number): string {
	return `Selected: ${describeClaim(model, d, i)}`;
}

export const CLEARED = 'Selection cleared.';

/** A claim's replies opened (`n` of them) or folded away. */
export function toggleAnnouncement(title: string, n: number, open: boolean): string {
	return open ? `Showing ${replies(n)} to ${title}.` : `Folded the replies to ${title}.`;
}

/** The whole map opened to a depth ("everything" from 12 levels on). */
export function depthAnnouncement(depth: number, everything = 12): string {
	return depth >= everything
		? 'Every claim is open.'
		: `Open to ${depth} ${depth === 1 ? 'level' : 'levels'}.`;
}
