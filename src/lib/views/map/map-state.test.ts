/**
 * The map's state and commands, on the hand-made debate, with a fake canvas that records
 * where it was asked to move (framing itself is tested in framing.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { mapDebate, mapModel } from '$lib/testing/map-model';
import { repliesShown } from './disclosure';
import { boxOf } from './framing';
import { MapState, type MapCanvas } from './map-state.svelte';
import { DEFAULT_VIEW } from './view-state';
import { onScreen, type Box, type Viewport } from './viewport';

class FakeCanvas implements MapCanvas {
	moves: Viewport[] = [];
	zooms: number[] = [];
	pans: Array<[number, number]> = [];
	v: Viewport = { zoom: 1, pan: { x: 0, y: 0 } };
	constructor(
		public width = 1280,
		public height = 720
	) {}
	size() {
		return { width: this.width, height: this.height };
	}
	viewport() {
		return this.v;
	}
	moveTo(view: Viewport) {
		this.v = view;
		this.moves.push(view);
	}
	zoomBy(f: number) {
		this.zooms.push(f);
	}
	panBy(dx: number, dy: number) {
		this.pans.push([dx, dy]);
	}
	focus() {}
}

function setup(width?: number, height?: number) {
	const ctl = new MapState(mapModel(mapDebate()));
	const canvas = new FakeCanvas(width, height);
	ctl.link(() => canvas);
	return { ctl, canvas };
}
const ix = (ctl: MapState, id: string) => ctl.model.index.get(id)!;
const inside = (b: Box, width: number, height: number) =>
	b.x1 >= -0.5 && b.y1 >= -0.5 && b.x2 <= width + 0.5 && b.y2 <= height + 0.5;
/** Where a claim's card is on the fake canvas now. */
const onCanvas = (ctl: MapState, canvas: FakeCanvas, id: string) =>
	onScreen(boxOf(ctl.layout, ix(ctl, id))!, canvas.v);

describe('selecting', () => {
	it('opens what leads to the claim and its replies, lights its chain and frames it', async () => {
		const { ctl, canvas } = setup();
		await ctl.select('a1a');
		expect(ctl.view.selected).toBe('a1a');
		expect(ctl.disclosure.visible[ix(ctl, 'a1a1')]).toBe(1);
		expect(ctl.trace?.chain.map((i) => ctl.model.ids[i])).toEqual(['a1a', 'a1', 'thesis']);
		expect(canvas.moves).toHaveLength(1);
		for (const id of ['thesis', 'a1', 'a1a', 'a1a1'])
			expect(inside(onCanvas(ctl, canvas, id), 1280, 720), id).toBe(true);
		// An attack on an attack on the resolution counts for it.
		expect(ctl.announcement).toMatch(
			/^Selected: Claim a1a\.+ For the resolution\. Ann Author\. 1 reply\.$/
		);
	});
	it('by the arrow keys steps without opening the replies, and slides the view only if needed', async () => {
		const { ctl, canvas } = setup();
		const open = (canvas.v = ctl.opening(1280, 720));
		expect(ctl.key('ArrowDown', false)).toBe(true);
		expect(ctl.selected).toBe('thesis');
		await Promise.resolve();
		// The resolution opens 16 px from the top; a claim stepped to keeps 24 px: a slide.
		expect(canvas.moves).toEqual([{ zoom: open.zoom, pan: { x: open.pan.x, y: open.pan.y + 8 } }]);
		ctl.key('ArrowRight', false);
		expect(ctl.selected).toBe('a1');
		await Promise.resolve();
		expect(repliesShown(ctl.disclosure, ix(ctl, 'a1'))).toBe(false);
		// Already in view: the view stays.
		expect(canvas.moves).toHaveLength(1);
	});
	it('again reframes; clearing it drops the focus and says so', async () => {
		const { ctl, canvas } = setup();
		await ctl.select('f1');
		await ctl.select('f1');
		expect(canvas.moves).toHaveLength(2);
		ctl.focus = 2;
		await ctl.select(null);
		expect(ctl.focus).toBe(0);
		expect(ctl.announcement).toBe('Selection cleared.');
	});
	it('in the column view changes the selection without moving the canvas', async () => {
		const { ctl, canvas } = setup();
		await ctl.setMode('columns');
		await ctl.select('f2');
		expect(ctl.selected).toBe('f2');
		expect(canvas.moves).toEqual([]);
		await ctl.setMode('map');
		expect(canvas.moves).toHaveLength(1);
	});
});

