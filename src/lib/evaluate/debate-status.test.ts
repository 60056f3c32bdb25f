import { describe, expect, it } from 'vitest';
import { buildGraph } from '$lib/model/graph';
import { argGraph, debateStatus, ownSpeakerOnly } from './debate-status';
import { prepDebate } from '$lib/testing/prep-debate';
import { tinyDebate } from '$lib/testing/tiny-debate';
import { mulberry32 } from '$lib/shared/random';
import type { Debate } from '$lib/model/types';
import { CLAIM_ROLES, type Claim } from '$lib/schema';

const quote = { source: 'src', quote: 'Words.', locator: 'para. 1' };

describe('debateStatus', () => {
	const debate = prepDebate();
	const graph = buildGraph(debate);
	const status = debateStatus(debate, graph);

	it('evaluates every claim', () => {
		expect(Object.keys(status).sort()).toEqual(graph.ids);
	});

	it('passes relations through, and base scores from the claim file or the evidence', () => {
		const g = argGraph(debate, graph);
		expect(g.attacks).toContainEqual(['c', 'a']);
		expect(g.supports).toContainEqual(['d', 'a']);
		expect(g.weakAttacks).toEqual([]);
		// n and z set their base; a has one quoted source; g has no quote.
		expect(g.base).toMatchObject({ n: 0.9, z: 0, a: 0.6, g: 0.5, thesis: 0.5 });
		expect(status.n.strength).toBeCloseTo(0.9);
	});

	it('labels and explains with claim titles, naming the base score’s reason', () => {
		expect(status.c).toMatchObject({ status: 'unanswered', standingAttackers: ['e'] });
		expect(status.c.reason).toBe('Falls: “Answer E” stands unanswered.');
		expect(status.a.status).toBe('answered');
		expect(status.e.reason).toBe('Unchallenged: nothing attacks it.');
		expect(status.e.strengthReason).toBe(
			'Strength 0.60 is its base 0.60 (a verbatim quote from one cited source): nothing attacks or supports it.'
		);
		expect(status.c.changeReason).toBe('Answer “Answer E” and it stands.');
	});

	it('calls a mutual attack an open clash', () => {
		const d = prepDebate();
		d.claims.c.attacks = ['a', 'e'];
		const s = debateStatus(d, buildGraph(d));
		expect(s.c.status).toBe('clash');
		expect(s.e.status).toBe('clash');
	});
});

