/**
 * What a reader has chosen on the map (selection, focus, filters, what is open, which
 * view, the overlays), and its round trip through the address bar so any view can be
 * shared as a link. Unknown values in a link are dropped, renamed claims followed.
 */
import { own } from '$lib/shared/records';
import { resolve } from '$app/paths';
import { CLAIM_SIDES } from '$lib/model/sides';
import { DEFAULT_EXPANSION, type Expansion } from './disclosure';
import { EMPTY_FILTERS, FILTER_GROUPS, type Filters } from './filters';

export { EMPTY_FILTERS, filtersActive, type Filters } from './filters';

export type MapMode = 'map' | 'columns';

export interface ViewState {
	selected: string | null;
	/** Steps of neighbourhood shown around the selection; 0 = focus off. */
	focus: number;
	filters: Filters;
	expansion: Expansion;
	mode: MapMode;
	/** Each claim's computed status drawn on the map. */
	status: boolean;
	/** Projector mode: the map and the panel, large. */
	present: boolean;
}

export const MAX_FOCUS = 5;
export const MAX_DEPTH = 12;

export const DEFAULT_VIEW: ViewState = {
	selected: null,
	focus: 0,
	filters: EMPTY_FILTERS,
	expansion: DEFAULT_EXPANSION,
	mode: 'map',
	status: false,
	present: false
};

const LIST_KEYS: Record<keyof Filters, string> = {
	speakers: 'speaker',
	sources: 'source',
	sides: 'side',
	tags: 'tag'
};

/** The ids a link may name. */
export interface KnownIds {
	claims: ReadonlySet<string> | { has(id: string): boolean };
	moved: Record<string, string>;
	people: Iterable<string>;
	sources: Iterable<string>;
	tags: Iterable<string>;
}

const list = (params: URLSearchParams, key: string) =>
	params
		.getAll(key)
		.flatMap((v) => v.split(','))
		.filter(Boolean);

export function parseViewState(params: URLSearchParams, known: KnownIds): ViewState {
	const follow = (id: string) => own(known.moved, id) ?? id;
	const valid: Record<keyof Filters, Set<string>> = {
		speakers: new Set(known.people),
		sources: new Set(known.sources),
		sides: new Set<string>(CLAIM_SIDES),
		tags: new Set(known.tags)
	};
	const filters = { ...EMPTY_FILTERS };
	for (const key of FILTER_GROUPS) {
		(filters[key] as string[]) = [
			...new Set(list(params, LIST_KEYS[key]).filter((v) => valid[key].has(v)))
		];
	}
	let selected = params.get('claim');
	if (selected) selected = follow(selected);
	if (selected && !known.claims.has(selected)) selected = null;
	const int = (key: string, fallback: number, max: number) => {
		const n = Number.parseInt(params.get(key) ?? '', 10);
		return Number.isFinite(n) ? Math.max(0, Math.min(max, n)) : fallback;
	};
	const ids = (key: string) =>
		new Set(
			list(params, key)
				.map(follow)
				.filter((id) => known.claims.has(id))
		);
	return {
		selected,
		focus: selected ? int('focus', 0, MAX_FOCUS) : 0,
		filters,
		expansion: {
			depth: int('depth', DEFAULT_EXPANSION.depth, MAX_DEPTH),
			open: ids('open'),
			closed: ids('closed')
		},
		mode: params.get('view') === 'columns' ? 'columns' : 'map',
		status: params.get('status') === '1',
		present: params.get('present') === '1'
	};
}

export function viewStateToParams(state: ViewState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.selected) params.set('claim', state.selected);
	if (state.selected && state.focus > 0) params.set('focus', String(state.focus));
	for (const key of FILTER_GROUPS) {
		const values = state.filters[key];
		if (values.length) params.set(LIST_KEYS[key], [...values].sort().join(','));
	}
	const { depth, open, closed } = state.expansion;
	if (depth !== DEFAULT_EXPANSION.depth) params.set('depth', String(depth));
	if (open.size) params.set('open', [...open].sort().join(','));
	if (closed.size) params.set('closed', [...closed].sort().join(','));
	if (state.mode !== 'map') params.set('view', state.mode);
	if (state.status) params.set('status', '1');
	if (state.present) params.set('present', '1');
	return params;
}

/** Which changes deserve their own history entry: a new selection does; the rest replace it. */
export function isNewStep(before: ViewState, after: ViewState): boolean {
	return before.selected !== after.selected || before.mode !== after.mode;
}

/** The map of a debate with one claim selected: the one way every page links into the map. */
export function mapHref(debate: string, claim: string): string {
	const params = viewStateToParams({ ...DEFAULT_VIEW, selected: claim });
	return `${resolve('/[debate]', { debate })}?${params}`;
}
