import { describe, expect, it } from 'vitest';
import { mapDebate, mapModel } from '$lib/testing/map-model';
import { detailsLoader, DetailsError } from './panel';
import type { ClaimDetail, MapModel } from './payload';

const inline = mapModel(mapDebate());
const all = inline.payload.details as ClaimDetail[];
/** The same debate as a large one ships it: details in chunks of 4, fetched when needed. */
const model: MapModel = { ...inline, payload: { ...inline.payload, details: { chunks: 3 } } };
const CHUNK = 4;
const url = (k: number) => `/tiny/details/${k}.json`;
const json = (body: unknown, status = 200) =>
	new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });

function fetcher(answer: (url: string, signal?: AbortSignal) => Promise<Response>) {
	const asked: string[] = [];
	const f = ((u: string, init?: RequestInit) => {
		asked.push(u);
		return answer(u, init?.signal ?? undefined);
	}) as typeof fetch;
	return { f, asked };
}
const chunkOf = (u: string) => {
	const k = Number(u.match(/(\d+)\.json$/)![1]);
	return all.slice(k * CHUNK, (k + 1) * CHUNK);
};

describe('the panel’s details', () => {
	it('come inline for a small debate, without fetching', async () => {
		const { f, asked } = fetcher(() => Promise.reject(new Error('no')));
		const load = detailsLoader(inline, url, CHUNK, f);
		expect((await load(5)).claim.id).toBe(inline.ids[5]);
		expect(asked).toEqual([]);
	});
	it('come from their chunk for a large one, each chunk fetched once', async () => {
		const { f, asked } = fetcher((u) => Promise.resolve(json(chunkOf(u))));
		const load = detailsLoader(model, url, CHUNK, f);
		expect((await load(5)).claim.id).toBe(model.ids[5]);
		expect((await load(6)).claim.id).toBe(model.ids[6]);
		expect((await load(0)).claim.id).toBe(model.ids[0]);
		expect(asked).toEqual(['/tiny/details/1.json', '/tiny/details/0.json']);
	});
	for (const [name, answer, says] of [
		['an error status', () => Promise.resolve(json('Not found', 404)), 'the site answered 404'],
		['a page that is not JSON', () => Promise.resolve(json('<!doctype html>')), 'not what'],
		['null', () => Promise.resolve(json('null')), 'not what'],
		['the wrong shape', () => Promise.resolve(json({ claims: [] })), 'not what'],
		[
			'the wrong claims',
			() => Promise.resolve(json([{ claim: { id: 'x', text: 'y' } }])),
			'not what'
		],
		['no network', () => Promise.reject(new TypeError('Failed to fetch')), 'could not be reached']
	] as const) {
		it(`that fail with ${name} say so, and are asked for again next time`, async () => {
			let fail = true;
			const { f, asked } = fetcher((u) =>
				fail ? (answer as () => Promise<Response>)() : Promise.resolve(json(chunkOf(u)))
			);
			const load = detailsLoader(model, url, CHUNK, f);
			const err = await load(5).catch((e) => e);
			expect(err).toBeInstanceOf(DetailsError);
			expect(err.message).toContain(says);
			fail = false;
			expect((await load(5)).claim.id).toBe(model.ids[5]);
			expect(asked).toHaveLength(2);
		});
	}
	it('that never come are given up after the time allowed', async () => {
		const { f } = fetcher(
			(_, signal) =>
				new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)))
		);
		const load = detailsLoader(model, url, CHUNK, f, 30);
		const err = await load(5).catch((e) => e);
		expect(err).toBeInstanceOf(DetailsError);
		expect(err.message).toMatch(/no answer from the site within/);
	});
});

describe('the panel’s details, checked', () => {
	const hostile = (claim: Record<string, unknown>, status?: unknown) => {
		const chunk = all.slice(4, 8).map((d) => ({ ...d }));
		chunk[1] = { claim: { ...all[5].claim, ...claim }, status } as never;
		return chunk;
	};
	for (const [name, claim] of [
		['a speaker that is not text', { speaker: { toString: 1 } }],
		['relations that are not a list', { supports: 'not-a-list' }],
		['a quote that is not text', { evidence: [{ source: 'src', quote: 5 }] }],
		['no text', { text: undefined }]
	] as const) {
		it(`refuse ${name}`, async () => {
			const { f } = fetcher(() => Promise.resolve(json(hostile(claim))));
			const err = await detailsLoader(model, url, CHUNK, f)(5).catch((e) => e);
			expect(err).toBeInstanceOf(DetailsError);
		});
	}
	it('leave out a status of the wrong shape, and keep one of the right shape', async () => {
		const { f } = fetcher(() => Promise.resolve(json(hostile({}, { label: '<b>x</b>' }))));
		const d = await detailsLoader(model, url, CHUNK, f)(5);
		expect(d.claim.id).toBe(model.ids[5]);
		expect(d.status).toBeUndefined();
		const good = { status: 'unchallenged', lines: [] };
		const { f: g } = fetcher(() => Promise.resolve(json(hostile({}, good))));
		expect((await detailsLoader(model, url, CHUNK, g)(5)).status).toEqual(good);
	});
});