describe('the trail', () => {
	it('shows a deep selection on a laptop’s canvas with its chain and every reply, all lit', async () => {
		const { ctl, canvas } = setup(608, 594);
		await ctl.select('a1a');
		expect(ctl.showing).toBe('trail');
		const ids = ctl.layout.nodes.map((n) => n.id);
		// f2a hangs under f2 on the map; in the trail it is beside the claim it attacks.
		expect(ids.sort()).toEqual(['a1', 'a1a', 'a1a1', 'f2a', 'thesis']);
		for (const id of ids) {
			expect(ctl.highlight!.claims.has(id), id).toBe(true);
			expect(inside(onCanvas(ctl, canvas, id), 608, 594), id).toBe(true);
		}
		expect(canvas.v.zoom).toBeGreaterThanOrEqual(
			(ctl.detail === 'full' ? ctl.zooms.full : ctl.zooms.min) - 1e-9
		);
	});
	it('goes on to a reply from its strip, and back to the map when the selection is cleared', async () => {
		const { ctl, canvas } = setup(608, 594);
		await ctl.select('a1');
		await ctl.select('a1a');
		expect(ctl.showing).toBe('trail');
		await ctl.stripTap('a1a');
		expect(ctl.selected).toBe('a1a');
		expect(repliesShown(ctl.disclosure, ix(ctl, 'a1a'))).toBe(false);
		await ctl.stripTap('a1a');
		await ctl.select('a1a1');
		expect(ctl.showing).toBe('trail');
		const moves = canvas.moves.length;
		await ctl.select(null);
		expect(ctl.showing).toBe('map');
		expect(canvas.moves).toHaveLength(moves + 1);
		expect(inside(onCanvas(ctl, canvas, 'a1a1'), 608, 594)).toBe(true);
	});
	it('steps by the arrow keys along the map’s structure, each step with its own trail', async () => {
		const { ctl, canvas } = setup(608, 594);
		await ctl.select('a1a1');
		expect(ctl.showing).toBe('trail');
		ctl.key(ctl.columns === 2 ? 'ArrowLeft' : 'ArrowUp', false); // toward the resolution
		await Promise.resolve();
		await Promise.resolve();
		expect(ctl.selected).toBe('a1a');
		for (const id of ['thesis', 'a1', 'a1a'])
			expect(inside(onCanvas(ctl, canvas, id), 608, 594), id).toBe(true);
	});
	it('is never used on a wide canvas for a chain the map frames', async () => {
		const { ctl } = setup(1920, 1080);
		await ctl.select('f1');
		expect(ctl.showing).toBe('map');
		expect(ctl.highlight).toEqual(ctl.trace);
	});
});

describe('opening and folding', () => {
	it('opens a claim’s replies into view and folds them again, saying so', async () => {
		const { ctl, canvas } = setup();
		await ctl.toggle('f1');
		expect(repliesShown(ctl.disclosure, ix(ctl, 'f1'))).toBe(true);
		expect(ctl.announcement).toBe(`Showing 3 replies to ${ctl.model.titles[ix(ctl, 'f1')]}.`);
		expect(canvas.moves).toHaveLength(1);
		for (const id of ['f1', 'f1a', 'f1b', 'f1c'])
			expect(inside(onCanvas(ctl, canvas, id), 1280, 720), id).toBe(true);
		await ctl.toggle('f1', false);
		expect(repliesShown(ctl.disclosure, ix(ctl, 'f1'))).toBe(false);
		// Folding does not move the view.
		expect(canvas.moves).toHaveLength(1);
		// Asking for what is already so does nothing.
		await ctl.toggle('f1', false);
		expect(ctl.announcement).toMatch(/^Folded/);
	});
	it('the keys open, fold and flip the selection', async () => {
		const { ctl } = setup();
		await ctl.select('a1', { open: false, frame: false });
		const shown = () => repliesShown(ctl.disclosure, ix(ctl, 'a1'));
		ctl.key('+', false);
		expect(shown()).toBe(true);
		ctl.key('-', false);
		expect(shown()).toBe(false);
		ctl.key('Enter', false);
		expect(shown()).toBe(true);
	});
	it('opening the whole map to a depth goes back to the selection, or else the top', async () => {
		const { ctl, canvas } = setup();
		await ctl.setDepth(12);
		expect(ctl.shownCount).toBe(ctl.model.n);
		expect(ctl.announcement).toBe('Every claim is open.');
		expect(canvas.moves).toHaveLength(1);
		const top = onCanvas(ctl, canvas, 'thesis');
		expect(top.y1).toBeCloseTo(16);
	});
});

describe('filters and focus', () => {
	it('a filter, and clearing the filters, reframe the map', async () => {
		const { ctl, canvas } = setup();
		await ctl.setFilter('speakers', ['bob']);
		expect(ctl.disclosure.visible[ix(ctl, 'f2')]).toBe(0);
		expect(canvas.moves).toHaveLength(1);
		await ctl.clearFilters();
		expect(ctl.filters.speakers).toEqual([]);
		expect(ctl.disclosure.visible[ix(ctl, 'f2')]).toBe(1);
		expect(canvas.moves).toHaveLength(2);
	});
	it('focus shows the neighbourhood and fits it; the whole map again frames the selection', async () => {
		const { ctl, canvas } = setup();
		await ctl.select('a1a');
		await ctl.setFocus(1);
		expect(ctl.disclosure.order.map((i) => ctl.model.ids[i]).sort()).toEqual(
			['a1', 'a1a', 'a1a1', 'f2a', 'thesis'].sort()
		);
		for (const n of ctl.layout.nodes)
			expect(inside(onScreen(boxOf(ctl.layout, n.i)!, canvas.v), 1280, 720), n.id).toBe(true);
		await ctl.setFocus(0);
		expect(canvas.moves).toHaveLength(3);
	});
});

