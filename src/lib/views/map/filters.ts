/**
 * Filters on the map: which claims match, and how many each option would show. A claim
 * must match one chosen value of every group in use; an option's count is what the map
 * would show if it were added, given the other groups already chosen.
 */
import type { ClaimSide } from '$lib/model/sides';
import { SIDE_NAMES } from '$lib/model/sides';
import { displayName } from '$lib/model/labels';
import type { MapModel } from './payload';

export interface Filters {
	speakers: string[];
	sources: string[];
	sides: ClaimSide[];
	tags: string[];
}

export type FilterGroup = keyof Filters;
export const FILTER_GROUPS: readonly FilterGroup[] = ['speakers', 'sources', 'sides', 'tags'];
export const EMPTY_FILTERS: Filters = { speakers: [], sources: [], sides: [], tags: [] };

export function filtersActive(f: Filters): boolean {
	return FILTER_GROUPS.some((g) => f[g].length > 0);
}

/** The values of one group a claim has (its speaker, the sources it quotes…). */
function valuesOf(model: MapModel, i: number, group: FilterGroup): string[] {
	const p = model.payload;
	switch (group) {
		case 'speakers': {
			// A raised objection belongs to the view it states, but readers looking for
			// what Newsham wrote expect to find the objections he raised, too.
			const out: string[] = [];
			if (p.speakers[i] >= 0) out.push(p.people[p.speakers[i]].id);
			const role = p.roles[i];
			if (role && role[1] >= 0) out.push(p.people[role[1]].id);
			return out;
		}
		case 'sources':
			return p.cites[i].filter((s) => s >= 0).map((s) => p.sources[s].id);
		case 'sides':
			return [model.sides[i]];
		case 'tags':
			return p.tags[i].filter((t) => t >= 0).map((t) => p.tagIds[t]);
	}
}

function matchesGroup(model: MapModel, i: number, group: FilterGroup, chosen: readonly string[]) {
	if (!chosen.length) return true;
	return valuesOf(model, i, group).some((v) => chosen.includes(v));
}

/** Per claim, 1 where it passes every group in use; null when no filter is on. */
export function filterPasses(model: MapModel, f: Filters): Uint8Array | null {
	if (!filtersActive(f)) return null;
	const out = new Uint8Array(model.n);
	for (let i = 0; i < model.n; i++) {
		out[i] = i === 0 || FILTER_GROUPS.every((g) => matchesGroup(model, i, g, f[g])) ? 1 : 0;
	}
	return out;
}

export interface FilterOption {
	value: string;
	label: string;
	count: number;
}

/**
 * Every option of every group with the number of claims it would match alongside the
 * other groups' choices. Options that match nothing at all are left out.
 */
export function filterOptions(model: MapModel, f: Filters): Record<FilterGroup, FilterOption[]> {
	const p = model.payload;
	const labels: Record<FilterGroup, Map<string, string>> = {
		speakers: new Map(p.people.map((x) => [x.id, displayName(x)])),
		sources: new Map(p.sources.map((s) => [s.id, sourceLabel(s)])),
		sides: new Map((['for', 'against', 'mixed'] as const).map((s) => [s, SIDE_NAMES[s]])),
		tags: new Map(p.tagIds.map((t) => [t, p.debate.meta.tags?.[t]?.label ?? t]))
	};
	const out = {} as Record<FilterGroup, FilterOption[]>;
	for (const group of FILTER_GROUPS) {
		const counts = new Map<string, number>();
		const any = new Set<string>();
		for (let i = 1; i < model.n; i++) {
			const values = valuesOf(model, i, group);
			for (const v of values) any.add(v);
			const others = FILTER_GROUPS.every((g) => g === group || matchesGroup(model, i, g, f[g]));
			if (!others) continue;
			for (const v of new Set(values)) counts.set(v, (counts.get(v) ?? 0) + 1);
		}
		out[group] = [...labels[group]]
			.filter(([value]) => any.has(value))
			.map(([value, label]) => ({ value, label, count: counts.get(value) ?? 0 }));
		if (group === 'speakers')
			out[group].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
	}
	return out;
}

/** A source as readers tell sources apart: who wrote it, then its title. */
export function sourceLabel(s: { title: string; authors?: string[]; publisher?: unknown }): string {
	const who = s.authors?.length
		? s.authors.length > 2
			? `${s.authors[0]} et al.`
			: s.authors.join(' and ')
		: typeof s.publisher === 'string'
			? s.publisher
			: typeof s.publisher === 'object' && s.publisher && 'value' in s.publisher
				? String((s.publisher as { value: unknown }).value)
				: '';
	return who ? `${who}: ${s.title}` : s.title;
}
