import { describe, expect, it } from 'vitest';
import { mapDebate, mapModel } from '$lib/testing/map-model';
import { DEFAULT_EXPANSION, disclose, expandToDepth } from './disclosure';
import { EMPTY_FILTERS, filterPasses } from './filters';
import { outlineRows } from './outline';

const model = mapModel(mapDebate());

describe('outline rows', () => {
	it('list the shown claims in the map’s order, with levels and what can open', () => {
		const rows = outlineRows(
			model,
			disclose({ model, passes: null, expansion: DEFAULT_EXPANSION })
		);
		expect(
			rows.map((r) => `${r.level}:${r.id}${r.expandable ? (r.open ? '-' : '+') : ''}`)
		).toEqual(['1:thesis-', '2:f1+', '2:f2+', '2:f3', '2:a1+', '2:a2']);
		expect(rows[1]).toMatchObject({ relation: 'supports', posinset: 1, setsize: 5 });
	});

	it('link a second relation into a shown claim under it, once', () => {
		const rows = outlineRows(model, disclose({ model, passes: null, expansion: expandToDepth(3) }));
		const links = rows.filter((r) => r.link);
		expect(links.map((r) => [r.id, r.parentKey, r.relation])).toEqual([['f2a', 'a1a', 'attacks']]);
	});

	it('under a filter, mark claims shown under a farther ancestor', () => {
		const passes = filterPasses(model, { ...EMPTY_FILTERS, tags: ['cost'] });
		const rows = outlineRows(model, disclose({ model, passes, expansion: DEFAULT_EXPANSION }));
		expect(rows.map((r) => [r.id, r.relation])).toEqual([
			['thesis', undefined],
			['a1', 'attacks'],
			['a1a1', undefined]
		]);
	});
});
