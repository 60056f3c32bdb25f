import { describe, expect, it } from 'vitest';
import { mapDebate, mapModel } from '$lib/testing/map-model';
import {
	depthAnnouncement,
	describeClaim,
	selectedAnnouncement,
	toggleAnnouncement
} from './announce';
import { disclose, expandToDepth } from './disclosure';

const model = mapModel(mapDebate());
const d = disclose({ model, passes: null, expansion: expandToDepth(1) });

describe('announcements', () => {
	it('describe a claim by title, side, voice and how many replies it has', () => {
		const f1 = model.index.get('f1')!;
		expect(describeClaim(model, d, f1)).toBe(
			`${model.titles[f1]}. For the resolution. Ann Author. 3 replies.`
		);
		const a2 = model.index.get('a2')!;
		expect(selectedAnnouncement(model, d, a2)).toBe(
			`Selected: ${model.titles[a2]}. Against the resolution. Bob Builder.`
		);
	});
	it('say what opening, folding and the depth did, in the singular where it is one', () => {
		expect(toggleAnnouncement('X', 1, true)).toBe('Showing 1 reply to X.');
		expect(toggleAnnouncement('X', 3, true)).toBe('Showing 3 replies to X.');
		expect(toggleAnnouncement('X', 3, false)).toBe('Folded the replies to X.');
		expect(depthAnnouncement(1)).toBe('Open to 1 level.');
		expect(depthAnnouncement(3)).toBe('Open to 3 levels.');
		expect(depthAnnouncement(12)).toBe('Every claim is open.');
	});
});
