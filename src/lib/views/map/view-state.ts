/**
 * What a reader has chosen on the map (selection, focus, filters, search), and its
 * round trip through the address bar so any view can be shared as a link.
 */
import { resolve } from '$app/paths';
import type { DebateGraph } from '$lib/model/graph';
import { CLAIM_SIDES, type ClaimSide } from '$lib/model/sides';
import type { Debate } from '$lib/model/types';

export interface Filters {
	speakers: string[];
	sources: string[];
	sides: ClaimSide[];
	tags: string[];
}

export interface ViewState {
	selected: string | null;
	/** Steps of neighbourhood shown around the selection; 0 = focus off. */
	focus: number;
	filters: Filters;
}

export const EMPTY_FILTERS: Filters = { speakers: [], sources: [], sides: [], tags: [] };
export const MAX_FOCUS = 5;

const LIST_KEYS = { speakers: 'speaker', sources: 'source', sides: 'side', tags: 'tag' } as const;

export function parseViewState(params: URLSearchParams, debate: Debate): ViewState {
	const known = {
		speakers: new Set(Object.keys(debate.people)),
		sources: new Set(Object.keys(debate.sources)),
		sides: new Set<string>(CLAIM_SIDES),
		tags: new Set(Object.keys(debate.meta.tags ?? {}))
	};
	const filters = { ...EMPTY_FILTERS };
	for (const key of Object.keys(LIST_KEYS) as (keyof Filters)[]) {
		const values = params.getAll(LIST_KEYS[key]).flatMap((v) => v.split(','));
		// Unknown values are dropped rather than shown as an empty map.
		(filters[key] as string[]) = [...new Set(values.filter((v) => known[key].has(v)))];
	}
	let selected = params.get('claim');
	if (selected && debate.moved[selected]) selected = debate.moved[selected];
	if (selected && !debate.claims[selected]) selected = null;
	const focusRaw = Number.parseInt(params.get('focus') ?? '0', 10);
	const focus =
		selected && Number.isFinite(focusRaw) ? Math.max(0, Math.min(MAX_FOCUS, focusRaw)) : 0;
	return { selected, focus, filters };
}

export function viewStateToParams(state: ViewState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.selected) params.set('claim', state.selected);
	if (state.selected && state.focus > 0) params.set('focus', String(state.focus));
	for (const key of Object.keys(LIST_KEYS) as (keyof Filters)[]) {
		const values = state.filters[key];
		if (values.length) params.set(LIST_KEYS[key], [...values].sort().join(','));
	}
	return params;
}

export function filtersActive(f: Filters): boolean {
	return f.speakers.length + f.sources.length + f.sides.length + f.tags.length > 0;
}

/**
 * Claims that pass every active filter group (a claim must match one value of each
 * group in use). The thesis always stays so the map keeps its root.
 */
export function visibleClaims(debate: Debate, graph: DebateGraph, f: Filters): Set<string> {
	const out = new Set<string>();
	for (const id of graph.ids) {
		const c = debate.claims[id];
		if (id === debate.thesis) {
			out.add(id);
			continue;
		}
		if (f.speakers.length && !(c.speaker && f.speakers.includes(c.speaker))) continue;
		if (f.sides.length && !f.sides.includes(graph.side.get(id)!)) continue;
		if (f.tags.length && !(c.tags ?? []).some((t) => f.tags.includes(t))) continue;
		if (f.sources.length && !(c.evidence ?? []).some((e) => f.sources.includes(e.source))) continue;
		out.add(id);
	}
	return out;
}

/** The map of a debate with one claim selected: the one way every page links into the map. */
export function mapHref(debate: string, claim: string): string {
	const params = viewStateToParams({ selected: claim, focus: 0, filters: EMPTY_FILTERS });
	return `${resolve('/[debate]', { debate })}?${params}`;
}
