import { describe, expect, it } from 'vitest';
import { buildGraph } from '$lib/model/graph';
import { sidePrep } from './lines';
import { briefSections, claimCards, sideCards } from './cards';
import { prepDebate } from '$lib/testing/prep-debate';

const debate = prepDebate();
const graph = buildGraph(debate);

describe('cards', () => {
	it('makes one card per evidence item, with tag, citation, locator, quote and speaker', () => {
		expect(claimCards(debate, 'a')).toEqual([
			{
				key: 'a#0',
				claimId: 'a',
				tag: 'Line A',
				claimText: 'Claim a.',
				speaker: 'Ann Author',
				citation: 'Ann Author. “Sea power.” 2021-03.',
				url: 'https://example.org/sea',
				urlInferred: false,
				locator: 'p. 1',
				quote: 'a quote 1.'
			}
		]);
		expect(claimCards(debate, 'g')).toEqual([]);
		expect(claimCards(debate, 'no-such-claim')).toEqual([]);
	});

	it('uses the shortened text as tag line when there is no label', () => {
		const d = prepDebate();
		d.claims.n.text = 'Word '.repeat(40).trim() + '.';
		const [card] = claimCards(d, 'n');
		expect(card.tag.endsWith('…')).toBe(true);
		expect(card.tag.length).toBeLessThanOrEqual(90);
	});

	it('orders a side’s cards line by line, supporters after their line', () => {
		const cards = sideCards(debate, sidePrep(debate, graph, 'for'));
		expect(cards.map((c) => c.key)).toEqual(['n#0', 'y#0', 'y#1', 'a#0', 'd#0', 'd#1']);
	});

	it('builds brief sections with the attacks to expect and answers as cards', () => {
		const sections = briefSections(debate, sidePrep(debate, graph, 'for'));
		expect(sections.map((s) => s.line.id)).toEqual(['n', 'y', 'a', 'g']);
		const a = sections[2];
		expect(a.claims.map((c) => [c.claim.id, c.cards.length])).toEqual([
			['a', 1],
			['d', 2]
		]);
		expect(
			a.attacks.map((t) => [
				t.claim.id,
				t.targets.map((x) => x.id),
				t.answers.map((x) => x.claim.id)
			])
		).toEqual([
			['h', ['d'], []],
			['c', ['a'], ['e']]
		]);
		expect(a.attacks[1].answers[0].cards.map((c) => c.quote)).toEqual(['e quote 1.']);
		expect(a.attacks[1].speaker).toBe('Bob Builder');
	});
});
