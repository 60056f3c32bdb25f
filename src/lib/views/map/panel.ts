/**
 * The side panel's data: one claim in full (from its details) inside just enough of the
 * debate for ClaimDetails to name every claim and speaker it mentions, so the panel is
 * the same component the claim pages use, without the page shipping the whole debate.
 */
import {
	undercutId,
	type ClaimContext,
	type Edge,
	type LinkedGroup,
	type Undercut
} from '$lib/model/graph';
import type { ClaimSide } from '$lib/model/sides';
import type { Debate } from '$lib/model/types';
import type { ClaimDetail, MapModel, ModelEdge, ModelGroup, ModelUndercut } from './payload';

export function panelContext(model: MapModel, i: number): ClaimContext {
	const edge = (e: ModelEdge): Edge => {
		const from = model.ids[e.from];
		const to = model.ids[e.to];
		return { id: `${from}>${e.relation}>${to}`, from, to, relation: e.relation };
	};
	const undercut = (u: ModelUndercut): Undercut => {
		const e = edge(u.edge);
		return { id: undercutId(model.ids[u.by], e), from: model.ids[u.by], edge: e };
	};
	const group = (g: ModelGroup): LinkedGroup => {
		const edges = g.members.map((m) => edge({ from: m, to: g.to, relation: g.relation }));
		const members = edges.map((e) => e.from);
		return {
			id: `${g.relation}>${model.ids[g.to]}>${[...members].sort().join('+')}`,
			to: model.ids[g.to],
			relation: g.relation,
			members,
			edges
		};
	};
	const chain: ClaimContext['chain'] = [];
	for (let at = i; model.parent[at] >= 0; at = model.parent[at]) {
		const p = model.parent[at];
		const step: ClaimContext['chain'][number] = {
			from: model.ids[at],
			to: model.ids[p],
			relation: model.parentRelation[at]!
		};
		// An undercutter's step: it undercuts a relation of the claim above it.
		const u = model.outgoing[at].some((e) => e.to === p)
			? undefined
			: model.undercutsBy[at].find((x) => x.edge.from === p);
		if (u) step.undercut = edge(u.edge);
		chain.push(step);
	}
	const outgoing = model.outgoing[i].map(edge);
	const incoming = model.incoming[i].map(edge);
	const undercuts = model.undercutsBy[i].map(undercut);
	const undercutBy = model.undercutsOf[i].map(undercut);
	const groups = [
		...new Set(
			[...model.outgoing[i], ...model.incoming[i]].flatMap(
				(e) => model.groupOf.get(`${e.from}>${e.to}`) ?? []
			)
		)
	].map(group);
	const sides: Record<string, ClaimSide> = {};
	for (const id of [
		model.ids[i],
		...chain.map((s) => s.to),
		...outgoing.map((e) => e.to),
		...incoming.map((e) => e.from),
		...undercuts.flatMap((u) => [u.edge.from, u.edge.to]),
		...undercutBy.map((u) => u.from),
		...groups.flatMap((g) => g.members)
	])
		sides[id] = model.sides[model.index.get(id)!];
	return {
		id: model.ids[i],
		side: model.sides[i],
		chain,
		outgoing,
		incoming,
		undercuts,
		undercutBy,
		groups,
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
		// The role and who raised or reported it, so a listed claim is attributed as the map's
		// cards attribute it ("Raised by Grant Newsham"), never "Unattributed".
		const r = p.roles[j];
		claims[id] = {
			id,
			text: model.titles[j],
			label: model.titles[j],
			speaker,
			kind: model.kinds[j],
			...(r ? { role: r[0], ...(r[1] >= 0 ? { by: p.people[r[1]].id } : {}) } : {})
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

/** How long a details chunk may take before the panel says so and offers to try again. */
export const DETAILS_TIMEOUT_MS = 15_000;

const WRONG_FILE = 'the file the details came in is not what the map expected';

/** A details chunk that could not be had, in words for the panel. */
export class DetailsError extends Error {}

const STRING_FIELDS = ['id', 'text', 'label', 'kind', 'speaker', 'role', 'by', 'note'];
const LIST_FIELDS = ['supports', 'attacks', 'tags', 'with'];
const isText = (v: unknown) => typeof v === 'string';
const isTextList = (v: unknown) => Array.isArray(v) && v.every(isText);

/**
 * A claim's details as the panel will show them, or a DetailsError: the claim asked for,
 * with every field the panel reads of the type it expects (a file edited by hand, or
 * served by something else, must not break the page). A status of the wrong shape is
 * left out rather than shown.
 */
function checkDetail(value: unknown, id: string): ClaimDetail {
	const d = value as { claim?: unknown; status?: unknown } | null | undefined;
	const c = d && typeof d === 'object' ? (d.claim as Record<string, unknown> | null) : null;
	const ok =
		!!c &&
		typeof c === 'object' &&
		c.id === id &&
		isText(c.text) &&
		STRING_FIELDS.every((k) => c[k] === undefined || isText(c[k])) &&
		LIST_FIELDS.every((k) => c[k] === undefined || isTextList(c[k])) &&
		(c.evidence === undefined ||
			(Array.isArray(c.evidence) &&
				c.evidence.every(
					(e) =>
						!!e &&
						typeof e === 'object' &&
						isText(e.source) &&
						isText(e.quote) &&
						Object.values(e).every((v) => v === undefined || isText(v) || isTextList(v))
				)));
	if (!ok) throw new DetailsError(WRONG_FILE);
	const status = d!.status as { status?: unknown } | undefined;
	const statusOk =
		!!status && typeof status === 'object' && isText(status.status) && !Array.isArray(status);
	return {
		claim: c as unknown as ClaimDetail['claim'],
		status: statusOk ? (status as never) : undefined
	};
}

/**
 * Details of one claim: inline for small debates, else from its prerendered chunk, each
 * chunk fetched once. A chunk that fails (no answer within `timeoutMs`, an error status,
 * not JSON, not the claims expected) rejects with a DetailsError saying what happened, and
 * is asked for again on the next call.
 */
export function detailsLoader(
	model: MapModel,
	url: (chunk: number) => string,
	chunkSize: number,
	fetcher: typeof fetch = (...a) => fetch(...a),
	timeoutMs = DETAILS_TIMEOUT_MS
) {
	const cache = new Map<number, Promise<unknown[]>>();
	const get = async (k: number): Promise<unknown[]> => {
		const abort = new AbortController();
		const timer = setTimeout(() => abort.abort(), timeoutMs);
		try {
			const late = () =>
				new DetailsError(`no answer from the site within ${Math.round(timeoutMs / 1000)} seconds`);
			let r: Response;
			try {
				r = await fetcher(url(k), { signal: abort.signal });
			} catch {
				throw abort.signal.aborted
					? late()
					: new DetailsError('the site could not be reached (are you offline?)');
			}
			if (!r.ok) throw new DetailsError(`the site answered ${r.status}`);
			let data: unknown;
			try {
				data = await r.json();
			} catch {
				throw abort.signal.aborted ? late() : new DetailsError(WRONG_FILE);
			}
			if (!Array.isArray(data)) throw new DetailsError(WRONG_FILE);
			return data;
		} finally {
			clearTimeout(timer);
		}
	};
	return async (i: number): Promise<ClaimDetail> => {
		const inline = model.payload.details;
		if (Array.isArray(inline)) return inline[i];
		const k = Math.floor(i / chunkSize);
		let chunk = cache.get(k);
		if (!chunk) {
			chunk = get(k);
			cache.set(k, chunk);
			chunk.catch(() => cache.delete(k));
		}
		try {
			return checkDetail((await chunk)[i % chunkSize], model.ids[i]);
		} catch (e) {
			// Not the claims expected: ask again next time rather than keep a bad file.
			if (cache.get(k) === chunk) cache.delete(k);
			throw e;
		}
	};
}
