import { describe, expect, it } from 'vitest';
import { mapDebate, mapModel } from '$lib/testing/map-model';
import {
	arcPath,
	markTone,
	overviewChain,
	overviewLayout,
	overviewMarkup,
	overviewStep,
	ringOf,
	OVERVIEW_R
} from './overview';
import { COLOURS } from './style';

const model = mapModel(mapDebate());
const ix = (s: string) => model.index.get(s)!;
const o = overviewLayout(model);

describe('the overview’s layout', () => {
	it('gives every claim an arc inside the arc of the claim it answers, one ring further out', () => {
		for (let i = 1; i < model.n; i++) {
			const p = model.parent[i];
			expect(o.a1[i], model.ids[i]).toBeGreaterThan(o.a0[i]);
			expect(o.a0[i]).toBeGreaterThanOrEqual(o.a0[p] - 1e-9);
			expect(o.a1[i]).toBeLessThanOrEqual(o.a1[p] + 1e-9);
			expect(o.depth[i]).toBe(o.depth[p] + 1);
		}
		expect(o.rings).toBe(4);
		expect(o.ring.flat()).toHaveLength(model.n);
	});
	it('spans each arc by the claims at the ends of its branches', () => {
		// 8 ends: f1a f1b f1c f2a f3 a1a1 a2 … and f1's three replies make f1 three of them.
		const unit = (2 * Math.PI) / 7;
		expect(o.a1[ix('f1')] - o.a0[ix('f1')]).toBeCloseTo(3 * unit);
		expect(o.a1[ix('a2')] - o.a0[ix('a2')]).toBeCloseTo(unit);
	});
	it('runs For down the left from twelve o’clock and Against down the right, in reading order', () => {
		// Each side takes as much of the circle as it has ends of branches: For 5 of 7 here.
		const againstEnd = Math.max(o.a1[ix('a1')], o.a1[ix('a2')]);
		for (const id of ['f1', 'f2', 'f3'])
			expect(o.a0[ix(id)]).toBeGreaterThanOrEqual(againstEnd - 1e-9);
		expect(againstEnd).toBeCloseTo((2 * 2 * Math.PI) / 7);
		expect(o.a1[ix('f1')]).toBeCloseTo(2 * Math.PI);
		expect(o.a0[ix('a1')]).toBe(0);
		expect(o.a0[ix('f2')]).toBeLessThan(o.a0[ix('f1')]);
		// Replies follow their side's direction: f1's first reply nearest twelve o'clock.
		expect(o.a1[ix('f1a')]).toBeCloseTo(o.a1[ix('f1')]);
	});
	it('fills the radius with its rings', () => {
		const { r, width } = ringOf(o, o.rings - 1);
		expect(r + width / 2).toBeCloseTo(OVERVIEW_R);
		expect(arcPath(o, ix('a1'))).toMatch(/^M[-\d. ]+A[-\d. ]+$/);
	});
	it('draws a lone line all the way round as two half arcs', () => {
		const lone = mapModel({
			...mapDebate(),
			claims: { thesis: mapDebate().claims.thesis, f1: { ...mapDebate().claims.f1 } }
		});
		const l = overviewLayout(lone);
		expect(l.a1[1] - l.a0[1]).toBeCloseTo(2 * Math.PI);
		expect(arcPath(l, 1).match(/A/g)).toHaveLength(2);
	});
});

