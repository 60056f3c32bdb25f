import { describe, expect, it } from 'vitest';
import { mapDebate, mapModel } from '$lib/testing/map-model';
import { disclose, expandTo, expandToDepth } from './disclosure';
import {
	allFrame,
	boxOf,
	claimsFrame,
	detailSwitch,
	keepInView,
	selectionFrame,
	selectionPlan,
	topFrame,
	type Layouts
} from './framing';
import { traceOf } from './trace';
import { layoutTrail } from './trail';
import { layoutTree } from './tree-layout';
import { onScreen, union, zooms, type Box, type Viewport } from './viewport';

const model = mapModel(mapDebate());
const ix = (s: string) => model.index.get(s)!;
const z = zooms();

function setup(depth: number, select?: string) {
	const base = expandToDepth(depth);
	const expansion = select ? expandTo(model, null, base, select) : base;
	const d = disclose({ model, passes: null, expansion });
	const layouts: Layouts = {
		full: layoutTree(model, d, { detail: 'full' }),
		compact: layoutTree(model, d, { detail: 'compact' })
	};
	return { d, layouts };
}
const inside = (b: Box, width: number, height: number) =>
	b.x1 >= -0.5 && b.y1 >= -0.5 && b.x2 <= width + 0.5 && b.y2 <= height + 0.5;
const shownAt = (layouts: Layouts, detail: 'full' | 'compact', i: number, v: Viewport) =>
	onScreen(boxOf(detail === 'full' ? layouts.full : layouts.compact, i)!, v);

describe('boxOf', () => {
	it('is a shown card’s box on the map, undefined for a claim not shown', () => {
		const { layouts } = setup(1);
		const n = layouts.full.at.get(0)!;
		expect(boxOf(layouts.full, 0)).toEqual({
			x1: n.x - n.w / 2,
			y1: n.y - n.h / 2,
			x2: n.x + n.w / 2,
			y2: n.y + n.h / 2
		});
		expect(boxOf(layouts.full, ix('a1a1'))).toBeUndefined();
	});
});

describe('selectionFrame', () => {
	it('frames the chain to the resolution and the replies in full cards where they fit', () => {
		const { d, layouts } = setup(3);
		const sel = ix('a1a');
		const chain = traceOf(model, d, sel).chain;
		const t = selectionFrame(layouts, d, chain, sel, { width: 1280, height: 720, zooms: z })!;
		expect(t.detail).toBe('full');
		expect(t.view.zoom).toBeGreaterThanOrEqual(z.full);
		for (const i of [...chain, ix('a1a1')])
			expect(inside(shownAt(layouts, 'full', i, t.view), 1280, 720), model.ids[i]).toBe(true);
	});
	it('takes the compact form where full cards would be too small, never below the legible minimum', () => {
		const { d, layouts } = setup(3);
		const sel = ix('a1a1');
		const chain = traceOf(model, d, sel).chain;
		const t = selectionFrame(layouts, d, chain, sel, { width: 420, height: 300, zooms: z })!;
		expect(t.detail).toBe('compact');
		expect(t.view.zoom).toBeGreaterThanOrEqual(z.min);
		expect(t.view.zoom).toBeLessThan(z.full);
		expect(inside(shownAt(layouts, 'compact', sel, t.view), 420, 300)).toBe(true);
	});
	it('keeps the selected claim in view when even the compact chain cannot fit', () => {
		const { d, layouts } = setup(3);
		const sel = ix('a1a1');
		const chain = traceOf(model, d, sel).chain;
		const t = selectionFrame(layouts, d, chain, sel, { width: 260, height: 160, zooms: z })!;
		expect(t.view.zoom).toBeCloseTo(z.min);
		const on = shownAt(layouts, t.detail, sel, t.view);
		expect(on.x2).toBeGreaterThan(0);
		expect(on.x1).toBeLessThan(260);
		expect(on.y1).toBeGreaterThanOrEqual(0);
	});
	it('is null for a claim that is not shown', () => {
		const { d, layouts } = setup(1);
		expect(selectionFrame(layouts, d, [], ix('a1a1'), { width: 800, height: 600, zooms: z })).toBe(
			null
		);
	});
});

