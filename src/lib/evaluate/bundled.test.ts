/**
 * The issue-10 check on the bundled debate: no claim is shown with an unanswered attack
 * that comes only from its own speaker (a data check: it fails when a contribution adds a
 * speaker's attack on their own claim without saying it is a concession or a raised
 * objection).
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadDebates } from '$lib/validate/node.server';
import { buildGraph } from '$lib/model/graph';
import { debateStatus, ownSpeakerOnly } from './debate-status';
import type { Debate } from '$lib/model/types';

function bundled(): Debate {
	const { debates } = loadDebates(join(process.cwd(), 'arguments'));
	const d = debates.find((x) => x.id === 'japan-taiwan');
	if (!d) throw new Error('the bundled debate japan-taiwan is missing');
	return d;
}

describe('the bundled debate', () => {
	const raw = bundled();

	it('no claim falls to its own speaker alone (concessions and raised objections are marked)', () => {
		expect(ownSpeakerOnly(raw, debateStatus(raw, buildGraph(raw)))).toEqual([]);
	});

	it('the objections its authors raised to answer are marked as raised, not as their own case', () => {
		for (const id of [
			'japanese-public-would-oppose-ties-with-taiwan',
			'china-will-not-upset-its-economic-ties-with-japan',
			'japan-could-let-taiwan-go-and-deal-with-china',
			'china-is-already-at-full-speed-so-push-back'
		])
			expect(raw.claims[id]?.role, id).toBe('raised');
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

	it('the clashes the two essays leave open are drawn both ways, so the resolution is open, not fallen (data review 1–4, 7)', () => {
		const s = debateStatus(raw, buildGraph(raw));
		for (const [a, b] of [
			[
				'fearing-beijing-would-cede-asian-leadership-to-ccp',
				'respecting-beijings-sensitivity-is-not-a-veto'
			],
			[
				'certain-us-japan-involvement-can-deter-china',
				'deeper-ties-would-provoke-ccp-overreaction'
			],
			[
				'readiness-to-fight-makes-fighting-less-likely',
				'japanese-involvement-would-rewrite-chinas-calculus'
			],
			['defense-ties-with-taiwan-are-a-prerequisite', 'jsdf-us-integration-is-best-deterrent'],
			[
				'overt-japanese-steps-would-trigger-neuralgic-response',
				'kotani-us-officers-at-ait-caused-no-serious-problem'
			]
		]) {
			expect(s[a].clash, a).toContain(b);
			expect(s[b].clash, b).toContain(a);
		}
		expect(s[raw.thesis].status).toBe('contested');
		expect(s[raw.thesis].reason).toMatch(/^Contested: it turns on the open clash between/);
	});
});
