import { describe, expect, it } from 'vitest';
import { mapDebate, mapModel } from '$lib/testing/map-model';
import { tinyDebate } from '$lib/testing/tiny-debate';
import { disclose, expandTo, expandToDepth, setOpen } from './disclosure';
import { traceOf } from './trace';
import { layoutTrail, trailReplies } from './trail';
import { estimateWidth, METRICS, wrap, type LaidNode } from './tree-layout';

const model = mapModel(mapDebate());
const ix = (s: string) => model.index.get(s)!;

/** The disclosure after selecting `id`: its chain open, and its replies. */
function selecting(id: string) {
	let expansion = expandTo(model, null, expandToDepth(1), id);
	const d0 = disclose({ model, passes: null, expansion });
	if (d0.hidden.has(ix(id))) expansion = setOpen(model, expansion, d0, null, ix(id), true);
	const d = disclose({ model, passes: null, expansion });
	return { d, chain: traceOf(model, d, ix(id)).chain };
}
type Box = Pick<LaidNode, 'x' | 'y' | 'w' | 'h'>;
const overlap = (a: Box, b: Box) =>
	a.x - a.w / 2 < b.x + b.w / 2 &&
	b.x - b.w / 2 < a.x + a.w / 2 &&
	a.y - a.h / 2 < b.y + b.h / 2 &&
	b.y - b.h / 2 < a.y + a.h / 2;

describe('the trail', () => {
	it('stands the chain in one column, the resolution on top, each step under the claim it answers', () => {
		const { d, chain } = selecting('a1a1');
		const t = layoutTrail(model, d, chain);
		expect(t.spine.map((i) => model.ids[i])).toEqual(['thesis', 'a1', 'a1a', 'a1a1']);
		const cards = t.spine.map((i) => t.at.get(i)!);
		for (const c of cards) expect(c.x).toBe(0);
		for (let k = 1; k < cards.length; k++)
			expect(cards[k].y - cards[k].h / 2).toBeGreaterThan(cards[k - 1].y + cards[k - 1].h / 2);
		// The chain's relations run up the column.
		const vertical = t.edges.filter((e) => e.vertical).map((e) => e.id);
		expect(vertical).toEqual(
			expect.arrayContaining(['a1>attacks>thesis', 'a1a>attacks>a1', 'a1a1>attacks>a1a'])
		);
	});

	it('draws every reply of the selection beside it, those the map hangs elsewhere too', () => {
		const { d, chain } = selecting('a1a');
		expect(trailReplies(model, d, ix('a1a'), null).map((i) => model.ids[i])).toEqual([
			'a1a1',
			'f2a'
		]);
		const t = layoutTrail(model, d, chain);
		const sel = t.at.get(ix('a1a'))!;
		const [r1, r2] = t.replies.map((i) => t.at.get(i)!);
		// a1a answers an attack on the resolution, so it is For: its replies run to the left.
		expect(r1.x).toBe(-(METRICS.thesisWidth / 2 + METRICS.columnGap + METRICS.cardWidth / 2));
		// Level with it, or higher where the column would run on below the chain: here it
		// ends level with the selection's foot, in the room beside the cards above.
		const top = t.nodes[0].y - t.nodes[0].h / 2;
		const bottom = Math.max(...t.handles.map((h) => h.y + h.h / 2), r2.y + r2.h / 2);
		expect(r1.y - r1.h / 2).toBeLessThanOrEqual(sel.y - sel.h / 2);
		expect(r1.y - r1.h / 2).toBeGreaterThanOrEqual(top);
		expect(bottom).toBeCloseTo(sel.y + sel.h / 2);
		expect(r2.y).toBeGreaterThan(r1.y);
		// f2a's own relation to a1a is drawn; the claim it hangs under on the map is named
		// under its card, one click from it.
		expect(t.edges.map((e) => e.id)).toContain('f2a>attacks>a1a');
		const also = t.handles.find((h) => h.action === 'goto')!;
		expect(also).toMatchObject({ of: ix('f2a'), target: ix('f2') });
		expect(also.label).toBe(`↗ also supports “${model.titles[ix('f2')]}”`);
		expect(also.y - also.h / 2).toBeGreaterThanOrEqual(r2.y + r2.h / 2);
		// The selection's strip counts the replies beside it.
		expect(t.handles.find((h) => h.id === 'strip:a1a')!.label).toBe('▾ fold 2 replies');
		for (const a of t.nodes)
			for (const b of t.nodes) if (a !== b) expect(overlap(a, b), `${a.id} ${b.id}`).toBe(false);
	});

	it('shows no replies while the reader has folded them, and says how many there are', () => {
		const { d: open } = selecting('a1a');
		const expansion = setOpen(
			model,
			expandTo(model, null, expandToDepth(1), 'a1a'),
			open,
			null,
			ix('a1a'),
			false
		);
		const d = disclose({ model, passes: null, expansion });
		const t = layoutTrail(model, d, traceOf(model, d, ix('a1a')).chain);
		expect(t.replies).toEqual([]);
		expect(t.handles.find((h) => h.id === 'strip:a1a')!.action).toBe('open');
	});

	it('shortens the cards above the selection and leaves off their strips', () => {
		const { d, chain } = selecting('a1a');
		const full = layoutTrail(model, d, chain, { detail: 'full' });
		const compact = layoutTrail(model, d, chain, { detail: 'compact' });
		const above = new Set([ix('thesis'), ix('a1')]);
		expect(full.handles.filter((h) => above.has(h.of))).toEqual([]);
		expect(full.at.get(ix('a1'))!.strip).toBe(0);
		expect(full.handles.map((h) => h.id)).toContain('strip:a1a');
		expect(compact.bounds.y2 - compact.bounds.y1).toBeLessThan(full.bounds.y2 - full.bounds.y1);
	});

	it('draws the chain as wide as the resolution, and cuts long titles above the selection', () => {
		const debate = mapDebate();
		debate.claims.a1.text = Array.from({ length: 40 }, (_, k) => `word${k}`).join(' ');
		const long = mapModel(debate);
		const expansion = expandTo(long, null, expandToDepth(1), 'a1a');
		const d = disclose({ model: long, passes: null, expansion });
		const chain = traceOf(long, d, long.index.get('a1a')!).chain;
		const full = layoutTrail(long, d, chain);
		for (const i of full.spine) expect(full.at.get(i)!.w).toBe(METRICS.thesisWidth);
		const compact = layoutTrail(long, d, chain, { detail: 'compact' });
		const a1 = compact.at.get(long.index.get('a1')!)!;
		expect(a1.label.endsWith('…')).toBe(true);
		expect(
			wrap(a1.label, a1.w - 2 * METRICS.padX, METRICS.compactFont, estimateWidth)
		).toHaveLength(2);
	});

	it('cuts no title in projector mode, however small the form', () => {
		const debate = mapDebate();
		debate.claims.a1.text = Array.from({ length: 12 }, (_, k) => `word${k}`).join(' ');
		const long = mapModel(debate);
		const expansion = expandTo(long, null, expandToDepth(1), 'a1a');
		const d = disclose({ model: long, passes: null, expansion });
		const chain = traceOf(long, d, long.index.get('a1a')!).chain;
		const t = layoutTrail(long, d, chain, { detail: 'compact', wholeText: true });
		const a1 = long.index.get('a1')!;
		expect(t.at.get(a1)!.label).toBe(long.titles[a1]);
		const cut = layoutTrail(long, d, chain, { detail: 'compact' });
		expect(cut.at.get(a1)!.h).toBeLessThan(t.at.get(a1)!.h);
	});
});

