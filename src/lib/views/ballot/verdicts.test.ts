import { describe, expect, it } from 'vitest';
import { evaluate, mutualAttacks, type ArgGraph, type ClaimStatus } from '$lib/evaluate';
import { mulberry32 } from '$lib/shared/random';
import { randomGraph } from '$lib/testing/random-graph';
import { debateEvaluation } from '$lib/evaluate/debate-status';
import { phonesDebate } from '$lib/testing/phones-debate';
import { lineIds } from '$lib/views/prep/lines';
import { ballotData } from './data';
import { balance } from './balance';
import { changedVerdicts, clashesOf, presets } from './verdicts';

const { debate, graph } = phonesDebate();
const data = ballotData(debate, graph, {
	for: lineIds(debate, graph, 'for'),
	against: lineIds(debate, graph, 'against')
});
const attackersOf = (id: string) => data.graph.attacks.filter(([, t]) => t === id).map(([f]) => f);
const title = (id: string) => data.titles[id];
const words = { name: title };
const own = evaluate(data.graph, {}, words);

describe('ballot verdicts on the phones-in-class fixture', () => {
	it('the browser’s data gives the same verdicts as the server', () => {
		const server = debateEvaluation(debate, graph);
		for (const id of graph.ids) {
			expect(own.status[id].status, id).toBe(server.status[id].status);
			expect(own.status[id].strength, id).toBe(server.status[id].strength);
		}
	});

	it('lists the map’s clashes, open ones first', () => {
		expect(clashesOf(data.graph, own.status)).toEqual([
			{ a: 'ban-studies-show-mixed-results', b: 'phones-break-focus', open: true },
			{ a: 'office-line-reaches-pupils', b: 'office-line-too-slow', open: true }
		]);
	});

	it('the resolution is open, turning on the office-line clash only', () => {
		const b = balance(
			{ thesis: 'resolution', lines: data.lines, attackers: attackersOf, title },
			own.status
		);
		expect(b.status).toBe('contested');
		expect(b.deciding.map(([x, y]) => [x.id, y.id])).toEqual([
			['office-line-reaches-pupils', 'office-line-too-slow']
		]);
		expect(b.deciding[0][1].title).toBe('The office line is too slow');
		expect(b.tally).toBe(
			'For: 0 of 2 lines stand, 1 falls, 1 open · Against: 0 of 2 lines stand, 1 falls, 1 open'
		);
	});

	it('judging the deciding clash settles the resolution, each way, with reasons', () => {
		const yes = evaluate(
			data.graph,
			{ prevails: [['office-line-reaches-pupils', 'office-line-too-slow']] },
			words
		);
		expect(yes.status.resolution.status).toBe('answered');
		const changes = changedVerdicts(own, yes, title, attackersOf, data.order);
		expect(changes.map((c) => [c.id, c.after])).toEqual([
			['resolution', 'answered'],
			['office-line-reaches-pupils', 'answered'],
			['parents-must-reach-pupils', 'unanswered'],
			['office-line-too-slow', 'unanswered']
		]);
		expect(changes[1].sentence).toBe(
			'“The office line reaches pupils” now stands: you judged it over “The office line is too slow” (the map says Open clash).'
		);
		expect(changes[0].sentence).toBe(
			'“Ban phones in class” now stands: you judged “The office line reaches pupils” over “The office line is too slow” (the map says Contested).'
		);
		const no = evaluate(
			data.graph,
			{ prevails: [['office-line-too-slow', 'office-line-reaches-pupils']] },
			words
		);
		expect(no.status.resolution.status).toBe('unanswered');
	});

	it('rejecting a claim says so, and what follows', () => {
		const r = evaluate(data.graph, { rejected: ['ban-worries-young-carers'] }, words);
		const changes = changedVerdicts(own, r, title, attackersOf, data.order);
		expect(changes.map((c) => c.sentence)).toEqual([
			'“A ban cuts cyberbullying” now stands: you rejected “A ban worries young carers” (the map says Falls).',
			'“A ban worries young carers” is now rejected: you found it unconvincing (the map says Unchallenged).'
		]);
	});

	it('presets: each side wins every clash; a debater’s preset that is the same ballot is folded in', () => {
		const p = presets(
			clashesOf(data.graph, own.status),
			data.argues,
			data.people,
			data.sides,
			data.sideNames
		);
		expect(p.map((x) => [x.id, x.label, x.judgement.prevails])).toEqual([
			[
				'side:for',
				'For the ban wins every clash, as Cara Lim argues',
				[
					['phones-break-focus', 'ban-studies-show-mixed-results'],
					['office-line-reaches-pupils', 'office-line-too-slow']
				]
			],
			[
				'side:against',
				'Against the ban wins every clash, as Dev Rao argues',
				[
					['ban-studies-show-mixed-results', 'phones-break-focus'],
					['office-line-too-slow', 'office-line-reaches-pupils']
				]
			]
		]);
		const asRao = evaluate(data.graph, p[1].judgement, words);
		expect(asRao.status.resolution.status).toBe('unanswered');
		expect(asRao.openClashes).toEqual([]);
	});

	it('presets per debater stay where a side has more than one debater in its clashes (review 1, finding 16)', () => {
		// For: Ann is in two clashes, Cy in the third (as Newsham and Kotani); Against: Bob in all three (as Self).
		const clashes = [
			{ a: 'ann1', b: 'bob1' },
			{ a: 'bob2', b: 'ann2' },
			{ a: 'cy1', b: 'bob3' }
		];
		const argues = {
			ann1: ['ann'],
			ann2: ['ann'],
			cy1: ['cy'],
			bob1: ['bob'],
			bob2: ['bob'],
			bob3: ['bob']
		};
		const people = { ann: 'Ann', bob: 'Bob', cy: 'Cy' };
		const sides: Record<string, 'for' | 'against'> = {
			ann1: 'for',
			ann2: 'for',
			cy1: 'for',
			bob1: 'against',
			bob2: 'against',
			bob3: 'against'
		};
		const p = presets(clashes, argues, people, sides, { for: 'For', against: 'Against' });
		expect(p.map((x) => [x.label, x.judgement.prevails.length])).toEqual([
			['For wins every clash', 3],
			['Against wins every clash, as Bob argues', 3],
			['As Ann argues', 2],
			['As Cy argues', 1]
		]);
		// Ann's preset leaves Cy's clash open; For's settles it.
		expect(p[2].judgement.prevails).not.toContainEqual(['cy1', 'bob3']);
		expect(p[0].judgement.prevails).toContainEqual(['cy1', 'bob3']);
	});
});