describe('roles in the status', () => {
	/** Ann argues the resolution; Bob argues against it. */
	function debate(claims: Record<string, Partial<Claim>>): Debate {
		return tinyDebate({
			main: { supports: ['thesis'], speaker: 'ann', evidence: [quote] },
			...claims
		});
	}
	const statusOf = (d: Debate) => debateStatus(d, buildGraph(d));

	it('a concession never refutes its own author: it weakens her claim and is shown as such', () => {
		const d = debate({
			grant: { attacks: ['main'], speaker: 'ann', role: 'conceded', evidence: [quote] }
		});
		const s = statusOf(d);
		expect(s.main.status).toBe('unchallenged');
		expect(s.main.weakAttackers).toEqual(['grant']);
		expect(s.main.reason).toContain('(conceded by Ann Author) weighs in its strength');
		// Strength as if it were an attack: 0.6 − 0.6·0.6 = 0.24.
		expect(s.main.strength).toBeCloseTo(0.24, 12);
		expect(ownSpeakerOnly(d, s)).toEqual([]);
	});

	it('the same attack without the role refutes its author, and the check finds it', () => {
		const d = debate({ grant: { attacks: ['main'], speaker: 'ann', evidence: [quote] } });
		const s = statusOf(d);
		expect(s.main.status).toBe('unanswered');
		expect(ownSpeakerOnly(d, s)).toEqual(['main']);
	});

	it('a concession counts in no one’s status, not even against another speaker', () => {
		const d = debate({
			bobs: { attacks: ['thesis'], speaker: 'bob', evidence: [quote] },
			grant: { attacks: ['bobs'], speaker: 'bob', role: 'conceded' }
		});
		expect(statusOf(d).bobs.status).toBe('unchallenged');
	});

	it('a concession can be answered, by its own speaker too, without that counting as self-refutation', () => {
		const d = debate({
			grant: { attacks: ['main'], speaker: 'ann', role: 'conceded', evidence: [quote] },
			but: { attacks: ['grant'], speaker: 'ann', evidence: [quote] }
		});
		const s = statusOf(d);
		expect(s.grant.status).toBe('unanswered');
		expect(s.main.status).toBe('unchallenged');
		expect(ownSpeakerOnly(d, s)).toEqual([]);
	});

	it('a raised objection counts for the view it states: unanswered, it stands against its raiser', () => {
		const d = debate({
			objection: { attacks: ['main'], role: 'raised', by: 'ann', evidence: [quote] }
		});
		const s = statusOf(d);
		expect(s.main.status).toBe('unanswered');
		expect(s.main.standingAttackers).toEqual(['objection']);
		// Raised: the quote shows who raised it, not that it holds.
		expect(s.objection.base).toBe(0.5);
		expect(s.objection.strengthReason).toContain('raised to be answered');
		// Not her own speaker: she raised it for someone else's view.
		expect(ownSpeakerOnly(d, s)).toEqual([]);
	});

	it('a raised objection answered by its raiser is simply answered', () => {
		const d = debate({
			objection: { attacks: ['main'], role: 'raised', by: 'ann', speaker: 'bob' },
			reply: { attacks: ['objection'], speaker: 'ann', evidence: [quote] }
		});
		const s = statusOf(d);
		expect(s.objection.status).toBe('unanswered');
		expect(s.main.status).toBe('answered');
		expect(ownSpeakerOnly(d, s)).toEqual([]);
	});

	it('a reported claim is its speaker’s, and its quote counts as evidence', () => {
		const d = debate({
			report: { attacks: ['main'], speaker: 'bob', role: 'reported', by: 'ann', evidence: [quote] }
		});
		const s = statusOf(d);
		expect(s.main.status).toBe('unanswered');
		expect(s.report.base).toBe(0.6);
	});

	it('random debates: once concessions are marked, no claim falls to its own speaker alone (300 cases)', () => {
		// The property of the Done-when: generate debates where every attack between two
		// claims of one speaker is marked as the concession it is, or its target as raised
		// by that speaker for someone else, and check that ownSpeakerOnly stays empty.
		const rand = mulberry32(2026);
		const people = ['ann', 'bob', undefined];
		let unanswered = 0;
		for (let k = 0; k < 300; k++) {
			const n = 2 + Math.floor(rand() * 9);
			const ids = Array.from({ length: n }, (_, i) => `c${i}`);
			const claims: Record<string, Partial<Claim>> = {};
			for (const id of ids) {
				const speaker = people[Math.floor(rand() * 3)];
				const role = CLAIM_ROLES[Math.floor(rand() * 4)];
				claims[id] = { speaker, role, attacks: [] };
				if (role === 'raised' || role === 'reported')
					claims[id].by = speaker === 'ann' ? 'bob' : 'ann';
			}
			claims.c0.supports = ['thesis'];
			for (let e = 0; e < 2 * n; e++) {
				const from = ids[Math.floor(rand() * n)];
				const to = ids[Math.floor(rand() * n)];
				if (from === to) continue;
				claims[from].attacks!.push(to);
			}
			// Mark what the data must mark: a speaker's attack on their own case is a concession.
			for (const id of ids) {
				const c = claims[id];
				const owner =
					c.role === 'conceded' ? undefined : c.role === 'raised' ? undefined : c.speaker;
				if (c.role === 'raised') c.speaker = undefined;
				if (
					owner &&
					c.attacks!.some(
						(t) =>
							claims[t].speaker === owner &&
							claims[t].role !== 'raised' &&
							claims[t].role !== 'conceded'
					)
				)
					c.role = 'conceded';
				if (c.role === 'conceded') delete c.by;
				if (!c.attacks!.length) delete c.attacks;
			}
			const d = tinyDebate(claims);
			const s = statusOf(d);
			unanswered += Object.values(s).filter((x) => x.status === 'unanswered').length;
			expect(ownSpeakerOnly(d, s), `case ${k}: ${JSON.stringify(claims)}`).toEqual([]);
		}
		expect(unanswered).toBeGreaterThan(200);
	});
});
