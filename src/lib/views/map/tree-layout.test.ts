import { describe, expect, it } from 'vitest';
import { mapDebate, mapModel } from '$lib/testing/map-model';
import { DEFAULT_EXPANSION, disclose, expandToDepth, toggleExpansion } from './disclosure';
import {
	compactLabel,
	handleText,
	estimateWidth,
	layoutTree,
	METRICS,
	wrap,
	wrapOnce,
	type LaidNode,
	type Measure
} from './tree-layout';

const model = mapModel(mapDebate());
const lay = (expansion = DEFAULT_EXPANSION, columns: 1 | 2 = 2) =>
	layoutTree(model, disclose({ model, passes: null, expansion }), { columns });
const byId = (l: ReturnType<typeof lay>) => new Map(l.nodes.map((n) => [n.id, n]));
const overlap = (a: LaidNode, b: LaidNode) =>
	a.x - a.w / 2 < b.x + b.w / 2 &&
	b.x - b.w / 2 < a.x + a.w / 2 &&
	a.y - a.h / 2 < b.y + b.h / 2 &&
	b.y - b.h / 2 < a.y + a.h / 2;

describe('tree layout', () => {
	it('puts the resolution on top, For lines to its left and Against lines to its right', () => {
		const n = byId(lay());
		expect(n.get('thesis')!.x).toBe(0);
		for (const f of ['f1', 'f2', 'f3']) expect(n.get(f)!.x).toBeLessThan(0);
		for (const a of ['a1', 'a2']) expect(n.get(a)!.x).toBeGreaterThan(0);
		expect(n.get('f1')!.y).toBeLessThan(n.get('f2')!.y);
		expect(n.get('f1')!.y - n.get('f1')!.h / 2).toBeGreaterThan(
			n.get('thesis')!.y + n.get('thesis')!.h / 2
		);
	});

	it('opens replies in the next column outward, the first level with its claim', () => {
		const n = byId(lay(toggleExpansion(DEFAULT_EXPANSION, 'f1', false, false)));
		const f1 = n.get('f1')!;
		const f1a = n.get('f1a')!;
		expect(f1a.x).toBeLessThan(f1.x);
		expect(f1a.y - f1a.h / 2).toBe(f1.y - f1.h / 2);
		expect(n.get('f1b')!.y).toBeGreaterThan(f1a.y);
	});

	it('is stable: opening a claim only slides what comes after it, and only downward', () => {
		const before = byId(lay());
		const after = byId(lay(toggleExpansion(DEFAULT_EXPANSION, 'f1', false, false)));
		for (const [id, b] of before) {
			const a = after.get(id)!;
			expect(a.x).toBe(b.x);
			if (['thesis', 'f1', 'a1', 'a2'].includes(id)) expect(a.y).toBe(b.y);
			else expect(a.y).toBeGreaterThan(b.y);
		}
	});

	it('never overlaps two cards, however far it is opened, in either level of detail', () => {
		for (const [columns, detail] of [
			[1, 'full'],
			[2, 'full'],
			[2, 'compact']
		] as const) {
			const l = layoutTree(model, disclose({ model, passes: null, expansion: expandToDepth(9) }), {
				columns,
				detail
			});
			for (let i = 0; i < l.nodes.length; i++)
				for (let j = i + 1; j < l.nodes.length; j++)
					expect(overlap(l.nodes[i], l.nodes[j]), `${l.nodes[i].id} / ${l.nodes[j].id}`).toBe(
						false
					);
		}
	});

	it('gives every card with replies a strip that counts or folds them', () => {
		const l = lay();
		const strip = new Map(l.handles.map((h) => [h.id, h]));
		expect(strip.get('strip:f1')!.label).toBe('▸ 3 replies: 1 support · 2 attack');
		expect(strip.get('strip:f1')!.action).toBe('open');
		expect(strip.get('strip:thesis')!.action).toBe('close');
		expect(strip.has('strip:f3')).toBe(false);
		// The strip sits inside its card, at the foot.
		const f1 = byId(l).get('f1')!;
		const s = strip.get('strip:f1')!;
		expect(s.y + s.h / 2).toBe(f1.y + f1.h / 2);
	});

	it('draws tree edges to the claim each hangs under and cross-links between shown claims', () => {
		const l = lay(expandToDepth(3));
		const edge = new Map(l.edges.map((e) => [e.id, e]));
		expect(edge.get('f1b>attacks>f1')!.kind).toBe('tree');
		expect(edge.get('f2a>attacks>a1a')!.kind).toBe('cross');
		expect(edge.get('f1>supports>thesis')!.toThesis).toBe(true);
	});

	it('in one column, puts For lines before Against lines below the resolution', () => {
		const n = byId(lay(DEFAULT_EXPANSION, 1));
		const xs = new Set(['f1', 'f2', 'f3', 'a1', 'a2'].map((i) => n.get(i)!.x));
		expect(xs.size).toBe(1);
		expect(n.get('f3')!.y).toBeLessThan(n.get('a1')!.y);
	});
});