describe('a changed verdict names a judgement that pushes the way it moved (review 1, finding 1)', () => {
	const rank = (s: ClaimStatus) => (s.label === 'in' ? 2 : s.label === 'out' ? 0 : 1);

	it('a claim that falls because of a clash is not put down to a rejected attacker of its own', () => {
		// r (the resolution) is attacked by s (a proposal that falls to t) and by c, which f
		// answers; f and n clash. Judging n over f lets c stand, so r falls; rejecting s only
		// takes an attack off r. The reason must name the clash.
		const g: ArgGraph = {
			ids: ['r', 's', 't', 'c', 'f', 'n'],
			attacks: [
				['s', 'r'],
				['t', 's'],
				['c', 'r'],
				['f', 'c'],
				['f', 'n'],
				['n', 'f']
			],
			supports: []
		};
		const name = (id: string) => id.toUpperCase();
		const own = evaluate(g, {}, { name });
		const j = evaluate(g, { prevails: [['n', 'f']], rejected: ['s'] }, { name });
		expect(own.status.r.status).toBe('contested');
		expect(j.status.r.status).toBe('unanswered');
		const byId = Object.fromEntries(
			changedVerdicts(own, j, name, (id) =>
				g.attacks.filter(([, t]) => t === id).map(([f]) => f)
			).map((c) => [c.id, c])
		);
		expect(byId.r.sentence).toBe(
			'“R” now falls: you judged “N” over “F” (the map says Contested).'
		);
		expect(byId.r.cause).toEqual({ kind: 'prevails', winner: 'n', loser: 'f', at: 'f' });
		expect(byId.s.sentence).toBe(
			'“S” is now rejected: you found it unconvincing (the map says Falls).'
		);
	});

	it('on random graphs and ballots, no reason pushes the other way', () => {
		const rand = mulberry32(18_001);
		let checked = 0;
		for (let round = 0; round < 400; round++) {
			const n = 4 + Math.floor(rand() * 8);
			const g = randomGraph(rand, n, Math.floor(n * 1.6), { supportShare: 0.2 });
			const clashes = mutualAttacks(g);
			const prevails = clashes
				.filter(() => rand() < 0.6)
				.map(([a, b]) => (rand() < 0.5 ? [a, b] : [b, a]) as [string, string]);
			const rejected = g.ids.filter(() => rand() < 0.15);
			if (!prevails.length && !rejected.length) continue;
			const own = evaluate(g, {}, { decisive: false });
			const j = evaluate(g, { prevails, rejected }, { decisive: false });
			const attackersOf = (id: string) => g.attacks.filter(([, t]) => t === id).map(([f]) => f);
			const move = (id: string) => Math.sign(rank(j.status[id]) - rank(own.status[id]));
			for (const c of changedVerdicts(own, j, (id) => id, attackersOf)) {
				const k = c.cause;
				if (!k) continue;
				checked++;
				const where = `${JSON.stringify({ g, prevails, rejected })} ${c.sentence}`;
				// The judgement bears on claim `at` (the claim, or an attacker up its chain).
				const m = move(k.at);
				if (m < 0) {
					// Lower: never its own attacker's rejection, never a clash it won.
					if (k.kind === 'rejected' && k.id !== k.at)
						expect(attackersOf(k.at), where).not.toContain(k.id);
					if (k.kind === 'prevails') expect(k.winner, where).not.toBe(k.at);
				}
				if (m > 0) {
					// Higher: never its own rejection, never a clash it lost.
					if (k.kind === 'rejected') expect(k.id, where).not.toBe(k.at);
					else expect(k.loser, where).not.toBe(k.at);
				}
			}
		}
		expect(checked).toBeGreaterThan(200);
	});
});
