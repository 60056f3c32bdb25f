import { describe, expect, it } from 'vitest';
import { METRICS } from './tree-layout';
import {
	boundPan,
	detailAt,
	frame,
	onScreen,
	openingView,
	slideIntoView,
	union,
	zooms,
	type Box
} from './viewport';

const z = zooms();
const box = (x1: number, y1: number, x2: number, y2: number): Box => ({ x1, y1, x2, y2 });
/** A box on screen lies inside a canvas of that size (half a pixel of rounding either way). */
const inside = (b: Box, width: number, height: number) =>
	b.x1 >= -0.5 && b.y1 >= -0.5 && b.x2 <= width + 0.5 && b.y2 <= height + 0.5;

describe('levels of detail', () => {
	it('draws full cards only where their text is at least 12 CSS px, compact ones down to the minimum', () => {
		expect(METRICS.font * z.full).toBeCloseTo(METRICS.legible);
		expect(METRICS.compactFont * z.min).toBeCloseTo(METRICS.legible);
		expect(detailAt(z.full, z)).toBe('full');
		expect(detailAt(z.full * 0.99, z)).toBe('compact');
	});
	it('scales for a projector: 24 px text at scale 2', () => {
		expect(METRICS.font * zooms(2).full).toBeCloseTo(24);
	});
});

describe('framing', () => {
	it('frames a chain at the reading zoom when it fits, centred', () => {
		const boxes = [box(0, 0, 200, 100), box(300, 200, 500, 300)];
		const v = frame(boxes, boxes[1], 1000, 800, z);
		expect(v.zoom).toBe(z.reading);
		for (const b of boxes) expect(inside(onScreen(b, v), 1000, 800)).toBe(true);
	});
	it('zooms out as far as needed to fit, never past the legible minimum', () => {
		const boxes = [box(0, 0, 200, 100), box(1400, 0, 1600, 100)];
		const v = frame(boxes, boxes[1], 800, 600, z);
		expect(v.zoom).toBeLessThan(z.reading);
		expect(v.zoom).toBeGreaterThanOrEqual(z.min);
		for (const b of boxes) expect(inside(onScreen(b, v), 800, 600)).toBe(true);
		const far = [box(0, 0, 200, 100), box(10000, 0, 10200, 100)];
		const w = frame(far, far[1], 800, 600, z);
		expect(w.zoom).toBe(z.min);
		expect(inside(onScreen(far[1], w), 800, 600)).toBe(true);
	});
	it('when the chain is too tall, keeps the widest focus that fits, centred', () => {
		const resolution = box(0, 0, 200, 100);
		const parent = box(0, 200, 200, 300);
		const claim = box(0, 5000, 200, 5100);
		const reply = box(300, 5000, 500, 5100);
		const boxes = [resolution, parent, claim, reply];
		const withParent = union([parent, claim, reply]);
		const withReplies = union([claim, reply]);
		const v = frame(boxes, [withParent, withReplies, claim], 800, 600, z);
		expect(v.zoom).toBe(z.min);
		// The parent is too far up to show with it: the claim and its reply, in the middle.
		for (const b of [claim, reply]) expect(inside(onScreen(b, v), 800, 600)).toBe(true);
		const mid = onScreen(withReplies, v);
		expect((mid.y1 + mid.y2) / 2).toBeCloseTo(300);
		// Near enough, the parent comes too.
		const near = box(0, 600, 200, 700);
		const w = frame([resolution, parent, near, reply], [union([parent, near]), near], 800, 600, {
			...z,
			reading: z.min
		});
		expect(inside(onScreen(parent, w), 800, 600)).toBe(true);
		expect(inside(onScreen(near, w), 800, 600)).toBe(true);
	});
	it('a claim whose replies cannot all fit sits at the top, its replies running down', () => {
		const claim = box(0, 0, 200, 100);
		const replies = box(300, 0, 500, 5000);
		const both = union([claim, replies]);
		const v = frame([claim, replies], [both, claim], 800, 600, z, 24, both);
		const on = onScreen(claim, v);
		expect(on.y1).toBeCloseTo(24);
		expect(inside(on, 800, 600)).toBe(true);
		// Its parent, just above, comes too when it fits: at the top, the claim under it.
		const parent = box(0, -200, 200, -100);
		const w = frame(
			[parent, claim, replies],
			[union([parent, claim, replies]), both, union([parent, claim]), claim],
			800,
			600,
			z,
			24,
			both
		);
		expect(onScreen(parent, w).y1).toBeCloseTo(24);
		expect(inside(onScreen(claim, w), 800, 600)).toBe(true);
	});
	it('opens at the top of the map, at the reading zoom when both columns fit across', () => {
		const b = box(-500, -50, 500, 2000);
		const v = openingView(b, box(-170, -50, 170, 50), 1200, 600, z);
		expect(v.zoom).toBe(z.reading);
		expect(onScreen(box(-170, -50, 170, 50), v).y1).toBeCloseTo(16);
		const narrow = openingView(b, box(-170, -50, 170, 50), 390, 600, z);
		// Too narrow for both columns even when compact: the legible minimum, not smaller.
		expect(narrow.zoom).toBe(z.min);
	});
});

describe('sliding into view', () => {
	it('moves a box that pokes out of the canvas just far enough in, keeping the padding', () => {
		expect(slideIntoView(box(10, 100, 110, 200), 800, 600, 24)).toEqual({ dx: 14, dy: 0 });
		expect(slideIntoView(box(700, 550, 790, 590), 800, 600, 24)).toEqual({ dx: -14, dy: -14 });
		expect(slideIntoView(box(100, 100, 200, 200), 800, 600, 24)).toEqual({ dx: 0, dy: 0 });
	});
	it('keeps the top-left edge of a box larger than the canvas', () => {
		expect(slideIntoView(box(-50, -50, 2000, 2000), 800, 600, 24)).toEqual({ dx: 74, dy: 74 });
	});
});

describe('bounded panning', () => {
	const W = 600;
	const H = 500;
	it('stops a pan before the content leaves the canvas', () => {
		// A tall chain filling the canvas's middle: three wheel notches up (300 px each).
		let b = box(100, 20, 400, 900);
		for (let i = 0; i < 10; i++) {
			const { dx, dy } = boundPan(0, -300, b, W, H);
			b = box(b.x1 + dx, b.y1 + dy, b.x2 + dx, b.y2 + dy);
		}
		// Its foot stays at least 40% of the canvas's height into view.
		expect(b.y2).toBeCloseTo(H * 0.4);
		const side = boundPan(-5000, 0, b, W, H);
		expect(b.x2 + side.dx).toBeCloseTo(W * 0.4);
	});
	it('keeps small content whole on the canvas', () => {
		const b = box(100, 100, 200, 150);
		expect(boundPan(1000, -1000, b, W, H)).toEqual({ dx: W - 200, dy: -100 });
	});
	it('lets a pan within bounds through, and never holds one that brings content back', () => {
		expect(boundPan(-30, 40, box(100, 20, 400, 900), W, H)).toEqual({ dx: -30, dy: 40 });
		// Already off to the left (framed elsewhere, say): back right is allowed, further left not.
		const off = box(-900, 0, -100, 400);
		expect(boundPan(50, 0, off, W, H).dx).toBe(50);
		expect(boundPan(-50, 0, off, W, H).dx).toBe(0);
	});
});
