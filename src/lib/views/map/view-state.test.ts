import { describe, expect, it } from 'vitest';
import {
	DEFAULT_VIEW,
	isNewStep,
	mapHref,
	parseViewState,
	viewStateToParams,
	type KnownIds
} from './view-state';

const known: KnownIds = {
	claims: new Set(['a', 'b', 'c', 'thesis']),
	moved: { 'old-a': 'a' },
	people: ['ann', 'bob'],
	sources: ['src'],
	tags: ['sea', 'cost']
};

describe('view state in the address', () => {
	it('round-trips selection, focus, filters, what is open, the view and the overlays', () => {
		const state = {
			...DEFAULT_VIEW,
			selected: 'c',
			focus: 2,
			filters: {
				speakers: ['bob', 'ann'],
				sources: ['src'],
				sides: ['for' as const],
				tags: ['sea']
			},
			expansion: { depth: 2, open: new Set(['b', 'a']), closed: new Set(['c']) },
			mode: 'columns' as const,
			status: true,
			present: true
		};
		const params = viewStateToParams(state);
		expect(params.toString()).toBe(
			'claim=c&focus=2&speaker=ann%2Cbob&source=src&side=for&tag=sea&depth=2&open=a%2Cb&closed=c&view=columns&status=1&present=1'
		);
		const back = parseViewState(params, known);
		expect({
			...back,
			filters: { ...back.filters, speakers: [...back.filters.speakers].sort() }
		}).toEqual({
			...state,
			filters: { ...state.filters, speakers: ['ann', 'bob'] }
		});
	});

	it('writes nothing for the default view', () => {
		expect(viewStateToParams(DEFAULT_VIEW).toString()).toBe('');
		expect(parseViewState(new URLSearchParams(''), known)).toEqual(DEFAULT_VIEW);
	});

	it('drops unknown values, clamps numbers and follows moved ids', () => {
		const s = parseViewState(
			new URLSearchParams(
				'claim=old-a&focus=99&speaker=ann,zed&side=sideways&open=old-a,nope&depth=x'
			),
			known
		);
		expect(s.selected).toBe('a');
		expect(s.focus).toBe(5);
		expect(s.filters.speakers).toEqual(['ann']);
		expect(s.filters.sides).toEqual([]);
		expect([...s.expansion.open]).toEqual(['a']);
		expect(s.expansion.depth).toBe(1);
		expect(parseViewState(new URLSearchParams('claim=gone&focus=2'), known)).toMatchObject({
			selected: null,
			focus: 0
		});
	});

	it('gives a new selection its own history entry; filters and folds replace it', () => {
		const a = { ...DEFAULT_VIEW, selected: 'a' };
		expect(isNewStep(DEFAULT_VIEW, a)).toBe(true);
		expect(isNewStep(a, { ...a, status: true })).toBe(false);
		expect(
			isNewStep(a, { ...a, expansion: { depth: 3, open: new Set(), closed: new Set() } })
		).toBe(false);
	});
});

describe('mapHref', () => {
	it('links into the map with the claim selected, readable by the map itself', () => {
		const href = mapHref('tiny', 'c');
		expect(href).toMatch(/\/tiny\?claim=c$/);
		expect(parseViewState(new URLSearchParams(href.split('?')[1]), known).selected).toBe('c');
	});
});
