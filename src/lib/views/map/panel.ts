/**
 * The side panel's data: one claim in full (from its details) inside just enough of the
 * debate for ClaimDetails to name every claim and speaker it mentions, so the panel is
 * the same component the claim pages use, without the page shipping the whole debate.
 */
import type { ClaimContext, Edge } from '$lib/model/graph';
import type { ClaimSide } from '$lib/model/sides';
import type { Debate } from '$lib/model/types';
import type { ClaimDetail, MapModel, ModelEdge } from './payload';

export function panelContext(model: MapModel, i: number): ClaimContext {
	const edge = (e: ModelEdge): Edge => {
		const from = model.ids[e.from];
		const to = model.ids[e.to];
		return { id: `${from}>${e.relation}>${to}`, from, to, relation: e.relation };
	};
	const chain: ClaimContext['chain'] = [];
	for (let at = i; model.parent[at] >= 0; at = model.parent[at]) {
		chain.push({
			from: model.ids[at],
			to: model.ids[model.parent[at]],
			relation: model.parentRelation[at]!
		});
	}
	const outgoing = model.outgoing[i].map(edge);
	const incoming = model.incoming[i].map(edge);
	const sides: Record<string, ClaimSide> = {};
	for (const id of [
		model.ids[i],
		...chain.map((s) => s.to),
		...outgoing.map((e) => e.to),
		...incoming.map((e) => e.from)
	])
		sides[id] = model.sides[model.index.get(id)!];
	return {
		id: model.ids[i],
		side: model.sides[i],
		chain,
		outgoing,
		incoming,
		undercuts: [],
		undercutBy: [],
		groups: [],
		sides
	};
}

/** A debate holding the claim in full and every claim it mentions by title and speaker. */
export function panelDebate(model: MapModel, ctx: ClaimContext, detail: ClaimDetail): Debate {
	const p = model.payload;
	const claims: Debate['claims'] = {};
	for (const id of Object.keys(ctx.sides)) {
		const j = model.index.get(id)!;
		const speaker = p.speakers[j] >= 0 ? p.people[p.speakers[j]].id : undefined;
		claims[id] = {
			id,
			text: model.titles[j],
			label: model.titles[j],
			speaker,
			kind: model.kinds[j]
		};
	}
	claims[detail.claim.id] = detail.claim;
	return {
		id: p.debate.id,
		meta: p.debate.meta,
		thesis: model.ids[0],
		claims,
		people: Object.fromEntries(p.people.map((x) => [x.id, x])),
		sources: Object.fromEntries(p.sources.map((s) => [s.id, s])),
		moved: {}
	};
}

/** Details of one claim: inline for small debates, else from its prerendered chunk. */
export function detailsLoader(model: MapModel, url: (chunk: number) => string, chunkSize: number) {
	const cache = new Map<number, Promise<ClaimDetail[]>>();
	return async (i: number): Promise<ClaimDetail | undefined> => {
		const inline = model.payload.details;
		if (Array.isArray(inline)) return inline[i];
		const k = Math.floor(i / chunkSize);
		let chunk = cache.get(k);
		if (!chunk) {
			chunk = fetch(url(k)).then((r) => {
				if (!r.ok) throw new Error(`details ${k}: ${r.status}`);
				return r.json() as Promise<ClaimDetail[]>;
			});
			cache.set(k, chunk);
			chunk.catch(() => cache.delete(k));
		}
		return (await chunk)[i % chunkSize];
	};
}
