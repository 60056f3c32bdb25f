/**
 * The pro/con column view (the reading mode classroom users know from Kialo): one claim,
 * its chain to the resolution as a breadcrumb, its supporting replies in one column and
 * the attacks on it in the other. Plain data for a plain-HTML view, in the same reading
 * order as the map and the outline.
 */
import type { ClaimSide } from '$lib/model/sides';
import type { Relation } from '$lib/vocabulary';
import type { MapModel } from './payload';
import { voiceOf } from './tree-layout';

export interface ColumnCard {
	id: string;
	title: string;
	voice: string;
	side: ClaimSide;
	evidence: number;
	/** Replies to this card's claim, by what they do to it. */
	replies: { supports: number; attacks: number };
}

export interface ColumnsView {
	focus: ColumnCard;
	/** From the resolution down to the focus's parent, each with its relation to the next. */
	crumbs: Array<{ id: string; title: string; relation?: Relation }>;
	supporting: ColumnCard[];
	attacking: ColumnCard[];
	/** Replies left out because they do not pass the filters. */
	filteredOut: number;
}

function card(model: MapModel, i: number): ColumnCard {
	let supports = 0;
	let attacks = 0;
	for (const e of model.incoming[i]) {
		if (e.relation === 'supports') supports++;
		else attacks++;
	}
	return {
		id: model.ids[i],
		title: model.titles[i],
		voice: voiceOf(model, i),
		side: model.sides[i],
		evidence: model.payload.evidence[i],
		replies: { supports, attacks }
	};
}

export function columnsView(
	model: MapModel,
	focus: number,
	passes: Uint8Array | null
): ColumnsView {
	const crumbs: ColumnsView['crumbs'] = [];
	for (let at = focus; model.parent[at] >= 0; at = model.parent[at]) {
		const p = model.parent[at];
		crumbs.unshift({
			id: model.ids[p],
			title: model.titles[p],
			relation: model.parentRelation[at]
		});
	}
	const supporting: ColumnCard[] = [];
	const attacking: ColumnCard[] = [];
	let filteredOut = 0;
	for (const e of model.incoming[focus]) {
		if (passes && !passes[e.from]) {
			filteredOut++;
			continue;
		}
		(e.relation === 'supports' ? supporting : attacking).push(card(model, e.from));
	}
	return { focus: card(model, focus), crumbs, supporting, attacking, filteredOut };
}