describe('undercuts and linked premises in the trail', () => {
	// thesis ← a ← p + q (linked: they support a only together) ← u undercuts p → a;
	// r attacks p (a step under p); b supports a and attacks z, w undercuts b → z.
	const q3 = (n: number) => [{ source: 'src', quote: `q${n}`, locator: `para. ${n}` }];
	const debate = tinyDebate({
		a: { text: 'Free fares draw riders.', supports: ['thesis'], evidence: q3(1) },
		p: { text: 'Journeys rose a third.', supports: ['a'], with: ['q'], evidence: q3(2) },
		q: { text: 'The fare kept people off.', supports: ['a'], with: ['p'], evidence: q3(3) },
		u: { text: 'The pilot added routes too.', undercuts: [{ from: 'p', supports: 'a' }] },
		r: { text: 'The count was wrong.', attacks: ['p'], evidence: q3(4) },
		b: { text: 'Cars left the centre.', supports: ['a'], attacks: ['z'], evidence: q3(5) },
		z: { text: 'Fares fund a fifth.', attacks: ['thesis'], evidence: q3(6) },
		w: { text: 'Other towns saw it too.', undercuts: [{ from: 'b', attacks: 'z' }] }
	});
	const m = mapModel(debate);
	const at = (id: string) => m.index.get(id)!;
	const trailOf = (id: string) => {
		let expansion = expandTo(m, null, expandToDepth(1), id);
		const d0 = disclose({ model: m, passes: null, expansion });
		if (d0.hidden.has(at(id))) expansion = setOpen(m, expansion, d0, null, at(id), true);
		const d = disclose({ model: m, passes: null, expansion });
		return layoutTrail(m, d, traceOf(m, d, at(id)).chain);
	};
	const box = (t: ReturnType<typeof trailOf>, id: string) => t.at.get(at(id))!;

	it('draws the selection and its partner as one joint relation up the chain, an undercut onto it', () => {
		const t = trailOf('p');
		expect(t.spine.map((i) => m.ids[i])).toEqual(['thesis', 'a', 'p']);
		expect(t.partners.map((i) => m.ids[i])).toEqual(['q']);
		const [p, q, a] = [box(t, 'p'), box(t, 'q'), box(t, 'a')];
		// The partner stands under the selection in the chain's column.
		expect(q.x).toBe(p.x);
		expect(q.y - q.h / 2).toBeGreaterThan(p.y + p.h / 2);
		const bar = t.marks!.find((x) => x.kind === 'joint')!;
		expect(bar.id).toBe('joint:supports>a>p+q');
		// Beside both, away from the replies (p is For: its replies run left, the bar right).
		expect(t.replies.map((i) => m.ids[i]).sort()).toEqual(['r', 'u']);
		expect(box(t, 'u').x).toBeLessThan(0);
		expect(bar.x - bar.w / 2).toBeGreaterThan(p.x + p.w / 2);
		expect(bar.y - bar.h / 2).toBeCloseTo(p.y - p.h / 2, 6);
		expect(bar.y + bar.h / 2).toBeCloseTo(q.y + q.h / 2, 6);
		// Each member's stroke runs into the bar; one arrow leaves it for a, up the column.
		const into = t.edges.filter((e) => e.extra?.includes('joint-in'));
		expect(into.map((e) => e.from).sort()).toEqual(['p', 'q']);
		expect(t.edges.some((e) => e.from === 'p' && e.to === 'a')).toBe(false);
		const out = t.edges.filter((e) => e.extra?.includes('joint'));
		expect(out).toEqual([
			expect.objectContaining({ to: 'a', label: 'supports together', vertical: true })
		]);
		// The undercut's mark sits on that arrow, between a and the bar; u's line ends on it.
		const ring = t.marks!.find((x) => x.kind === 'undercut')!;
		expect(ring.id).toBe('undercut:p>supports>a');
		expect(ring.x).toBe(bar.x);
		expect(ring.y).toBeLessThan(p.y - p.h / 2);
		expect(ring.y).toBeGreaterThan(a.y + a.h / 2);
		const uEdge = t.edges.find((e) => e.from === 'u')!;
		expect(uEdge).toMatchObject({ to: ring.id, label: 'undercuts' });
		expect(uEdge.extra).toContain('undercut');
		expect(uEdge.route!.weights).toHaveLength(2);
		// Nothing overlaps, and the mark is clear of the cards.
		const all = [...t.nodes, ring];
		for (const x of all)
			for (const y of all) if (x !== y) expect(overlap(x, y), `${x.id} ${y.id}`).toBe(false);
	});

	it('draws an undercut made by a claim of the chain onto the relation above the claim it answers', () => {
		const t = trailOf('u');
		expect(t.spine.map((i) => m.ids[i])).toEqual(['thesis', 'a', 'p', 'u']);
		const [a, p] = [box(t, 'a'), box(t, 'p')];
		const ring = t.marks!.find((x) => x.kind === 'undercut')!;
		expect(ring.id).toBe('undercut:p>supports>a');
		expect(ring.x).toBe(p.x);
		expect(ring.y - ring.h / 2).toBeGreaterThan(a.y + a.h / 2);
		expect(ring.y + ring.h / 2).toBeLessThan(p.y - p.h / 2);
		// u's line leaves the column and comes round p onto the mark; no plain line into p.
		const uEdge = t.edges.find((e) => e.from === 'u')!;
		expect(uEdge).toMatchObject({ to: ring.id, vertical: false });
		expect(t.edges.some((e) => e.from === 'u' && e.to === 'p')).toBe(false);
		// p's partner is not drawn above the selection: its card says so, one click from it.
		const note = t.handles.find((h) => h.id === 'with:p')!;
		expect(note).toMatchObject({ action: 'goto', target: at('q') });
		expect(note.label).toBe('+ only together with “The fare kept people off.”');
		// Inside p's card, at its foot.
		expect(note.y + note.h / 2).toBeCloseTo(p.y + p.h / 2, 6);
	});

	it('says in words an undercut by a reply of a relation the trail does not draw', () => {
		const t = trailOf('b');
		expect(t.replies.map((i) => m.ids[i])).toEqual(['w']);
		expect(t.marks ?? []).toEqual([]);
		const note = t.handles.find((h) => h.of === at('w') && h.action === 'goto')!;
		expect(note).toMatchObject({ target: at('z') });
		expect(note.label).toBe('↗ says this does not count against “Fares fund a fifth.”');
	});
});

describe('the trail in projector mode', () => {
	it('cuts no note under a reply either', () => {
		const debate = mapDebate();
		debate.claims.f2.text = Array.from({ length: 12 }, (_, k) => `word${k}`).join(' ');
		const long = mapModel(debate);
		const id = (s: string) => long.index.get(s)!;
		let expansion = expandTo(long, null, expandToDepth(1), 'a1a');
		const d0 = disclose({ model: long, passes: null, expansion });
		if (d0.hidden.has(id('a1a'))) expansion = setOpen(long, expansion, d0, null, id('a1a'), true);
		const d = disclose({ model: long, passes: null, expansion });
		const chain = traceOf(long, d, id('a1a')).chain;
		const note = (t: ReturnType<typeof layoutTrail>) => t.handles.find((h) => h.action === 'goto')!;
		const whole = layoutTrail(long, d, chain, { detail: 'compact', wholeText: true });
		expect(note(whole).label).toBe(`↗ ${long.titles[id('f2')]}`);
		const cut = layoutTrail(long, d, chain, { detail: 'compact' });
		expect(note(cut).label.endsWith('…')).toBe(true);
	});
});
