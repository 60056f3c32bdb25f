/**
 * What the whole-map rules read: the claims with their readable relations as numbered edges,
 * built once per debate. Linear passes only, so 10,000 claims stay fast.
 */
import { RELATIONS, type Claim, type Relation } from '$lib/schema';
import type { Lenient } from '../../lenient';
import type { Position } from '../../problem';
import type { DataPath } from '../../yaml-source';

export interface GraphClaim {
	path: string;
	id: string;
	locate(path: DataPath, at?: 'value' | 'key'): Position;
	data: Lenient<
		Pick<Claim, 'kind' | 'supports' | 'attacks' | 'undercuts' | 'speaker' | 'role' | 'evidence'>
	>;
}

export interface GraphInput {
	/** Where to report a missing thesis. */
	debatePath: string;
	/** Claims that parsed (at least their relation fields). */
	claims: GraphClaim[];
	/** Claim ids whose files could not be read: assumed connected, so one broken file does not cascade. */
	unreadable?: string[];
	/** A referenced id → the live claim it means (following renames), or undefined. */
	resolve?: (id: string) => string | undefined;
	/** Sources of kind `debate`: pieces published side by side, where neither replies to the other. */
	sideBySide?: ReadonlySet<string>;
}

export interface Edge {
	to: number;
	/** `undercuts`: the claim answers a relation that `to` makes (it leads to the thesis through `to`). */
	rel: Relation | 'undercuts';
	index: number;
}

export interface GraphIndex extends GraphInput {
	unreadable: string[];
	idx: Map<string, number>;
	resolve: (id: string) => string | undefined;
	theses: GraphClaim[];
	/** Per claim, its relations to other known claims (none for a thesis). */
	edges: Edge[][];
}

export function quoteList(ids: string[], max = 4): string {
	const q = ids.slice(0, max).map((i) => `"${i}"`);
	return ids.length > max
		? `${q.join(', ')} and ${ids.length - max} more`
		: q.join(ids.length === 2 ? ' and ' : ', ');
}

/** Each readable target of a relation list, with its index in the file. */
export function relationTargets(c: GraphClaim, rel: Relation): Array<[string, number]> {
	const out: Array<[string, number]> = [];
	(c.data[rel] ?? []).forEach((t, i) => {
		if (typeof t === 'string') out.push([t, i]);
	});
	return out;
}

export function indexGraph(input: GraphInput): GraphIndex {
	const { claims } = input;
	const idx = new Map(claims.map((c, i) => [c.id, i]));
	const resolve = input.resolve ?? ((id: string) => (idx.has(id) ? id : undefined));
	const edges: Edge[][] = claims.map((c) => {
		const list: Edge[] = [];
		// A thesis with relations is reported on its own; following them would only echo it as cycles.
		if (c.data.kind === 'thesis') return list;
		for (const rel of RELATIONS)
			for (const [target, index] of relationTargets(c, rel)) {
				const id = resolve(target);
				const to = id === undefined ? undefined : idx.get(id);
				if (to !== undefined && id !== c.id) list.push({ to, rel, index });
			}
		(c.data.undercuts ?? []).forEach((u, index) => {
			const id = typeof u?.from === 'string' ? resolve(u.from) : undefined;
			const to = id === undefined ? undefined : idx.get(id);
			if (to !== undefined && id !== c.id) list.push({ to, rel: 'undercuts', index });
		});
		return list;
	});
	return {
		...input,
		unreadable: input.unreadable ?? [],
		idx,
		resolve,
		theses: claims.filter((c) => c.data.kind === 'thesis'),
		edges
	};
}
