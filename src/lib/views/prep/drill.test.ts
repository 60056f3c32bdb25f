import { describe, expect, it } from 'vitest';
import { buildGraph } from '$lib/model/graph';
import { drillDeck, rejudged, shuffled } from './drill';
import { argGraph, debateEvaluation } from '$lib/evaluate/debate-status';
import { evaluate, mutualAttacks } from '$lib/evaluate';
import { mulberry32 } from '$lib/shared/random';
import { rolesDebate } from '$lib/testing/roles-debate';
import { prepDebate } from '$lib/testing/prep-debate';
import { phonesDebate } from '$lib/testing/phones-debate';
import { debateStatus } from '$lib/evaluate/debate-status';
import { stands, open } from '$lib/model/status';
import { claimTitle } from '$lib/model/labels';

const summary = (deck: ReturnType<typeof drillDeck>) =>
	deck.map((c) => [c.claim.id, c.isLine, c.targets.map((t) => t.id), c.answers.map((a) => a.id)]);

describe('drillDeck', () => {
	const d = rolesDebate();
	const g = buildGraph(d);

	it('deals the opponent’s lines and attacks, cards with model answers first, then as argued', () => {
		expect(summary(drillDeck(d, g, 'for'))).toEqual([
			['obj', true, [], ['reply']],
			['bob1', true, [], []],
			['bob2', false, ['ann1'], []]
		]);
		// Bob's concession answers his own line, but it is his admission, not For's answer.
		expect(drillDeck(d, g, 'for')[1].setAside.map((x) => [x.card.id, x.why])).toEqual([
			['grant', 'Conceded by Bob Builder: an admission, not For’s own line']
		]);
	});

	it('carries each claim’s quotes with who said them, and says who raised it', () => {
		const [obj] = drillDeck(d, g, 'for');
		expect(obj.raisedBy).toBe('Raised by Ann Author');
		expect(obj.claim.quotes.map((q) => [q.who, q.locator])).toEqual([
			['Raised by Ann Author', 'Author, para. 2']
		]);
		expect(obj.answers[0]).toMatchObject({ id: 'reply', who: 'Ann Author' });
	});

	it('shuffles reproducibly from a seed', () => {
		const debate = prepDebate();
		const graph = buildGraph(debate);
		const plain = drillDeck(debate, graph, 'against').map((c) => c.claim.id);
		const one = drillDeck(debate, graph, 'against', undefined, 7).map((c) => c.claim.id);
		expect(drillDeck(debate, graph, 'against', undefined, 7).map((c) => c.claim.id)).toEqual(one);
		expect([...one].sort()).toEqual([...plain].sort());
		const orders = new Set([1, 2, 3, 4, 5].map((s) => shuffled(plain, s).join()));
		expect(orders.size).toBeGreaterThan(1);
	});

	it('a model answer is only ever the drilled side’s own claim that does not fall (phones fixture, both sides)', () => {
		const { debate, graph } = phonesDebate();
		const status = debateStatus(debate, graph);
		let setAside = 0;
		for (const side of ['for', 'against'] as const) {
			const deck = drillDeck(debate, graph, side);
			expect(deck.length).toBeGreaterThan(2);
			for (const card of deck)
				for (const a of card.answers) {
					const claim = debate.claims[a.id];
					expect(graph.side.get(a.id), `${card.claim.id} ← ${a.id}`).toBe(side);
					expect(claim.role ?? 'asserted', a.id).toMatch(/^(asserted|reported)$/);
					const s = status[a.id].status;
					expect(stands(s) || open(s), `${a.id} is ${s}`).toBe(true);
				}
			setAside += deck.reduce((n, c) => n + c.setAside.length, 0);
		}
		// The fixture puts a raised point and a falling answer on "Phones break focus".
		const focus = drillDeck(debate, graph, 'against').find(
			(c) => c.claim.id === 'phones-break-focus'
		)!;
		expect(focus.answers.map((a) => a.id)).toEqual(['ban-studies-show-mixed-results']);
		expect(focus.setAside.map((x) => x.card.id).sort()).toEqual([
			'phones-are-learning-tools',
			'short-phone-breaks-help-refocus'
		]);
		expect(focus.setAside.find((x) => x.card.id === 'short-phone-breaks-help-refocus')!.why).toBe(
			'it falls: “Phone breaks distract more” stands unanswered.'
		);
		expect(setAside).toBeGreaterThanOrEqual(2);
	});
});

