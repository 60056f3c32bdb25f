/** Undercuts and linked premises on the map: the joint bar, the mark on the relation, the bridge onto it. */
import { describe, expect, it } from 'vitest';
import { mapModel } from '$lib/testing/map-model';
import { tinyDebate } from '$lib/testing/tiny-debate';
import { columnsView } from './columns';
import { disclose, expandToDepth } from './disclosure';
import { toElements } from './elements';
import { outlineRows } from './outline';
import { panelContext } from './panel';
import { bridge } from './structure-drawing';
import { layoutTree } from './tree-layout';

const debate = tinyDebate({
	a: { text: 'Free fares draw riders.', supports: ['thesis'] },
	// x sits between the group's members in reading order; the graph keeps the group together.
	p: {
		text: 'Journeys rose a third.',
		supports: ['a'],
		with: ['q'],
		evidence: [{ source: 'src', quote: 'q', locator: 'para. 1' }]
	},
	x: {
		text: 'Another reason.',
		supports: ['a'],
		evidence: [{ source: 'src', quote: 'q', locator: 'para. 2' }]
	},
	q: {
		text: 'The fare kept people off.',
		supports: ['a'],
		evidence: [{ source: 'src', quote: 'q', locator: 'para. 3' }]
	},
	b: { text: 'Fares fund a fifth.', attacks: ['thesis'] },
	u: { text: 'The pilot added routes too.', undercuts: [{ from: 'p', supports: 'a' }] },
	v: { text: 'A fifth can be replaced.', undercuts: [{ from: 'b', attacks: 'thesis' }] }
});
const model = mapModel(debate);
const idx = (id: string) => model.index.get(id)!;
const d = disclose({ model, passes: null, expansion: expandToDepth(9) });
const layout = layoutTree(model, d, { columns: 2 });
const at = (id: string) => layout.at.get(idx(id))!;

describe('the map payload carries undercuts and linked groups', () => {
	it('decodes them into the model, the undercutter hanging under the claim whose relation it answers', () => {
		expect(
			model.undercuts.map((u) => [
				model.ids[u.by],
				model.ids[u.edge.from],
				u.edge.relation,
				model.ids[u.edge.to]
			])
		).toEqual([
			['u', 'p', 'supports', 'a'],
			['v', 'b', 'attacks', 'thesis']
		]);
		expect(model.groups.map((g) => g.members.map((m) => model.ids[m]))).toEqual([['p', 'q']]);
		expect(model.ids[model.parent[idx('u')]]).toBe('p');
		expect(model.parentRelation[idx('u')]).toBe('attacks');
		// Group members next to each other in reading order, x after them.
		expect(model.children[idx('a')].map((i) => model.ids[i])).toEqual(['p', 'q', 'x']);
	});
});

