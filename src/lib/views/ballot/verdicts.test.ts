import { describe, expect, it } from 'vitest';
import { evaluate } from '$lib/evaluate';
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
			'“A ban worries young carers” now is rejected: you rejected it (the map says Unchallenged).'
		]);
	});

	it('presets: each debater’s claims prevail in every clash they are part of', () => {
		const p = presets(clashesOf(data.graph, own.status), data.argues, data.people);
		expect(p.map((x) => [x.label, x.judgement.prevails])).toEqual([
			[
				'As Cara Lim argues',
				[
					['phones-break-focus', 'ban-studies-show-mixed-results'],
					['office-line-reaches-pupils', 'office-line-too-slow']
				]
			],
			[
				'As Dev Rao argues',
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
});
