/**
 * What the map page ships: the debate's structure and short texts in columns, encoded
 * once at build time, never the whole debate. At 10,000 claims the whole debate as JSON
 * is ~4 MB; this is what the map, the outline, the column view, search and the filters
 * need, in a fraction of that. Full texts, quotes and status reasons (the side panel)
 * travel inline for small debates and in chunks fetched on demand for large ones.
 *
 * Browser-safe and zod-free: only types come from the schema.
 *
 * Claims are listed in outline preorder (thesis first, replies in reading order), so a
 * reader of the payload can rebuild every reply list in order by one scan.
 */
import type { ClaimKind, ClaimRole, DebateMeta, Person, Relation, Source } from '$lib/schema';
import type { DebateGraph } from '$lib/model/graph';
import type { ClaimSide } from '$lib/model/sides';
import type { ClaimStatus } from '$lib/evaluate';
import type { ClaimRecord, Debate } from '$lib/model/types';
import { claimTitle } from '$lib/model/labels';

/** The full computed status, for the panel; the map itself needs only the kind. */
export type StatusDetail = ClaimStatus;

/** One claim in full, for the side panel. */
export interface ClaimDetail {
	claim: ClaimRecord;
	status?: StatusDetail;
}

/** Claims per details chunk: a chunk is a few dozen kilobytes, fetched when first needed. */
export const DETAILS_CHUNK = 250;
/** Up to this many claims, every detail travels inline and nothing is fetched. */
export const INLINE_DETAILS = 400;

const SIDE_CODES: Record<ClaimSide, string> = { thesis: 't', for: 'f', against: 'a', mixed: 'm' };
const CODE_SIDES: Record<string, ClaimSide> = { t: 'thesis', f: 'for', a: 'against', m: 'mixed' };

export interface MapPayload {
	debate: {
		id: string;
		meta: Pick<DebateMeta, 'title' | 'resolution' | 'description' | 'sides' | 'tags'>;
	};
	/** Claim ids in outline preorder; every other column is indexed like this one. */
	ids: string[];
	titles: string[];
	/** One character per claim: t(hesis), f(or), a(gainst), m(ixed). */
	sides: string;
	/** Index into `people`, or -1. */
	speakers: number[];
	/** Claim kind per claim ('' when not given). */
	kinds: string[];
	/** Claims whose role is not "asserted": index → [role, index of `by` in people or -1]. */
	roles: Record<number, [ClaimRole, number]>;
	/** Status kind per claim ('' for the thesis). */
	status: string[];
	/** Evidence quotes per claim. */
	evidence: number[];
	/** Sources each claim quotes (indices into `sources`). */
	cites: number[][];
	/** Tags per claim (indices into `tagIds`). */
	tags: number[][];
	tagIds: string[];
	/** Outline parent of each claim (index), -1 for the thesis. */
	parent: number[];
	/** Every relation as a flat list of triples: from, to, 0 = supports / 1 = attacks. */
	edges: number[];
	/** Undercuts as a flat list of quadruples: the undercutting claim, then the relation it undercuts (from, to, 0/1). */
	undercuts?: number[];
	/** Linked groups, each [to, 0 = supports / 1 = attacks, member, member, …]. */
	groups?: number[][];
	people: Array<Person & { id: string }>;
	sources: Array<Source & { id: string }>;
	moved: Record<string, string>;
	/** Full details inline (small debates), else how many chunks to fetch them from. */
	details: ClaimDetail[] | { chunks: number };
}

/** Outline preorder: the thesis, then each reply tree in reading order. */
export function outlinePreorder(debate: Debate, graph: DebateGraph): string[] {
	const out: string[] = [];
	const stack = [debate.thesis];
	while (stack.length) {
		const id = stack.pop()!;
		out.push(id);
		const kids = graph.children.get(id) ?? [];
		for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
	}
	return out;
}