describe('the view, the zoom and the keys', () => {
	it('opens at the top, or on a selection; zooming past the legible line switches the cards', () => {
		const { ctl, canvas } = setup();
		const v = ctl.opening(1280, 720);
		expect(ctl.detail).toBe('full');
		canvas.v = { zoom: ctl.zooms.full * 0.8, pan: v.pan };
		ctl.onZoom();
		expect(ctl.detail).toBe('compact');
		expect(canvas.moves).toHaveLength(1);
		canvas.v = { zoom: ctl.zooms.full * 1.1, pan: v.pan };
		ctl.onZoom();
		expect(ctl.detail).toBe('full');
		ctl.onZoom();
		expect(canvas.moves).toHaveLength(2);
	});
	it('zooms, pans and goes home from the keyboard; other keys are left alone', () => {
		const { ctl, canvas } = setup();
		expect(ctl.key(']', false)).toBe(true);
		expect(ctl.key('ArrowLeft', true)).toBe(true);
		expect(ctl.key('PageDown', false)).toBe(true);
		expect(ctl.key('0', false)).toBe(true);
		expect(ctl.key('x', false)).toBe(false);
		expect(canvas.zooms).toEqual([1.25]);
		expect(canvas.pans).toEqual([
			[80, 0],
			[0, -576]
		]);
		expect(canvas.moves).toHaveLength(1);
	});
	it('with no canvas, keys do nothing and framing is skipped', async () => {
		const ctl = new MapState(mapModel(mapDebate()));
		expect(ctl.key(']', false)).toBe(false);
		await ctl.select('a1a');
		expect(ctl.selected).toBe('a1a');
	});
});

describe('the state as a link', () => {
	it('round-trips through the view state, opening the chain of a linked claim', () => {
		const { ctl } = setup();
		ctl.apply({ ...DEFAULT_VIEW, selected: 'a1a1', status: true, present: true });
		expect(ctl.disclosure.visible[ix(ctl, 'a1a1')]).toBe(1);
		expect(ctl.view).toMatchObject({ selected: 'a1a1', status: true, present: true, mode: 'map' });
		expect([...ctl.view.expansion.open].sort()).toEqual(['a1', 'a1a']);
	});
	it('a link to a claim opens its replies unless the link closed them', () => {
		const { ctl } = setup();
		ctl.start({ ...DEFAULT_VIEW, selected: 'a1' }, 'a1');
		expect(repliesShown(ctl.disclosure, ix(ctl, 'a1'))).toBe(true);
		const closed = setup().ctl;
		const expansion = { ...DEFAULT_VIEW.expansion, closed: new Set(['a1']) };
		closed.start({ ...DEFAULT_VIEW, selected: 'a1', expansion }, 'a1');
		expect(repliesShown(closed.disclosure, ix(closed, 'a1'))).toBe(false);
	});
	it('a link to a claim that is not here says so, with the nearest claims', async () => {
		const { ctl } = setup();
		ctl.start(DEFAULT_VIEW, 'a1aa');
		expect(ctl.missing).toEqual({ id: 'a1aa', near: [] });
		await expect.poll(() => ctl.missing?.near.length).toBeGreaterThan(0);
		expect(ctl.missing!.near.map((c) => c.id)).toContain('a1a');
		await ctl.select('f1');
		expect(ctl.missing).toBeNull();
	});
	it('Back to an earlier state shows it and frames its selection', async () => {
		const { ctl, canvas } = setup();
		await ctl.follow({ ...DEFAULT_VIEW, selected: 'f2a' });
		expect(ctl.selected).toBe('f2a');
		expect(inside(onCanvas(ctl, canvas, 'f2a'), 1280, 720)).toBe(true);
	});
});

describe('zooming past the farthest zoom', () => {
	it('opens the overview of the whole debate, where there is one; zooming in closes it', () => {
		const { ctl, canvas } = setup();
		canvas.v = { zoom: ctl.zooms.min, pan: { x: 0, y: 0 } };
		ctl.zoom(0.8);
		// No overview on this page (an embed): the canvas is asked, and stays at its floor.
		expect(ctl.overview).toBe(false);
		expect(canvas.zooms).toEqual([0.8]);
		ctl.overviewAvailable = true;
		ctl.key('[', false);
		expect(ctl.overview).toBe(true);
		expect(canvas.zooms).toEqual([0.8]);
		ctl.key(']', false);
		expect(ctl.overview).toBe(false);
		// Above the floor, zooming out zooms.
		canvas.v = { zoom: ctl.zooms.full, pan: { x: 0, y: 0 } };
		ctl.zoom(0.8);
		expect(ctl.overview).toBe(false);
		expect(canvas.zooms).toEqual([0.8, 0.8]);
	});
});

describe('menus', () => {
	it('one open at a time', () => {
		const { ctl } = setup();
		ctl.openMenu('filters', true);
		ctl.openMenu('more', true);
		expect(ctl.menu).toBe('more');
		ctl.openMenu('filters', false);
		expect(ctl.menu).toBe('more');
		ctl.openMenu('more', false);
		expect(ctl.menu).toBeNull();
	});
});
