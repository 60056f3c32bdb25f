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
import { joinNames, undercutVerb } from '$lib/model/structure-words';

export interface ColumnCard {
	id: string;
	title: string;
	voice: string;
	side: ClaimSide;
	evidence: number;
	/** Replies to this card's claim, by what they do to it. */
	replies: { supports: number; attacks: number };
	/** What an undercut says, or who a linked premise holds together with: "Says this does not show “Y”". */
	note?: string;
}

export interface ColumnsView {
	focus: ColumnCard;
	/** From the resolution down to the focus's parent, each with its relation to the next. */
	crumbs: Array<{ id: string; title: string; relation?: Relation }>;
	supporting: ColumnCard[];
	attacking: ColumnCard[];
	/** Replies left out because they do not pass the filters. */
	filteredOut: number;
	/** When the focus undercuts a relation: the claims at its two ends. */
	undercut?: {
		from: { id: string; title: string };
		verb: string;
		to: { id: string; title: string };
	};
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
	const q = (i: number) => `“${model.titles[i]}”`;
	for (const e of model.incoming[focus]) {
		if (passes && !passes[e.from]) {
			filteredOut++;
			continue;
		}
		const c = card(model, e.from);
		const group = model.groupOf.get(`${e.from}>${focus}`);
		if (group)
			c.note = `Only together with ${joinNames(group.members.filter((m) => m !== e.from).map(q))}`;
		(e.relation === 'supports' ? supporting : attacking).push(c);
	}
	// An undercut of one of the focus's own relations answers it: it goes with the attacks.
	for (const u of model.undercutsOf[focus]) {
		if (passes && !passes[u.by]) {
			filteredOut++;
			continue;
		}
		const c = card(model, u.by);
		c.note = `Says this ${undercutVerb(u.edge.relation)} ${u.edge.to === 0 ? 'the resolution' : q(u.edge.to)}`;
		attacking.push(c);
	}
	const up = model.parent[focus];
	const u = up >= 0 ? model.undercutsBy[focus].find((x) => x.edge.from === up) : undefined;
	return {
		focus: card(model, focus),
		crumbs,
		supporting,
		attacking,
		filteredOut,
		...(u
			? {
					undercut: {
						from: { id: model.ids[u.edge.from], title: model.titles[u.edge.from] },
						verb: undercutVerb(u.edge.relation),
						to: {
							id: model.ids[u.edge.to],
							title: u.edge.to === 0 ? 'the resolution' : model.titles[u.edge.to]
						}
					}
				}
			: {})
	};
}
