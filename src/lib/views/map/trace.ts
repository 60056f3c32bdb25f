/**
 * What selecting a claim lights up, in the shown part of the map: its chain up to the
 * resolution, every shown reply beneath it, and its other relations to shown claims.
 * Kept to what is drawn, so a selection restyles tens of elements, not the whole map.
 */
import type { Disclosure } from './disclosure';
import type { MapModel } from './payload';

export interface Trace {
	claims: Set<string>;
	edges: Set<string>;
	/** The chain from the selection up to the resolution, selection first. */
	chain: number[];
}

const edgeKey = (model: MapModel, d: Disclosure, child: number, parent: number) =>
	d.indirect[child]
		? `${model.ids[child]}~${model.ids[parent]}`
		: `${model.ids[child]}>${model.parentRelation[child]}>${model.ids[parent]}`;

export function traceOf(model: MapModel, d: Disclosure, i: number): Trace {
	const claims = new Set<string>();
	const edges = new Set<string>();
	const chain: number[] = [];
	for (let at = i; at >= 0; at = d.up[at]) {
		chain.push(at);
		claims.add(model.ids[at]);
		if (d.up[at] >= 0) edges.add(edgeKey(model, d, at, d.up[at]));
	}
	const stack = [...(d.kids.get(i) ?? [])];
	while (stack.length) {
		const k = stack.pop()!;
		claims.add(model.ids[k]);
		edges.add(edgeKey(model, d, k, d.up[k]));
		stack.push(...(d.kids.get(k) ?? []));
	}
	// Relations in and out that the outline tree does not carry (cross-links).
	for (const e of [...model.incoming[i], ...model.outgoing[i]]) {
		if (!d.visible[e.from] || !d.visible[e.to]) continue;
		claims.add(model.ids[e.from]);
		claims.add(model.ids[e.to]);
		edges.add(`${model.ids[e.from]}>${e.relation}>${model.ids[e.to]}`);
	}
	// A linked group's joint arrow lights with any of its members' strokes (structure-drawing.ts).
	for (const g of model.groups) {
		const keys = g.members.map((m) => `${model.ids[m]}>${g.relation}>${model.ids[g.to]}`);
		if (keys.some((k) => edges.has(k)))
			edges.add(
				`joint:${g.relation}>${model.ids[g.to]}>${g.members.map((m) => model.ids[m]).join('+')}>${g.relation}`
			);
	}
	return { claims, edges, chain };
}
