import { describe, expect, it } from 'vitest';
import { mapDebate, mapModel } from '$lib/testing/map-model';
import { disclose, expandToDepth } from './disclosure';
import { layoutTree } from './tree-layout';
import { traceOf } from './trace';

const model = mapModel(mapDebate());
const d = disclose({ model, passes: null, expansion: expandToDepth(3) });

describe('trace', () => {
	it('lights the chain up to the resolution, the replies beneath and other relations', () => {
		const t = traceOf(model, d, model.index.get('a1a')!);
		expect(t.chain.map((i) => model.ids[i])).toEqual(['a1a', 'a1', 'thesis']);
		expect([...t.claims].sort()).toEqual(['a1', 'a1a', 'a1a1', 'f2a', 'thesis']);
		expect([...t.edges].sort()).toEqual([
			'a1>attacks>thesis',
			'a1a1>attacks>a1a',
			'a1a>attacks>a1',
			'f2a>attacks>a1a'
		]);
	});
	it('names only edges the map draws', () => {
		const drawn = new Set(layoutTree(model, d).edges.map((e) => e.id));
		for (const id of ['f1b', 'a1a1', 'f2', 'thesis'])
			for (const e of traceOf(model, d, model.index.get(id)!).edges)
				expect(drawn.has(e), e).toBe(true);
	});
});