export function encodeMapPayload(
	debate: Debate,
	graph: DebateGraph,
	status: Record<string, StatusDetail>
): MapPayload {
	const ids = outlinePreorder(debate, graph);
	const index = new Map(ids.map((id, i) => [id, i]));
	const people = Object.values(debate.people);
	const personIndex = new Map(people.map((p, i) => [p.id, i]));
	const sources = Object.values(debate.sources);
	const sourceIndex = new Map(sources.map((s, i) => [s.id, i]));
	const tagIds = Object.keys(debate.meta.tags ?? {});
	const tagIndex = new Map(tagIds.map((t, i) => [t, i]));
	const roles: MapPayload['roles'] = {};
	const edges: number[] = [];
	for (const e of graph.edges) {
		const f = index.get(e.from);
		const t = index.get(e.to);
		if (f !== undefined && t !== undefined) edges.push(f, t, e.relation === 'supports' ? 0 : 1);
	}
	const undercuts: number[] = [];
	for (const u of graph.undercuts) {
		const [b, f, t] = [u.from, u.edge.from, u.edge.to].map((id) => index.get(id));
		if (b !== undefined && f !== undefined && t !== undefined)
			undercuts.push(b, f, t, u.edge.relation === 'supports' ? 0 : 1);
	}
	const groups = graph.groups.flatMap((g) => {
		const at = [g.to, ...g.members].map((id) => index.get(id));
		return at.every((x) => x !== undefined)
			? [[at[0]!, g.relation === 'supports' ? 0 : 1, ...(at.slice(1) as number[])]]
			: [];
	});
	const claims = ids.map((id) => debate.claims[id]);
	claims.forEach((c, i) => {
		if (c.role && c.role !== 'asserted')
			roles[i] = [c.role, c.by ? (personIndex.get(c.by) ?? -1) : -1];
	});
	const detail = (c: ClaimRecord): ClaimDetail => ({ claim: c, status: status[c.id] });
	return {
		debate: {
			id: debate.id,
			meta: {
				title: debate.meta.title,
				resolution: debate.meta.resolution,
				description: debate.meta.description,
				sides: debate.meta.sides,
				tags: debate.meta.tags
			}
		},
		ids,
		titles: claims.map(claimTitle),
		sides: ids.map((id) => SIDE_CODES[graph.side.get(id) ?? 'mixed']).join(''),
		speakers: claims.map((c) => (c.speaker ? (personIndex.get(c.speaker) ?? -1) : -1)),
		kinds: claims.map((c) => c.kind ?? ''),
		roles,
		status: ids.map((id) => (id === debate.thesis ? '' : (status[id]?.status ?? ''))),
		evidence: claims.map((c) => c.evidence?.length ?? 0),
		cites: claims.map((c) => [
			...new Set((c.evidence ?? []).map((e) => sourceIndex.get(e.source) ?? -1))
		]),
		tags: claims.map((c) => (c.tags ?? []).map((t) => tagIndex.get(t) ?? -1)),
		tagIds,
		parent: ids.map((id) => {
			const p = graph.parentEdge.get(id);
			return p ? (index.get(p.to) ?? -1) : -1;
		}),
		edges,
		...(undercuts.length ? { undercuts } : {}),
		...(groups.length ? { groups } : {}),
		people,
		sources,
		moved: debate.moved,
		details:
			ids.length <= INLINE_DETAILS
				? claims.map(detail)
				: { chunks: Math.ceil(ids.length / DETAILS_CHUNK) }
	};
}

export interface ModelEdge {
	from: number;
	to: number;
	relation: Relation;
}

/** A claim (`by`) saying that one relation shows nothing. */
export interface ModelUndercut {
	by: number;
	edge: ModelEdge;
}

/** Linked premises: `members` support (or attack) `to` only together. */
export interface ModelGroup {
	to: number;
	relation: Relation;
	members: number[];
}

/**
 * The payload decoded into indexed arrays: what every map view reads. Built once per
 * page; every lookup is by claim index.
 */
export interface MapModel {
	payload: MapPayload;
	n: number;
	ids: string[];
	index: Map<string, number>;
	titles: string[];
	sides: ClaimSide[];
	kinds: Array<ClaimKind | undefined>;
	speakerNames: string[];
	parent: Int32Array;
	/** Outline children in reading order. */
	children: number[][];
	/** Steps from the thesis along the outline. */
	depth: Int32Array;
	/** Relation of each claim to its outline parent. */
	parentRelation: Array<Relation | undefined>;
	edges: ModelEdge[];
	incoming: ModelEdge[][];
	outgoing: ModelEdge[][];
	/** Undercuts, and those of each claim's relations out (by the relation's `from`). */
	undercuts: ModelUndercut[];
	undercutsOf: ModelUndercut[][];
	/** The undercuts each claim makes. */
	undercutsBy: ModelUndercut[][];
	groups: ModelGroup[];
	/** The group a relation belongs to, by "from>to". */
	groupOf: Map<string, ModelGroup>;
}

