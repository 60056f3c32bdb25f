import { describe, expect, it } from 'vitest';
import { mapDebate, mapModel } from '$lib/testing/map-model';
import { tinyDebate } from '$lib/testing/tiny-debate';
import { attribution } from '$lib/model/labels';
import { detailsLoader, DetailsError, panelContext, panelDebate } from './panel';
import { voiceOf } from './tree-layout';
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

describe('the panel’s debate', () => {
	it('attributes a listed raised objection as the cards do, and marks a student', async () => {
		const d = mapDebate();
		d.claims.f1c = { ...d.claims.f1c, speaker: undefined, role: 'raised', by: 'bob' };
		d.people.kai = { id: 'kai', name: 'Kai', kind: 'person', contributor: true };
		d.claims.f1a = { ...d.claims.f1a, speaker: 'kai' };
		const m = mapModel(d);
		const i = m.index.get('f1')!;
		const ctx = panelContext(m, i);
		const detail = (m.payload.details as ClaimDetail[])[i];
		const shown = panelDebate(m, ctx, detail);
		expect(attribution(shown, shown.claims.f1c)).toBe('Raised by Bob Builder');
		expect(attribution(shown, shown.claims.f1a)).toBe('Kai (student)');
		expect(voiceOf(m, m.index.get('f1a')!)).toBe('Kai (student)');
		expect(voiceOf(m, m.index.get('f1c')!)).toBe('Objection raised by Bob Builder');
	});

	it('names a raised objection’s raiser, as the outline does (review 1, finding 17)', () => {
		const m = mapModel(
			tinyDebate({
				a: { supports: ['thesis'], speaker: 'ann' },
				o: { attacks: ['a'], role: 'raised', by: 'ann' },
				r: { attacks: ['o'], speaker: 'ann', role: 'reported', by: 'bob' }
			})
		);
		const i = m.index.get('a')!;
		const ctx = panelContext(m, i);
		const d = panelDebate(m, ctx, (m.payload.details as ClaimDetail[])[i]);
		expect(attribution(d, d.claims.o)).toBe('Raised by Ann Author');
		const j = m.index.get('o')!;
		const d2 = panelDebate(m, panelContext(m, j), (m.payload.details as ClaimDetail[])[j]);
		expect(attribution(d2, d2.claims.r)).toBe('Ann Author, reported by Bob Builder');
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
