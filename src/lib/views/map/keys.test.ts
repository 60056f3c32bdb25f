import { describe, expect, it } from 'vitest';
import { mapDebate, mapModel } from '$lib/testing/map-model';
import { disclose, expandToDepth } from './disclosure';
import { step, type Arrow } from './keys';
import { layoutTree } from './tree-layout';

const model = mapModel(mapDebate());
const d = disclose({ model, passes: null, expansion: expandToDepth(3) });
const two = layoutTree(model, d, { columns: 2 });
const one = layoutTree(model, d, { columns: 1 });
const go = (from: string | undefined, arrow: Arrow, layout = two) => {
	const r = step(model, d, layout, from === undefined ? undefined : model.index.get(from), arrow);
	return r === undefined ? undefined : model.ids[r];
};

describe('arrow keys', () => {
	it('start at the resolution and split to the side the arrow points at', () => {
		expect(go(undefined, 'ArrowDown')).toBe('thesis');
		expect(go('thesis', 'ArrowLeft')).toBe('f1');
		expect(go('thesis', 'ArrowRight')).toBe('a1');
	});
	it('move toward the resolution by the arrow that points at it on each side', () => {
		expect(go('f1', 'ArrowRight')).toBe('thesis');
		expect(go('f1', 'ArrowLeft')).toBe('f1a');
		expect(go('a1', 'ArrowLeft')).toBe('thesis');
		expect(go('a1', 'ArrowRight')).toBe('a1a');
		expect(go('f1a', 'ArrowLeft', one)).toBe('f1');
		expect(go('f1', 'ArrowRight', one)).toBe('f1a');
		expect(go('a1a', 'ArrowLeft', one)).toBe('a1');
	});
	it('go up and down among the replies of one claim, on one side', () => {
		expect(go('f1', 'ArrowDown')).toBe('f2');
		expect(go('f3', 'ArrowDown')).toBeUndefined();
		expect(go('a1', 'ArrowUp')).toBe('thesis');
		expect(go('f1b', 'ArrowUp')).toBe('f1a');
	});
});
