/**
 * The issue-10 check on the bundled debate: no claim is shown with an unanswered attack
 * that comes only from its own speaker. The data is being migrated to roles in parallel,
 * so the test applies the roles the data review (items 1–4 and the concessions it lists)
 * asks for wherever the data does not say them yet and the claim still exists; once the
 * data says them this changes nothing. Without that help, the only such claims may be the
 * eight the issue names.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadDebates } from '$lib/validate/node.server';
import { buildGraph } from '$lib/model/graph';
import { debateStatus, ownSpeakerOnly } from './debate-status';
import type { Debate } from '$lib/model/types';

const RAISED: Record<string, string> = {
	'japanese-public-would-oppose-ties-with-taiwan': 'grant-newsham',
	'china-will-not-upset-its-economic-ties-with-japan': 'grant-newsham',
	'japan-could-let-taiwan-go-and-deal-with-china': 'grant-newsham',
	'china-is-already-at-full-speed-so-push-back': 'benjamin-self'
};
const CONCEDED = [
	'business-may-worry-about-economic-costs',
	'taiwans-de-facto-independence-is-core-japan-interest',
	'chinas-buildup-threatens-cross-strait-balance',
	'china-uses-core-interest-claims-to-cow-others',
	'japanese-politics-may-be-turning-toward-taiwan',
	'kotani-one-china-stance-presumes-peaceful-resolution'
];
const NAMED_IN_THE_ISSUE = [
	'business-may-worry-about-economic-costs',
	'china-is-already-at-full-speed-so-push-back',
	'china-uses-core-interest-claims-to-cow-others',
	'china-will-not-upset-its-economic-ties-with-japan',
	'deepening-ties-with-taiwan-would-be-counterproductive',
	'japan-could-let-taiwan-go-and-deal-with-china',
	'japanese-public-would-oppose-ties-with-taiwan',
	'kotani-tokyo-unlikely-to-change-cautious-position'
];

function bundled(): Debate {
	const { debates } = loadDebates(join(process.cwd(), 'arguments'));
	const d = debates.find((x) => x.id === 'japan-taiwan');
	if (!d) throw new Error('the bundled debate japan-taiwan is missing');
	return d;
}

function withReviewRoles(d: Debate): Debate {
	const copy: Debate = structuredClone(d);
	for (const [id, by] of Object.entries(RAISED)) {
		const c = copy.claims[id];
		if (!c || c.role) continue;
		c.role = 'raised';
		c.by = by;
		if (c.speaker === by) delete c.speaker;
	}
	for (const id of CONCEDED) {
		const c = copy.claims[id];
		if (c && !c.role) c.role = 'conceded';
	}
	return copy;
}

describe('the bundled debate', () => {
	const raw = bundled();

	it('with concessions and raised objections marked, no claim falls to its own speaker alone', () => {
		const d = withReviewRoles(raw);
		expect(ownSpeakerOnly(d, debateStatus(d, buildGraph(d)))).toEqual([]);
	});

	it('as it stands, any claim that does is one the issue names', () => {
		const found = ownSpeakerOnly(raw, debateStatus(raw, buildGraph(raw)));
		for (const id of found) expect(NAMED_IN_THE_ISSUE).toContain(id);
	});

	it('every claim has a status and a strength in [0, 1] that settles', () => {
		const s = debateStatus(raw, buildGraph(raw));
		expect(Object.keys(s)).toHaveLength(Object.keys(raw.claims).length);
		for (const st of Object.values(s)) {
			expect(st.strength).toBeGreaterThanOrEqual(0);
			expect(st.strength).toBeLessThanOrEqual(1);
			expect(st.change.exhaustive).toBe(true);
		}
	});
});