describe('drawing', () => {
	it('draws a linked group as strokes into one bar and one arrow from it', () => {
		const bar = layout.marks!.find((m) => m.kind === 'joint')!;
		expect(bar).toMatchObject({ relation: 'supports', of: 'p' });
		const [p, q, a] = [at('p'), at('q'), at('a')];
		// Beside the members' inner edge (towards a), spanning exactly the two of them.
		expect(bar.x).toBeGreaterThan(p.x + p.w / 2);
		expect(bar.x).toBeLessThan(a.x - a.w / 2);
		expect(bar.y - bar.h / 2).toBeCloseTo(p.y - p.h / 2, 6);
		expect(bar.y + bar.h / 2).toBeCloseTo(q.y + q.h / 2, 6);
		// Each stroke runs level into the bar, at its member's height.
		const ports = layout.marks!.filter((m) => m.kind === 'joint-port');
		const into = layout.edges.filter((e) => ports.some((x) => x.id === e.to));
		expect(into.map((e) => e.from).sort()).toEqual(['p', 'q']);
		expect(into.every((e) => e.extra?.includes('joint-in'))).toBe(true);
		for (const e of into) {
			const port = ports.find((x) => x.id === e.to)!;
			expect(port.x).toBe(bar.x);
			expect(port.y).toBe(at(e.from).y);
		}
		const out = layout.edges.filter((e) => e.from === bar.id);
		expect(out).toEqual([
			expect.objectContaining({ to: 'a', relation: 'supports', label: 'supports together' })
		]);
		// x still has its own arrow into a.
		expect(layout.edges.some((e) => e.from === 'x' && e.to === 'a')).toBe(true);
	});

	it('puts a mark on each undercut relation and bridges the undercutter onto it', () => {
		const marks = layout.marks!.filter((m) => m.kind === 'undercut');
		expect(marks.map((m) => m.id).sort()).toEqual([
			'undercut:b>attacks>thesis',
			'undercut:p>supports>a'
		]);
		// On the group's arrow, between the bar and a.
		const bar = layout.marks!.find((m) => m.kind === 'joint')!;
		const onGroup = marks.find((m) => m.of === 'p')!;
		expect(onGroup.y).toBe(bar.y);
		expect(onGroup.x).toBeGreaterThan(bar.x);
		expect(onGroup.x).toBeLessThan(at('a').x - at('a').w / 2);
		// Beside b, on its line toward the resolution.
		const onB = marks.find((m) => m.of === 'b')!;
		expect(onB.y).toBe(at('b').y);
		expect(onB.x).toBeLessThan(at('b').x - at('b').w / 2);
		const uEdge = layout.edges.find((e) => e.from === 'u')!;
		expect(uEdge).toMatchObject({ to: onGroup.id, label: 'undercuts', id: 'u>attacks>p' });
		expect(uEdge.extra).toContain('undercut');
		expect(uEdge.route!.weights.length).toBeGreaterThanOrEqual(2);
	});

	it('routes the bridge straight across onto a mark about as high as the card’s top', () => {
		const { weights } = bridge(
			{ x: 300, y: 100 },
			{ x: 100, y: 120, w: 200, h: 80 },
			{ x: -20, y: 75 }
		);
		expect(weights).toHaveLength(2);
		for (const w of weights) expect(w >= 0 && w <= 1).toBe(true);
	});

	it('routes the bridge out, up past the card, across its top and down onto the mark', () => {
		const from = { x: 300, y: 100 };
		const over = { x: 100, y: 120, w: 200, h: 80 };
		const mark = { x: -20, y: 120 };
		const { weights, distances } = bridge(from, over, mark);
		// Rebuild the points as Cytoscape does: along the line, then to its left.
		const vx = mark.x - from.x;
		const vy = mark.y - from.y;
		const len = Math.hypot(vx, vy);
		const points = weights.map((w, i) => ({
			x: from.x + w * vx + (distances[i] * -vy) / len,
			y: from.y + w * vy + (distances[i] * vx) / len
		}));
		const r = (n: number) => Math.round(n * 1e6) / 1e6;
		expect(points.map((p) => [r(p.x), r(p.y)])).toEqual([
			[214, 100],
			[214, 72],
			[-20, 72]
		]);
	});

	it('gives Cytoscape the marks as nodes and the routes as data', () => {
		const els = toElements(model, layout, () => undefined);
		expect(els.filter((e) => String(e.classes).includes('undercut-mark'))).toHaveLength(2);
		expect(els.filter((e) => /\bjoint-mark\b/.test(String(e.classes)))).toHaveLength(1);
		const u = els.find((e) => e.data.id === 'u>attacks>p')!;
		expect(u.data).toMatchObject({
			source: 'u',
			target: 'undercut:p>supports>a',
			label: 'undercuts'
		});
		expect(u.data.segw).toHaveLength(3);
	});
});

describe('the outline, the column view and the panel say them in words', () => {
	it('outline rows', () => {
		const rows = outlineRows(model, d);
		const row = (id: string) => rows.find((r) => r.id === id && !r.link)!;
		expect(row('u')).toMatchObject({ relation: 'attacks', undercut: true });
		expect(row('p')).toMatchObject({ relation: 'supports', together: true });
		expect(row('x').together).toBeUndefined();
	});

	it('column cards', () => {
		const onA = columnsView(model, idx('a'), null);
		expect(onA.supporting.map((c) => [c.id, c.note])).toEqual([
			['p', 'Only together with “The fare kept people off.”'],
			['q', 'Only together with “Journeys rose a third.”'],
			['x', undefined]
		]);
		const onP = columnsView(model, idx('p'), null);
		expect(onP.attacking.map((c) => [c.id, c.note])).toEqual([
			['u', 'Says this does not show “Free fares draw riders.”']
		]);
		expect(columnsView(model, idx('v'), null).undercut).toEqual({
			from: { id: 'b', title: 'Fares fund a fifth.' },
			verb: 'does not count against',
			to: { id: 'thesis', title: 'the resolution' }
		});
	});

	it('the panel context matches the claim page’s', () => {
		const ctx = panelContext(model, idx('u'));
		expect(ctx.undercuts.map((u) => u.edge.id)).toEqual(['p>supports>a']);
		expect(ctx.chain[0]).toMatchObject({ from: 'u', to: 'p', relation: 'attacks' });
		expect(ctx.chain[0].undercut?.id).toBe('p>supports>a');
		const p = panelContext(model, idx('p'));
		expect(p.undercutBy.map((u) => u.from)).toEqual(['u']);
		expect(p.groups.map((g) => g.members)).toEqual([['p', 'q']]);
	});
});