export function decodeMapPayload(payload: MapPayload): MapModel {
	const n = payload.ids.length;
	const index = new Map(payload.ids.map((id, i) => [id, i]));
	const parent = Int32Array.from(payload.parent);
	const children: number[][] = Array.from({ length: n }, () => []);
	const depth = new Int32Array(n);
	// Preorder: a parent always comes before its children.
	for (let i = 0; i < n; i++) {
		const p = parent[i];
		if (p >= 0) {
			children[p].push(i);
			depth[i] = depth[p] + 1;
		}
	}
	const edges: ModelEdge[] = [];
	const incoming: ModelEdge[][] = Array.from({ length: n }, () => []);
	const outgoing: ModelEdge[][] = Array.from({ length: n }, () => []);
	for (let k = 0; k < payload.edges.length; k += 3) {
		const e: ModelEdge = {
			from: payload.edges[k],
			to: payload.edges[k + 1],
			relation: payload.edges[k + 2] === 0 ? 'supports' : 'attacks'
		};
		edges.push(e);
		incoming[e.to].push(e);
		outgoing[e.from].push(e);
	}
	const undercuts: ModelUndercut[] = [];
	const undercutsOf: ModelUndercut[][] = Array.from({ length: n }, () => []);
	const undercutsBy: ModelUndercut[][] = Array.from({ length: n }, () => []);
	const u = payload.undercuts ?? [];
	for (let k = 0; k < u.length; k += 4) {
		const x: ModelUndercut = {
			by: u[k],
			edge:
				outgoing[u[k + 1]].find((e) => e.to === u[k + 2]) ??
				({
					from: u[k + 1],
					to: u[k + 2],
					relation: u[k + 3] === 0 ? 'supports' : 'attacks'
				} as ModelEdge)
		};
		undercuts.push(x);
		undercutsOf[x.edge.from].push(x);
		undercutsBy[x.by].push(x);
	}
	const groups: ModelGroup[] = (payload.groups ?? []).map(([to, rel, ...members]) => ({
		to,
		relation: rel === 0 ? 'supports' : 'attacks',
		members
	}));
	const groupOf = new Map<string, ModelGroup>();
	for (const g of groups) for (const m of g.members) groupOf.set(`${m}>${g.to}`, g);
	const parentRelation: MapModel['parentRelation'] = new Array(n);
	for (let i = 0; i < n; i++) {
		const p = parent[i];
		if (p < 0) continue;
		// An undercutter hangs under the claim whose relation it undercuts, as an attack on that link.
		parentRelation[i] =
			outgoing[i].find((e) => e.to === p)?.relation ??
			(undercutsBy[i].some((x) => x.edge.from === p) ? 'attacks' : undefined);
	}
	// Replies in reading order: the payload's order of claims already is one.
	for (const list of incoming) list.sort((a, b) => a.from - b.from);
	return {
		payload,
		n,
		ids: payload.ids,
		index,
		titles: payload.titles,
		sides: [...payload.sides].map((c) => CODE_SIDES[c]),
		kinds: payload.kinds.map((k) => (k || undefined) as ClaimKind | undefined),
		speakerNames: payload.speakers.map((s, i) => speakerLabel(payload, i, s)),
		parent,
		children,
		depth,
		parentRelation,
		edges,
		incoming,
		outgoing,
		undercuts,
		undercutsOf,
		undercutsBy,
		groups,
		groupOf
	};
}

function speakerLabel(payload: MapPayload, i: number, s: number): string {
	if (s >= 0) return payload.people[s].name;
	if (payload.kinds[i] === 'thesis') return 'Resolution';
	const role = payload.roles[i];
	if (role && role[0] === 'raised') return 'Objection';
	return 'Unattributed';
}

export function roleOf(model: MapModel, i: number): { role: ClaimRole; by?: string } {
	const r = model.payload.roles[i];
	if (!r) return { role: 'asserted' };
	return { role: r[0], by: r[1] >= 0 ? model.payload.people[r[1]].name : undefined };
}
