/**
 * The outline's rows: the shown claims in the map's order, each at its level under the
 * claim it hangs from, plus a link row under a claim for every other shown relation into
 * it (a claim answering two claims is listed once, and linked from the second).
 */
import type { Relation } from '$lib/vocabulary';
import type { Disclosure } from './disclosure';
import type { MapModel } from './payload';

export interface OutlineRow {
	key: string;
	id: string;
	index: number;
	level: number;
	setsize: number;
	posinset: number;
	/** The relation to the parent row's claim (none when claims between are hidden). */
	relation?: Relation;
	/** It undercuts the parent's relation ("says it does not show…"), rather than attacking the parent. */
	undercut?: boolean;
	/** It supports or attacks the parent only together with others (linked premises). */
	together?: boolean;
	link: boolean;
	expandable: boolean;
	open: boolean;
	parentKey?: string;
}

export function outlineRows(model: MapModel, d: Disclosure): OutlineRow[] {
	const out: OutlineRow[] = [];
	const root = d.order[0];
	if (root === undefined) return out;
	const links = new Map<number, Array<{ from: number; relation: Relation }>>();
	for (const i of d.order) {
		for (const e of model.incoming[i]) {
			if (!d.visible[e.from] || (d.up[e.from] === i && !d.indirect[e.from])) continue;
			(links.get(i) ?? links.set(i, []).get(i)!).push({ from: e.from, relation: e.relation });
		}
	}
	const walk = (
		i: number,
		level: number,
		posinset: number,
		setsize: number,
		parentKey?: string
	) => {
		const key = model.ids[i];
		const kids = d.kids.get(i) ?? [];
		const extra = kids.length ? (links.get(i) ?? []) : [];
		const up = d.up[i];
		const structure =
			i === root || d.indirect[i] || up < 0
				? {}
				: {
						...(!model.outgoing[i].some((e) => e.to === up) &&
						model.undercutsBy[i].some((x) => x.edge.from === up)
							? { undercut: true }
							: {}),
						...(model.groupOf.has(`${i}>${up}`) ? { together: true } : {})
					};
		out.push({
			...structure,
			key,
			id: key,
			index: i,
			level,
			setsize,
			posinset,
			relation: i === root || d.indirect[i] ? undefined : model.parentRelation[i],
			link: false,
			expandable: d.replies.has(i),
			open: kids.length > 0,
			parentKey
		});
		const size = kids.length + extra.length;
		kids.forEach((k, n) => walk(k, level + 1, n + 1, size, key));
		extra.forEach((l, n) =>
			out.push({
				key: `link:${model.ids[l.from]}>${l.relation}>${key}`,
				id: model.ids[l.from],
				index: l.from,
				level: level + 1,
				setsize: size,
				posinset: kids.length + n + 1,
				relation: l.relation,
				link: true,
				expandable: false,
				open: false,
				parentKey: key
			})
		);
	};
	walk(root, 1, 1, 1);
	return out;
}
