import { describe, expect, it } from 'vitest';
import { mapDebate, mapModel } from '$lib/testing/map-model';
import { disclose, expandToDepth } from './disclosure';
import {
	mapKey,
	mapKeysFromPage,
	PAN_STEP,
	pageKey,
	step,
	ZOOM_STEP,
	type Arrow,
	type PageKeyContext
} from './keys';
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

describe('the map keymap', () => {
	it('arrows step, and with Shift pan toward the arrow', () => {
		expect(mapKey('ArrowLeft', false, false)).toEqual({ do: 'step', arrow: 'ArrowLeft' });
		expect(mapKey('ArrowLeft', true, true)).toEqual({ do: 'pan', dx: PAN_STEP, dy: 0 });
		expect(mapKey('ArrowDown', true, false)).toEqual({ do: 'pan', dx: 0, dy: -PAN_STEP });
	});
	it('Enter, + and − open and fold the selection; with none, + and − zoom', () => {
		expect(mapKey('Enter', false, true)).toEqual({ do: 'toggle' });
		expect(mapKey('Enter', false, false)).toBeNull();
		expect(mapKey('+', false, true)).toEqual({ do: 'toggle', open: true });
		expect(mapKey('_', false, true)).toEqual({ do: 'toggle', open: false });
		expect(mapKey('=', false, false)).toEqual({ do: 'zoom', factor: ZOOM_STEP });
		expect(mapKey('-', false, false)).toEqual({ do: 'zoom', factor: 1 / ZOOM_STEP });
	});
	it('brackets always zoom; 0 goes home; Page Up and Down scroll; other keys are not the map’s', () => {
		expect(mapKey(']', false, true)).toEqual({ do: 'zoom', factor: ZOOM_STEP });
		expect(mapKey('[', false, true)).toEqual({ do: 'zoom', factor: 1 / ZOOM_STEP });
		expect(mapKey('0', false, true)).toEqual({ do: 'home' });
		expect(mapKey('PageDown', false, false)).toEqual({ do: 'page', dir: 1 });
		expect(mapKey('PageUp', false, false)).toEqual({ do: 'page', dir: -1 });
		expect(mapKey('a', false, true)).toBeNull();
		expect(mapKey('/', false, true)).toBeNull();
	});
});

describe('keys on the page around the map', () => {
	const page: PageKeyContext = {
		inField: false,
		onBody: false,
		mode: 'map',
		present: false,
		menuOpen: false,
		hasSelection: false,
		fullscreen: false
	};
	it('hand arrows to the map when nothing has focus, and every key in projector mode', () => {
		expect(mapKeysFromPage('ArrowUp', { ...page, onBody: true })).toBe(true);
		expect(mapKeysFromPage('Enter', { ...page, onBody: true })).toBe(false);
		expect(mapKeysFromPage('Enter', { ...page, onBody: true, present: true })).toBe(true);
		expect(mapKeysFromPage('ArrowUp', page)).toBe(false);
		expect(mapKeysFromPage('ArrowUp', { ...page, onBody: true, mode: 'columns' })).toBe(false);
	});
	it('"/" searches; Escape closes a menu, then leaves the projector, then clears the selection', () => {
		expect(pageKey('/', page)).toBe('search');
		expect(pageKey('/', { ...page, inField: true })).toBeNull();
		const all = { ...page, menuOpen: true, present: true, hasSelection: true };
		expect(pageKey('Escape', all)).toBe('close-menus');
		expect(pageKey('Escape', { ...all, menuOpen: false })).toBe('exit-projector');
		// In full screen the browser's own Escape leaves it.
		expect(pageKey('Escape', { ...all, menuOpen: false, fullscreen: true })).toBe(
			'clear-selection'
		);
		expect(pageKey('Escape', page)).toBeNull();
		expect(pageKey('x', all)).toBeNull();
	});
});