describe('the drill under a ballot (review 1, finding 9)', () => {
	const { debate, graph } = phonesDebate();
	const deck = drillDeck(debate, graph, 'against');
	const focus = (d: typeof deck) => d.find((c) => c.claim.id === 'phones-break-focus')!;

	it('sets aside an answer that falls on the ballot, and brings back one the ballot lets stand', () => {
		const judged = debateEvaluation(debate, graph, {
			prevails: [['phones-break-focus', 'ban-studies-show-mixed-results']]
		});
		const card = focus(rejudged(deck, judged.status));
		expect(card.answers).toEqual([]);
		expect(card.setAside.map((x) => [x.card.id, x.why.split(':')[0]])).toEqual([
			['phones-are-learning-tools', 'Raised by Cara Lim, in order to answer it'],
			['ban-studies-show-mixed-results', 'it falls on your ballot'],
			['short-phone-breaks-help-refocus', 'it falls on your ballot']
		]);
		const rejected = debateEvaluation(debate, graph, { rejected: ['breaks-distract-more'] });
		expect(focus(rejudged(deck, rejected.status)).answers.map((a) => a.id)).toEqual([
			'ban-studies-show-mixed-results',
			'short-phone-breaks-help-refocus'
		]);
		// The map's own verdicts give the deck back as it was.
		const ids = (d: typeof deck) =>
			d.map((c) => [c.claim.id, c.answers.map((a) => a.id), c.setAside.map((x) => x.card.id)]);
		expect(ids(rejudged(deck, debateEvaluation(debate, graph).status))).toEqual(ids(deck));
	});

	it('on random ballots, no model answer is the other side’s, raised, conceded, or falling on the ballot', () => {
		const rand = mulberry32(909);
		const g = argGraph(debate, graph);
		const clashes = mutualAttacks(g);
		for (let k = 0; k < 60; k++) {
			const j = {
				prevails: clashes
					.filter(() => rand() < 0.7)
					.map(([a, b]) => (rand() < 0.5 ? [a, b] : [b, a]) as [string, string]),
				rejected: graph.ids.filter(() => rand() < 0.15)
			};
			const status = evaluate(g, j, { decisive: false }).status;
			for (const side of ['for', 'against'] as const)
				for (const card of rejudged(drillDeck(debate, graph, side), status))
					for (const a of card.answers) {
						const where = `${JSON.stringify(j)} ${card.claim.id} ← ${a.id}`;
						expect(graph.side.get(a.id), where).toBe(side);
						expect(debate.claims[a.id].role ?? 'asserted', where).toMatch(/^(asserted|reported)$/);
						const s = status[a.id].status;
						expect(stands(s) || open(s), `${where} is ${s}`).toBe(true);
					}
		}
	});
});

describe('open model answers say what they hinge on (review 2, finding 11)', () => {
	const { debate, graph } = phonesDebate();
	const status = debateStatus(debate, graph);
	const g = argGraph(debate, graph);

	it('an answer in an open clash says so, naming the clash; one that stands says nothing', () => {
		let hinged = 0;
		for (const side of ['for', 'against'] as const)
			for (const card of drillDeck(debate, graph, side))
				for (const a of card.answers) {
					const h = card.hinges[a.id];
					if (!open(status[a.id].status)) {
						expect(h, a.id).toBeUndefined();
						continue;
					}
					hinged++;
					expect(h, a.id).toMatch(/^(Open clash|Contested): holds only if you win /);
					// "Only if" is true: the other claim prevailing leaves the answer not standing.
					for (const other of status[a.id].clash) {
						expect(h).toContain(`its clash with “${claimTitle(debate.claims[other])}”`);
						const lost = evaluate(g, { prevails: [[other, a.id]] }, { decisive: false });
						expect(stands(lost.status[a.id].status), `${a.id} after losing to ${other}`).toBe(
							false
						);
					}
				}
		expect(hinged).toBeGreaterThanOrEqual(2);
		const card = drillDeck(debate, graph, 'against').find(
			(c) => c.claim.id === 'phones-break-focus'
		)!;
		expect(card.hinges['ban-studies-show-mixed-results']).toBe(
			'Open clash: holds only if you win its clash with “Phones break focus”. Judge it on a ballot before you lead with it.'
		);
	});

	it('a ballot that judges the clash drops the hinge', () => {
		const deck = drillDeck(debate, graph, 'against');
		const judged = debateEvaluation(debate, graph, {
			prevails: [['ban-studies-show-mixed-results', 'phones-break-focus']]
		});
		const card = rejudged(deck, judged.status).find((c) => c.claim.id === 'phones-break-focus')!;
		expect(card.answers.map((a) => a.id)).toEqual(['ban-studies-show-mixed-results']);
		expect(card.hinges).toEqual({});
	});
});