describe('compact form', () => {
	it('is smaller than the full one, so a zoomed-out map shows more', () => {
		const d = disclose({ model, passes: null, expansion: expandToDepth(9) });
		const full = layoutTree(model, d, { detail: 'full' });
		const compact = layoutTree(model, d, { detail: 'compact' });
		expect(compact.bounds.y2 - compact.bounds.y1).toBeLessThan(full.bounds.y2 - full.bounds.y1);
		for (const n of compact.nodes) expect(n.h).toBeLessThanOrEqual(full.at.get(n.i)!.h);
		// Same order, same columns: only sizes change.
		expect(compact.nodes.map((n) => [n.id, n.column])).toEqual(
			full.nodes.map((n) => [n.id, n.column])
		);
	});
});

describe('card text', () => {
	it('wraps at spaces like the renderer', () => {
		expect(wrap('aaa bbb ccc', 7 * 10 * 0.56, 10, estimateWidth)).toEqual(['aaa bbb', 'ccc']);
	});
	it('shortens to what fits the compact font, at a word boundary', () => {
		const c = compactLabel(
			'Taiwan’s defense is Japan’s defense, and a map shows it',
			METRICS.cardWidth,
			2,
			estimateWidth
		);
		expect(c.endsWith('…')).toBe(true);
		expect(c.startsWith('Taiwan’s defense')).toBe(true);
		expect(
			wrap(c, METRICS.cardWidth - 2 * METRICS.padX, METRICS.compactFont, estimateWidth).length
		).toBeLessThanOrEqual(2);
	});
});

describe('handleText', () => {
	const h = { total: 10, supports: 10, attacks: 0, other: 0, elsewhere: 0, elsewhereAttacks: 0 };
	it('counts a folded claim by what its replies do, those drawn elsewhere included', () => {
		expect(handleText(h, 0).label).toBe('▸ 10 replies: 10 support');
		const away = { ...h, elsewhere: 2, elsewhereAttacks: 1 };
		// The attack is drawn under another claim, but the card still says it is attacked.
		expect(handleText(away, 0).label).toBe('▸ 12 replies: 11 support · 1 attack');
		// Zoomed out, the card's number is the same as the full strip's.
		expect(handleText(away, 0).compact).toBe('▸ 12');
		expect(handleText(undefined, 10, away)).toMatchObject({
			label: '▾ fold 10 replies (+2 elsewhere)',
			action: 'close'
		});
		// Partly open: what opening adds.
		expect(handleText({ ...away, total: 3, supports: 3 }, 7).label).toBe(
			'▸ 3 more: 3 support (+2 elsewhere)'
		);
	});
});

describe('laying out again', () => {
	it('measures each text once, however often the layouts run', () => {
		let calls = 0;
		const measure: Measure = (text, font, bold) => {
			calls++;
			return estimateWidth(text, font, bold);
		};
		const d = disclose({ model, passes: null, expansion: expandToDepth(9) });
		const first = layoutTree(model, d, { measure });
		const once = calls;
		expect(once).toBeGreaterThan(0);
		const again = layoutTree(model, d, { measure, detail: 'full' });
		expect(calls).toBe(once);
		expect(again.nodes.map((n) => [n.id, n.h])).toEqual(first.nodes.map((n) => [n.id, n.h]));
		expect(wrapOnce('a few words here', 50, 16, measure)).toEqual(
			wrap('a few words here', 50, 16, measure)
		);
	});

	it('draws the relations between shown cards only, each once', () => {
		const d = disclose({ model, passes: null, expansion: expandToDepth(9) });
		const l = layoutTree(model, d, {});
		const ids = l.edges.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		// f2a's attack on a1a is not its tree relation: a cross-link, drawn once both are shown.
		expect(l.edges.find((e) => e.id === 'f2a>attacks>a1a')).toMatchObject({ kind: 'cross' });
		const shallow = layoutTree(
			model,
			disclose({ model, passes: null, expansion: expandToDepth(1) }),
			{}
		);
		expect(shallow.edges.some((e) => e.kind === 'cross')).toBe(false);
	});
});