describe('topFrame', () => {
	it('opens with the resolution at the top, centred, and the first lines under it', () => {
		const { d, layouts } = setup(1);
		const t = topFrame(layouts, d, 0, { width: 1280, height: 720, zooms: z });
		expect(t.detail).toBe('full');
		const top = shownAt(layouts, 'full', 0, t.view);
		expect(top.y1).toBeCloseTo(16);
		expect((top.x1 + top.x2) / 2).toBeCloseTo(640);
		for (const id of ['f1', 'a1'])
			expect(inside(shownAt(layouts, 'full', ix(id), t.view), 1280, 720), id).toBe(true);
	});
	it('on a short canvas zooms out to the compact form rather than cutting the lines off', () => {
		const { d, layouts } = setup(1);
		const t = topFrame(layouts, d, 0, { width: 390, height: 300, zooms: z });
		expect(t.detail).toBe('compact');
		expect(t.view.zoom).toBeGreaterThanOrEqual(z.min);
	});
});

describe('claimsFrame and allFrame', () => {
	it('frames a claim with the replies just opened', () => {
		const { layouts } = setup(2);
		const ids = [ix('f1'), ix('f1a'), ix('f1b'), ix('f1c')];
		const t = claimsFrame(layouts, ids, ix('f1'), { width: 1280, height: 720, zooms: z })!;
		for (const i of ids)
			expect(inside(shownAt(layouts, t.detail, i, t.view), 1280, 720)).toBe(true);
		expect(claimsFrame(layouts, ids, ix('a1a1'), { width: 1280, height: 720, zooms: z })).toBe(
			null
		);
	});
	it('fits everything shown, keeping the focus in view', () => {
		const { layouts } = setup(3);
		const t = allFrame(layouts, ix('a1a1'), { width: 1920, height: 1080, zooms: z })!;
		for (const n of layouts.full.nodes)
			expect(inside(shownAt(layouts, t.detail, n.i, t.view), 1920, 1080), n.id).toBe(true);
	});
});

describe('keepInView', () => {
	it('slides a card stepped to just inside the edge, keeping the zoom', () => {
		const { layouts } = setup(2);
		const b = boxOf(layouts.full, ix('a1a'))!;
		// A view whose right edge cuts the card in half.
		const v = { zoom: 1, pan: { x: 800 - (b.x1 + b.x2) / 2, y: 300 - b.y1 } };
		const next = keepInView(layouts.full, ix('a1a'), v, 800, 600)!;
		expect(next.zoom).toBe(1);
		expect(onScreen(b, next).x2).toBeCloseTo(800 - 24);
		expect(next.pan.y).toBe(v.pan.y);
		expect(keepInView(layouts.full, ix('a1a'), next, 800, 600)).toBeNull();
	});
});

describe('detailSwitch', () => {
	it('switches to compact cards below the legible zoom, keeping the card in the middle where it was', () => {
		const { layouts } = setup(3);
		const b = layouts.full.at.get(ix('a1a'))!;
		const zoom = z.full * 0.9;
		const v = { zoom, pan: { x: 400 - zoom * b.x, y: 300 - zoom * b.y } };
		const t = detailSwitch(layouts, 'full', v, { width: 800, height: 600, zooms: z })!;
		expect(t.detail).toBe('compact');
		expect(t.view.zoom).toBe(zoom);
		const c = layouts.compact.at.get(ix('a1a'))!;
		expect(c.x * zoom + t.view.pan.x).toBeCloseTo(400);
		expect(c.y * zoom + t.view.pan.y).toBeCloseTo(300);
	});
	it('does nothing while the level of detail stays', () => {
		const { layouts } = setup(1);
		const v = { zoom: z.full * 1.2, pan: { x: 0, y: 0 } };
		expect(detailSwitch(layouts, 'full', v, { width: 800, height: 600, zooms: z })).toBeNull();
	});
});

