import { describe, expect, it } from 'vitest';
import {
	mapHref,
	parseViewState,
	viewStateToParams,
	visibleClaims,
	EMPTY_FILTERS
} from './view-state';
import { buildGraph } from '$lib/model/graph';
import { sampleDebate } from '$lib/testing/tiny-debate';

const debate = sampleDebate();
const graph = buildGraph(debate);

describe('view state in the address', () => {
	it('round-trips selection, focus and filters', () => {
		const state = {
			selected: 'c',
			focus: 2,
			filters: {
				speakers: ['bob', 'ann'],
				sources: ['src'],
				sides: ['for' as const],
				tags: ['sea']
			}
		};
		const params = viewStateToParams(state);
		expect(params.toString()).toBe('claim=c&focus=2&speaker=ann%2Cbob&source=src&side=for&tag=sea');
		expect(parseViewState(params, debate)).toEqual({
			...state,
			filters: { ...state.filters, speakers: ['ann', 'bob'] }
		});
	});

	it('drops unknown values and follows moved ids', () => {
		const s = parseViewState(
			new URLSearchParams('claim=old-a&focus=99&speaker=nobody,ann&side=sideways'),
			debate
		);
		expect(s).toEqual({
			selected: 'a',
			focus: 5,
			filters: { ...EMPTY_FILTERS, speakers: ['ann'] }
		});
		expect(parseViewState(new URLSearchParams('claim=missing&focus=2'), debate)).toEqual({
			selected: null,
			focus: 0,
			filters: EMPTY_FILTERS
		});
	});
});

describe('visibleClaims', () => {
	it('shows everything without filters', () => {
		expect(visibleClaims(debate, graph, EMPTY_FILTERS).size).toBe(7);
	});
	it('ANDs groups and ORs values within a group, keeping the thesis', () => {
		const v = visibleClaims(debate, graph, { ...EMPTY_FILTERS, speakers: ['ann'], sides: ['for'] });
		expect([...v].sort()).toEqual(['a', 'd', 'e', 'thesis']);
		const t = visibleClaims(debate, graph, { ...EMPTY_FILTERS, tags: ['sea', 'cost'] });
		expect([...t].sort()).toEqual(['a', 'b', 'thesis']);
		const s = visibleClaims(debate, graph, { ...EMPTY_FILTERS, sources: ['src'] });
		expect([...s].sort()).toEqual(['a', 'thesis']);
	});
});

describe('mapHref', () => {
	it('links into the map with the claim selected, readable by the map itself', () => {
		const href = mapHref('tiny', 'c');
		expect(href).toMatch(/\/tiny\?claim=c$/);
		expect(parseViewState(new URL(href, 'http://x').searchParams, debate).selected).toBe('c');
	});
});
