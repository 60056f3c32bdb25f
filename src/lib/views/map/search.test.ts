import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchClaims } from './search';
import { tinyDebate } from '$lib/testing/tiny-debate';
import { mapModel } from '$lib/testing/map-model';

const debate = tinyDebate({
	lanes: {
		text: 'Taiwan sits astride the sea lanes Japan’s trade uses.',
		label: 'Taiwan sits astride sea lanes',
		supports: ['thesis'],
		speaker: 'ann'
	},
	china: {
		text: 'Closer ties would anger China and cut channels.',
		supports: ['thesis'],
		speaker: 'bob',
		tags: ['cost']
	},
	aside: {
		text: 'Sea lanes matter less than airpower.',
		label: 'Airpower decides',
		attacks: ['lanes'],
		evidence: [{ source: 'src', quote: 'q', locator: 'para. 1' }]
	},
	objection: {
		text: 'Nobody would notice.',
		role: 'raised',
		by: 'ann',
		attacks: ['china']
	}
});
debate.sources.src = { id: 'src', title: 'Sea power today', kind: 'op-ed', authors: ['Cy Writer'] };
const index = buildSearchIndex(mapModel(debate));

describe('searchClaims', () => {
	it('needs every word, in any order, ignoring case and accents', () => {
		expect(searchClaims(index, 'LANES taïwan').map((h) => h.id)).toEqual(['lanes']);
		expect(searchClaims(index, 'japan’s').map((h) => h.id)).toEqual(['lanes']);
		expect(searchClaims(index, 'lanes china')).toEqual([]);
	});
	it('finds speakers, raisers, source titles and authors, and tag labels too, and nothing for blank input', () => {
		expect(searchClaims(index, 'bob').map((h) => h.id)).toEqual(['china']);
		expect(
			searchClaims(index, 'ann author')
				.map((h) => h.id)
				.sort()
		).toEqual(['lanes', 'objection']);
		expect(searchClaims(index, 'writer').map((h) => h.id)).toEqual(['aside']);
		expect(searchClaims(index, 'sea power').map((h) => h.id)).toEqual(['aside']);
		expect(searchClaims(index, 'cost').map((h) => h.id)).toEqual(['china']);
		expect(searchClaims(index, '   ')).toEqual([]);
	});
	it('ranks title matches first', () => {
		expect(searchClaims(index, 'sea lanes').map((h) => h.id)).toEqual(['lanes', 'aside']);
		expect(searchClaims(index, 'sea', 1).map((h) => h.id)).toEqual(['lanes']);
	});
	it("lists a speaker's own case before what they concede, whatever the titles say", () => {
		const d = tinyDebate({
			grants: {
				label: 'Bob grants the costs are real',
				supports: ['thesis'],
				speaker: 'bob',
				role: 'conceded'
			},
			first: { label: 'It pays for itself', supports: ['thesis'], speaker: 'bob' },
			second: { label: 'Bob’s second point', supports: ['thesis'], speaker: 'bob' },
			outlet: { label: 'Builders agree', supports: ['thesis'], speaker: 'press' }
		});
		d.people.press = { id: 'press', name: 'Unnamed author (Builder Weekly)', kind: 'person' };
		const idx = buildSearchIndex(mapModel(d));
		expect(searchClaims(idx, 'bob').map((h) => h.id)).toEqual(['first', 'second', 'grants']);
		// Bob Builder's claims name him; "Builder Weekly" in brackets is an outlet, not a name,
		// so that claim ranks by its title, after his (or it would come before his concession).
		expect(searchClaims(idx, 'builder').map((h) => h.id)).toEqual([
			'first',
			'second',
			'grants',
			'outlet'
		]);
	});
});