describe('selectionPlan: the map, or the trail', () => {
	function plan(select: string, width: number, height: number, mapDrawsReplies = true) {
		const { d, layouts } = setup(1, select);
		const sel = ix(select);
		const chain = traceOf(model, d, sel).chain;
		const trail = {
			full: layoutTrail(model, d, chain, { detail: 'full' }),
			compact: layoutTrail(model, d, chain, { detail: 'compact' })
		};
		const c = { width, height, zooms: z };
		const p = selectionPlan(layouts, trail, d, chain, sel, c, mapDrawsReplies)!;
		const l = p.arrangement === 'map' ? layouts : trail;
		const on = (id: string) => onScreen(boxOf(l[p.target.detail], ix(id))!, p.target.view);
		return { p, chain, on };
	}
	it('keeps the map where it shows the chain legibly', () => {
		const { p, on } = plan('f1', 1920, 1080);
		expect(p.arrangement).toBe('map');
		expect(p.target.detail).toBe('full');
		for (const id of ['thesis', 'f1']) expect(inside(on(id), 1920, 1080)).toBe(true);
	});
	it('lays a deep chain out as a trail on a school laptop’s canvas, every card legible', () => {
		const { p, chain, on } = plan('a1a1', 608, 594);
		expect(p.arrangement).toBe('trail');
		const floor = p.target.detail === 'full' ? z.full : z.min;
		expect(p.target.view.zoom).toBeGreaterThanOrEqual(floor - 1e-9);
		for (const i of chain) expect(inside(on(model.ids[i]), 608, 594), model.ids[i]).toBe(true);
	});
	it('takes the trail whenever the map would leave a reply undrawn', () => {
		expect(plan('f1', 1920, 1080, false).p.arrangement).toBe('trail');
	});
	it('on a canvas too small for the chain, keeps the selection in view', () => {
		const { p, on } = plan('a1a1', 240, 200);
		expect(p.arrangement).toBe('trail');
		const b = on('a1a1');
		expect(b.x2).toBeGreaterThan(0);
		expect(b.x1).toBeLessThan(240);
		expect(b.y2).toBeGreaterThan(0);
		expect(b.y1).toBeLessThan(200);
	});
});

describe('selectionPlan in projector mode', () => {
	it('keeps full cards for a chain that fits in them, its replies running on below', () => {
		const { d, layouts } = setup(2, 'f1');
		const sel = ix('f1');
		const chain = traceOf(model, d, sel).chain;
		const trail = {
			full: layoutTrail(model, d, chain, { detail: 'full' }),
			compact: layoutTrail(model, d, chain, { detail: 'compact' })
		};
		expect(trail.full.replies).toHaveLength(3);
		const z2 = zooms(2);
		// Tall enough for the chain in full cards at projector size, not for its replies.
		const chainBox = union(trail.full.spine.map((i) => boxOf(trail.full, i)!));
		const height = Math.ceil((chainBox.y2 - chainBox.y1) * z2.full + 49);
		expect((trail.full.bounds.y2 - trail.full.bounds.y1) * z2.full).toBeGreaterThan(height);
		const c = { width: 1260, height, zooms: z2 };
		const plain = selectionPlan(layouts, trail, d, chain, sel, c, true)!;
		const projector = selectionPlan(layouts, trail, d, chain, sel, c, true, true)!;
		expect(plain.target.detail).toBe('compact');
		expect(projector.target.detail).toBe('full');
		expect(projector.arrangement).toBe('trail');
		expect(projector.target.view.zoom).toBeGreaterThanOrEqual(z2.full - 1e-9);
		for (const i of chain) {
			const b = onScreen(boxOf(trail.full, i)!, projector.target.view);
			expect(inside(b, 1260, height), model.ids[i]).toBe(true);
		}
	});
});

