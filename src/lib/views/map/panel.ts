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
	return { id: model.ids[i], side: model.sides[i], chain, outgoing, incoming, sides };
}

/** A debate holding the claim in full and every claim it mentions by title and speaker. */
export function panelDebate(model: MapModel, ctx: ClaimContext, detail: ClaimDetail): Debate {
	const p = model.payload;
	const claims: Debate['claims'] = {};
	for (const id of Object.keys(ctx.sides)) {
		const j = model.index.get(id)!;
		const speaker = p.speakers[j] >= 0 ? p.people[p.speakers[j]].id : undefined;
		// Its role too, so a raised objection reads "Raised by …", never "Unattributed".
		const role = p.roles[j];
		claims[id] = {
			id,
			text: model.titles[j],
			label: model.titles[j],
			speaker,
			kind: model.kinds[j],
			...(role ? { role: role[0], ...(role[1] >= 0 ? { by: p.people[role[1]].id } : {}) } : {})
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

function checkDetail(value: unknown, id: string): ClaimDetail {
	const d = value as ClaimDetail | null | undefined;
	const c = d && typeof d === 'object' ? (d.claim as unknown as Record<string, unknown>) : null;
	if (
		!c ||
		typeof c !== 'object' ||
		c.id !== id ||
		typeof c.text !== 'string' ||
		(c.evidence !== undefined && !Array.isArray(c.evidence))
	)
		throw new DetailsError(WRONG_FILE);
	return d!;
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