describe('the overview’s marks', () => {
	it('are one element per claim carrying data-claim, one of them taking the keyboard', () => {
		const { marks } = overviewMarkup(model, o, ix('a1a'));
		const ids = [...marks.matchAll(/data-claim="([^"]+)"/g)].map((m) => m[1]);
		expect(ids.sort()).toEqual([...model.ids].sort());
		expect(marks.match(/tabindex=/g)).toHaveLength(1);
		expect(marks).toMatch(/data-claim="a1a" tabindex="0"/);
	});
	it('are painted as one path per tone, consecutive arcs of a tone on a ring as one', () => {
		const { paint } = overviewMarkup(model, o, 0);
		const paths = [...paint.matchAll(/<path d="([^"]+)" stroke="([^"]+)"/g)];
		// For, Against, and the white cuts between marks.
		expect(paths.map((p) => p[2]).sort()).toEqual([COLOURS.against, COLOURS.for, '#ffffff'].sort());
		// Ring 1 holds f1 f2 f3 (For, one run) and a1 a2 (Against, one run): two arcs, not five.
		const forArcs = paths.find((p) => p[2] === COLOURS.for)![1].match(/M/g)!.length;
		const forMarks = model.ids.filter((id, i) => i > 0 && model.sides[i] === 'for').length;
		expect(forArcs).toBeLessThan(forMarks);
	});
	it('paint 10,000 claims with a handful of elements', () => {
		const n = 10000;
		const claims: Record<string, { supports?: string[]; attacks?: string[] }> = {};
		for (let k = 0; k < n - 1; k++) {
			const parent = k < 10 ? 'thesis' : `c${Math.floor(k / 4)}`;
			claims[`c${k}`] = k % 3 ? { supports: [parent] } : { attacks: [parent] };
		}
		const debate = mapDebate();
		debate.claims = { thesis: debate.claims.thesis };
		for (const [id, c] of Object.entries(claims))
			debate.claims[id] = { id, text: `Claim ${id}.`, ...c };
		const m = mapModel(debate);
		const t = performance.now();
		const l = overviewLayout(m);
		const { paint, marks } = overviewMarkup(m, l, 0);
		const took = performance.now() - t;
		expect(marks.match(/data-claim=/g)).toHaveLength(n);
		expect(paint.match(/<path/g)!.length).toBeLessThanOrEqual(8);
		// Generous: the benchmark times it in the browser, to the painted frame.
		expect(took).toBeLessThan(1000);
	});
	it('are coloured by side, paler where the claim falls', () => {
		expect(markTone(model, ix('f1')).colour).toBe(COLOURS.for);
		expect(markTone(model, ix('a1')).colour).toBe(COLOURS.against);
		const status = model.ids.map((id) =>
			id === 'a1' ? 'unanswered' : id === 'f1' ? 'contested' : ''
		);
		const judged = { ...model, payload: { ...model.payload, status } };
		expect(markTone(judged, ix('a1')).opacity).toBeLessThan(markTone(judged, ix('f1')).opacity);
		expect(markTone(judged, ix('f1')).opacity).toBeLessThan(1);
		expect(markTone(judged, ix('a2')).opacity).toBe(1);
	});
	it('are reached by the arrow keys: round a ring, in to the claim answered, out to a reply', () => {
		const go = (from: string, key: string) => {
			const r = overviewStep(model, o, ix(from), key);
			return r === undefined ? undefined : model.ids[r];
		};
		expect(go('f1', 'ArrowUp')).toBe('thesis');
		expect(go('f1', 'ArrowDown')).toBe('f1a');
		expect(go('thesis', 'ArrowDown')).toBe('f1');
		expect(go('thesis', 'ArrowUp')).toBeUndefined();
		// Clockwise from twelve o'clock: Against first, then For from the bottom up.
		expect(go('a1', 'ArrowRight')).toBe('a2');
		expect(go('f1', 'ArrowRight')).toBe('a1');
		expect(go('a1', 'ArrowLeft')).toBe('f1');
	});
	it('light up the selection’s chain to the resolution', () => {
		expect(overviewChain(model, ix('a1a1')).map((i) => model.ids[i])).toEqual([
			'a1a1',
			'a1a',
			'a1',
			'thesis'
		]);
		expect(overviewChain(model, undefined)).toEqual([]);
	});
});

describe('marks too fine to see', () => {
	it('are elements without a shape until they take the keyboard', () => {
		const debate = mapDebate();
		debate.claims = { thesis: debate.claims.thesis };
		for (let k = 0; k < 3000; k++)
			debate.claims[`c${k}`] = {
				id: `c${k}`,
				text: 'x',
				supports: [k < 3 ? 'thesis' : `c${Math.floor(k / 3)}`]
			};
		const m = mapModel(debate);
		const l = overviewLayout(m);
		const { marks } = overviewMarkup(m, l, m.n - 1);
		expect(marks.match(/data-claim=/g)).toHaveLength(m.n);
		const bare = marks.match(/<path data-claim="[^"]+"\/>/g) ?? [];
		expect(bare.length).toBeGreaterThan(0);
		// The one with the keyboard always has its arc.
		expect(marks).toMatch(new RegExp(`data-claim="${m.ids[m.n - 1]}" tabindex="0" d="M`));
	});
});
