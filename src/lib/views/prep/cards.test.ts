import { describe, expect, it } from 'vitest';
import { buildGraph } from '$lib/model/graph';
import { debateStatus } from '$lib/evaluate/debate-status';
import { brief, claimCard, pieceText, quoteWho } from './cards';
import {
	ALL,
	chosenBrief,
	isEverything,
	numberBrief,
	parseChoice,
	writeChoice
} from './brief-filter';
import { rolesDebate } from '$lib/testing/roles-debate';

const d = rolesDebate();
const g = buildGraph(d);
const status = debateStatus(d, g);

describe('cards', () => {
	it('one card per claim with every quote, each cited by who said it and where', () => {
		const card = claimCard(d, status, 'ann0');
		expect(card).toMatchObject({
			id: 'ann0',
			tag: 'First line',
			text: 'Claim ann0.',
			who: 'Ann Author',
			role: 'asserted',
			people: ['ann']
		});
		expect(card.quotes).toEqual([
			{
				source: 'talk',
				quote: 'Quote at Author, para. 1.',
				who: 'Ann Author',
				where: '“Town hall.” Town Council, 2020.',
				locator: 'Author, para. 1',
				url: 'https://example.org/talk',
				urlInferred: false
			},
			{
				source: 'essay',
				quote: 'Quote at para. 4.',
				who: 'Ann Author, as quoted by Cy Writer',
				where: '“Later thoughts.” 2023.',
				locator: 'para. 4',
				url: undefined,
				urlInferred: false
			}
		]);
	});

	it('names the author of a two-author piece from the locator, never both authors', () => {
		const bob = claimCard(d, status, 'bob1').quotes[0];
		expect(bob.who).toBe('Bob Builder');
		expect(bob.where).not.toContain('Ann Author');
	});

	it('says who raised, conceded, reported or quoted it', () => {
		const who = (id: string) => quoteWho(d, d.claims[id], d.claims[id].evidence![0]);
		expect(who('obj')).toBe('Raised by Ann Author');
		expect(who('grant')).toBe('Bob Builder, conceding');
		expect(who('abe')).toBe('Shinzo Abe, as quoted by Cy Writer');
		const r = rolesDebate();
		r.claims.abe.role = 'reported';
		r.claims.abe.by = 'cy';
		expect(quoteWho(r, r.claims.abe, r.claims.abe.evidence![0])).toBe(
			'Shinzo Abe, as reported by Cy Writer'
		);
	});

	it('marks inferred values in the piece', () => {
		const r = rolesDebate();
		r.sources.essay.date = { value: '2023', inferred: true, basis: 'b' };
		expect(pieceText(r, 'essay')).toBe('“Later thoughts.” 2023 (inferred).');
	});
});

describe('brief', () => {
	const b = brief(d, g, 'for', status);

	it('has a section per line in reading order, attacks with their answers, and raised points', () => {
		expect(b.sections.map((s) => s.line.id)).toEqual(['ann0', 'ann1', 'cy', 'abe']);
		expect(b.sections[1].attacks.map((a) => [a.card.id, a.targets, a.answers.length])).toEqual([
			['bob2', ['Claim ann1.'], 0]
		]);
		expect(b.raised.map((a) => [a.card.id, a.raisedBy])).toEqual([
			['grant', 'Conceded by Bob Builder']
		]);
	});

	it('offers every line, speaker and source in it', () => {
		expect(b.options.lines.map((l) => l.id)).toEqual(['ann0', 'ann1', 'cy', 'abe']);
		expect(b.options.speakers.map((s) => s.id)).toEqual(['ann', 'bob', 'cy', 'abe']);
		expect(b.options.sources.map((s) => [s.id, s.url])).toEqual([
			['essay', undefined],
			['talk', 'https://example.org/talk']
		]);
	});

	it('the Against brief shows a raised objection as raised, with its raiser’s answer', () => {
		const con = brief(d, g, 'against', status);
		expect(con.sections.map((s) => s.line.id)).toEqual(['bob1']);
		expect(
			con.raised.map((a) => [a.card.id, a.raisedBy, a.authorAnswers.map((x) => x.id)])
		).toEqual([['obj', 'Raised by Ann Author', ['reply']]]);
	});
});

describe('the brief chooser', () => {
	const b = brief(d, g, 'for', status);

	it('round-trips through the address', () => {
		const choice = { lines: ['ann0', 'cy'], speakers: ['ann'], sources: [] };
		const params = writeChoice(new URLSearchParams('x=1&sources=old'), choice);
		expect(params.toString()).toBe('x=1&lines=ann0%2Ccy&speakers=ann');
		expect(parseChoice(params)).toEqual(choice);
		expect(isEverything(parseChoice(new URLSearchParams()))).toBe(true);
	});

	it('keeps everything by default', () => {
		expect(chosenBrief(b, ALL)).toEqual(b);
	});

	it('keeps only chosen lines', () => {
		const c = chosenBrief(b, { ...ALL, lines: ['cy'] });
		expect(c.sections.map((s) => s.line.id)).toEqual(['cy']);
	});

	it('keeps only cards with a chosen speaker, attacks included', () => {
		const c = chosenBrief(b, { ...ALL, speakers: ['ann'] });
		expect(c.sections.map((s) => s.line.id)).toEqual(['ann0', 'ann1']);
		expect(c.sections[1].attacks).toEqual([]); // bob2 is Bob's
		expect(c.raised).toEqual([]);
	});

	it('keeps only quotes from chosen sources, and drops cards left without any', () => {
		const c = chosenBrief(b, { ...ALL, sources: ['essay'] });
		expect(c.sections.map((s) => s.line.id)).toEqual(['ann0', 'cy', 'abe']);
		expect(c.sections[0].line.quotes.map((q) => q.source)).toEqual(['essay']);
	});
});

describe('the brief’s layout', () => {
	it('numbers cards in print order and prints a repeated claim once', () => {
		const r = rolesDebate();
		// bob2 now attacks two lines, so it is listed under both.
		r.claims.bob2.attacks = ['ann1', 'cy'];
		const rg = buildGraph(r);
		const numbered = numberBrief(brief(r, rg, 'for', debateStatus(r, rg)));
		const slots = numbered.sections.flatMap((s) => [
			s.line,
			...s.supporters,
			...s.attacks.map((a) => a.card)
		]);
		expect(slots.map((x) => [x.card.id, x.n, x.repeat])).toEqual([
			['ann0', 1, false],
			['ann1', 2, false],
			['bob2', 3, false],
			['cy', 4, false],
			['bob2', 3, true],
			['abe', 5, false]
		]);
	});
});

describe('a reported claim quoted from two pieces', () => {
	it('names the author of each piece as its reporter', () => {
		const r = rolesDebate();
		r.claims.abe.role = 'reported';
		r.claims.abe.by = 'cy';
		r.claims.abe.evidence!.push({
			source: 'talk',
			quote: 'Abe said so.',
			locator: 'Author, para. 9'
		});
		const card = claimCard(r, debateStatus(r, buildGraph(r)), 'abe');
		expect(card.quotes.map((q) => q.who)).toEqual([
			'Shinzo Abe, as reported by Cy Writer',
			'Shinzo Abe, as reported by Ann Author'
		]);
	});
});
