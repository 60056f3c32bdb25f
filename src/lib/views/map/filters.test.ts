import { describe, expect, it } from 'vitest';
import { mapDebate, mapModel } from '$lib/testing/map-model';
import { EMPTY_FILTERS, filterOptions, filterPasses, sourceLabel } from './filters';

const model = mapModel(mapDebate());
const passing = (f: typeof EMPTY_FILTERS) => {
	const p = filterPasses(model, f);
	return p ? model.ids.filter((_, i) => p[i]) : null;
};

describe('filters', () => {
	it('pass everything when none is on', () => {
		expect(passing(EMPTY_FILTERS)).toBeNull();
	});
	it('AND groups, OR values within a group, and always keep the resolution', () => {
		expect(passing({ ...EMPTY_FILTERS, speakers: ['bob'], tags: ['sea', 'cost'] })).toEqual([
			'thesis',
			'f1b',
			'a1',
			'a1a1'
		]);
	});
	it('count each option given the other groups already chosen', () => {
		const all = filterOptions(model, EMPTY_FILTERS);
		expect(all.speakers.find((o) => o.value === 'bob')!.count).toBe(5);
		const withSea = filterOptions(model, { ...EMPTY_FILTERS, tags: ['sea'] });
		// Only f1 (Ann) and f1b (Bob) carry the tag.
		expect(withSea.speakers.map((o) => [o.value, o.count])).toEqual([
			['ann', 1],
			['bob', 1]
		]);
		// A group's own choice does not shrink its own counts.
		expect(withSea.tags.find((o) => o.value === 'cost')!.count).toBe(2);
	});
	it('name sources by who wrote them', () => {
		expect(sourceLabel({ title: 'T', authors: ['A', 'B'] })).toBe('A and B: T');
		expect(sourceLabel({ title: 'T', publisher: { value: 'P', inferred: true } })).toBe('P: T');
		expect(sourceLabel({ title: 'T' })).toBe('T');
	});
});