describe('selectionPlan in projector mode, a chain too long for full cards', () => {
	it('keeps full cards, the selection and as much of its chain as fits inside the canvas', () => {
		const { d, layouts } = setup(1, 'a1a1');
		const sel = ix('a1a1');
		const chain = traceOf(model, d, sel).chain;
		const trail = {
			full: layoutTrail(model, d, chain, { detail: 'full' }),
			compact: layoutTrail(model, d, chain, { detail: 'compact' })
		};
		const z2 = zooms(2);
		const spine = trail.full.spine;
		const box = (ids: number[]) => union(ids.map((i) => boxOf(trail.full, i)!));
		// Tall enough for the selection and its parent in full cards, not for the whole chain.
		const two = box(spine.slice(-2));
		const height = Math.ceil((two.y2 - two.y1) * z2.full + 60);
		const whole = box(spine);
		expect((whole.y2 - whole.y1) * z2.full).toBeGreaterThan(height);
		const c = { width: 1260, height, zooms: z2 };
		const p = selectionPlan(layouts, trail, d, chain, sel, c, true, true)!;
		expect(p.arrangement).toBe('trail');
		expect(p.target.detail).toBe('full');
		expect(p.target.view.zoom).toBeGreaterThanOrEqual(z2.full - 1e-9);
		for (const i of spine.slice(-2)) {
			const b = onScreen(boxOf(trail.full, i)!, p.target.view);
			expect(inside(b, 1260, height), model.ids[i]).toBe(true);
		}
	});
});

describe('selectionPlan for the resolution', () => {
	it('opens as the map opens, full cards from the top, where its lines do not all fit', () => {
		const { d, layouts } = setup(1, 'thesis');
		const sel = ix('thesis');
		const kids = d.kids.get(sel)!;
		// A canvas too short for every line in full cards.
		const all = union(kids.map((k) => boxOf(layouts.full, k)!));
		const height = Math.floor((all.y2 - all.y1) * z.full * 0.6);
		const c = { width: 608, height, zooms: z };
		const p = selectionPlan(layouts, null, d, [sel], sel, c, true)!;
		expect(p.arrangement).toBe('map');
		expect(p.target.detail).toBe('full');
		expect(p.target.view.zoom).toBeGreaterThanOrEqual(z.full - 1e-9);
		expect(inside(shownAt(layouts, 'full', sel, p.target.view), 608, height)).toBe(true);
	});
});

describe('selectionPlan for a line of the resolution', () => {
	it('keeps the map’s columns, in compact cards where full ones do not fit', () => {
		const { d, layouts } = setup(2, 'f2');
		const sel = ix('f2');
		const chain = traceOf(model, d, sel).chain;
		const trail = {
			full: layoutTrail(model, d, chain, { detail: 'full' }),
			compact: layoutTrail(model, d, chain, { detail: 'compact' })
		};
		// Wide enough for both columns compact, too short for the chain in full cards.
		const c = { width: 700, height: 260, zooms: z };
		const p = selectionPlan(layouts, trail, d, chain, sel, c, true)!;
		expect(p.arrangement).toBe('map');
		expect(p.target.detail).toBe('compact');
		// Deeper, the same canvas takes the trail.
		const { d: d2, layouts: l2 } = setup(2, 'a1a1');
		const chain2 = traceOf(model, d2, ix('a1a1')).chain;
		const trail2 = {
			full: layoutTrail(model, d2, chain2, { detail: 'full' }),
			compact: layoutTrail(model, d2, chain2, { detail: 'compact' })
		};
		const p2 = selectionPlan(l2, trail2, d2, chain2, ix('a1a1'), { ...c, height: 600 }, true)!;
		expect(p2.arrangement).toBe('trail');
	});
});
