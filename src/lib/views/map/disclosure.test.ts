import { describe, expect, it } from 'vitest';
import { mapDebate, mapModel } from '$lib/testing/map-model';
import {
	DEFAULT_EXPANSION,
	depthIn,
	disclose,
	expandTo,
	expandToDepth,
	repliesShown,
	setOpen,
	toggleExpansion,
	type Expansion
} from './disclosure';
import { EMPTY_FILTERS, filterPasses } from './filters';

const model = mapModel(mapDebate());
const id = (i: number) => model.ids[i];
const ix = (s: string) => model.index.get(s)!;
const shown = (e: Expansion, extra: Partial<Parameters<typeof disclose>[0]> = {}) =>
	disclose({ model, passes: null, expansion: e, ...extra }).order.map(id);

describe('disclosure', () => {
	it('opens on the resolution and its direct lines, For before Against, in reading order', () => {
		expect(shown(DEFAULT_EXPANSION)).toEqual(['thesis', 'f1', 'f2', 'f3', 'a1', 'a2']);
	});

	it('counts what each collapsed line hides, by what the replies do to it', () => {
		const d = disclose({ model, passes: null, expansion: DEFAULT_EXPANSION });
		expect(d.hidden.get(ix('f1'))).toEqual({
			total: 3,
			supports: 1,
			attacks: 2,
			other: 0,
			elsewhere: 0,
			elsewhereAttacks: 0
		});
		expect(d.hidden.get(ix('a1'))).toEqual({
			total: 1,
			supports: 0,
			attacks: 1,
			other: 0,
			elsewhere: 0,
			elsewhereAttacks: 0
		});
		// A reply drawn under another claim it answers is counted as elsewhere: f2a attacks a1a
		// but hangs under f2.
		const open = disclose({ model, passes: null, expansion: expandToDepth(3) });
		expect(open.replies.get(ix('a1a'))).toMatchObject({
			total: 1,
			attacks: 1,
			elsewhere: 1,
			elsewhereAttacks: 1
		});
		expect(d.hidden.has(ix('f3'))).toBe(false);
		expect(d.hidden.has(ix('thesis'))).toBe(false);
	});

	it('opens and folds one claim at a time, and to a depth for all', () => {
		const open = toggleExpansion(DEFAULT_EXPANSION, 'f1', false, false);
		expect(shown(open)).toEqual(['thesis', 'f1', 'f1a', 'f1b', 'f1c', 'f2', 'f3', 'a1', 'a2']);
		const depth2 = expandToDepth(2);
		expect(shown(depth2)).toContain('a1a');
		expect(shown(depth2)).not.toContain('a1a1');
		const folded = toggleExpansion(depth2, 'f1', true, true);
		expect(folded.closed.has('f1')).toBe(true);
		expect(shown(folded)).not.toContain('f1a');
		expect(shown(toggleExpansion(folded, 'f1', false, true))).toContain('f1a');
	});

	it('opens whatever a selection needs, and always shows the selection with its chain', () => {
		const e = expandTo(model, null, DEFAULT_EXPANSION, 'a1a1');
		expect([...e.open].sort()).toEqual(['a1', 'a1a']);
		expect(shown(e)).toContain('a1a1');
		const pinned = shown(DEFAULT_EXPANSION, { pinned: ix('a1a1') });
		expect(pinned).toEqual(expect.arrayContaining(['a1', 'a1a', 'a1a1']));
		// The line stays marked as hiding replies it does not show yet.
		expect(
			disclose({ model, passes: null, expansion: DEFAULT_EXPANSION, pinned: ix('f1b') }).hidden.get(
				ix('f1')
			)?.total
		).toBe(2);
	});

	it('hangs a match under its nearest matching ancestor, and a filter opens its whole answer', () => {
		const passes = filterPasses(model, { ...EMPTY_FILTERS, tags: ['cost'] });
		const d = disclose({ model, passes, expansion: DEFAULT_EXPANSION });
		expect(d.order.map(id)).toEqual(['thesis', 'a1', 'a1a1']);
		expect(id(d.up[ix('a1a1')])).toBe('a1');
		expect(d.indirect[ix('a1a1')]).toBe(1);
	});

	it('focus shows the neighbourhood without passing through the resolution', () => {
		const d = disclose({
			model,
			passes: null,
			expansion: DEFAULT_EXPANSION,
			focus: { center: ix('f1'), steps: 2 }
		});
		const ids = d.order.map(id);
		expect(ids).toEqual(expect.arrayContaining(['thesis', 'f1', 'f1a', 'f1b', 'f1c']));
		expect(ids).not.toContain('a1');
		expect(ids).not.toContain('f2');
	});

	it('never shows more than the cap, keeping the upper levels whole', () => {
		const d = disclose({ model, passes: null, expansion: expandToDepth(9), cap: 8 });
		expect(d.order.length).toBeLessThanOrEqual(8);
		expect(d.capped).toBe(true);
		for (const line of ['f1', 'f2', 'f3', 'a1', 'a2']) expect(d.order.map(id)).toContain(line);
	});
});

describe('opening and folding one claim', () => {
	it('records only where the reader differs from what the depth would do', () => {
		const d1 = disclose({ model, passes: null, expansion: DEFAULT_EXPANSION });
		expect(depthIn(d1, ix('f1'))).toBe(1);
		expect(repliesShown(d1, ix('f1'))).toBe(false);
		const opened = setOpen(model, DEFAULT_EXPANSION, d1, null, ix('f1'), true);
		expect([...opened.open]).toEqual(['f1']);
		const d2 = disclose({ model, passes: null, expansion: opened });
		expect(repliesShown(d2, ix('f1'))).toBe(true);
		// Folding it again leaves no trace.
		const folded = setOpen(model, opened, d2, null, ix('f1'), false);
		expect([...folded.open, ...folded.closed]).toEqual([]);
		// Folding a claim the depth opens records it as closed.
		const deep = expandToDepth(2);
		const d3 = disclose({ model, passes: null, expansion: deep });
		expect(repliesShown(d3, ix('f1'))).toBe(true);
		const closed = setOpen(model, deep, d3, null, ix('f1'), false);
		expect([...closed.closed]).toEqual(['f1']);
		expect(repliesShown(disclose({ model, passes: null, expansion: closed }), ix('f1'))).toBe(
			false
		);
	});
	it('while filtering, folds what the filter opened', () => {
		const passes = filterPasses(model, { ...EMPTY_FILTERS, speakers: ['bob'] });
		const d = disclose({ model, passes, expansion: DEFAULT_EXPANSION });
		const closed = setOpen(model, DEFAULT_EXPANSION, d, passes, 0, false);
		expect([...closed.closed]).toEqual(['thesis']);
	});
});
