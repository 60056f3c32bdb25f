/**
 * Moving the selection from the keyboard: the arrow that points at a neighbour on screen
 * goes to it. In two columns the For side grows leftward and the Against side rightward,
 * so "toward the resolution" is Right on the For side and Left on the Against side;
 * Up and Down go to the previous and next reply of the same claim.
 */
import type { Disclosure } from './disclosure';
import type { MapModel } from './payload';
import type { TreeLayout } from './tree-layout';

export type Arrow = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export function isArrow(key: string): key is Arrow {
	return key === 'ArrowUp' || key === 'ArrowDown' || key === 'ArrowLeft' || key === 'ArrowRight';
}

/** The claim an arrow moves to from `i` (the resolution when nothing is selected). */
export function step(
	model: MapModel,
	d: Disclosure,
	layout: TreeLayout,
	i: number | undefined,
	arrow: Arrow
): number | undefined {
	const root = d.order[0];
	if (i === undefined || !d.visible[i]) return root;
	const kids = d.kids.get(i) ?? [];
	if (i === root) {
		const columnOf = (k: number) => layout.at.get(k)?.column ?? 1;
		if (arrow === 'ArrowLeft') return kids.find((k) => columnOf(k) === -1) ?? kids[0];
		if (arrow === 'ArrowRight') return kids.find((k) => columnOf(k) === 1) ?? kids[0];
		if (arrow === 'ArrowDown') return kids[0];
		return undefined;
	}
	const parent = d.up[i];
	const column = layout.at.get(i)?.column ?? 1;
	// Siblings on the same side of the map (the resolution's lines are split in two).
	const siblings = (d.kids.get(parent) ?? []).filter(
		(k) => (layout.at.get(k)?.column ?? 1) === column
	);
	const at = siblings.indexOf(i);
	if (arrow === 'ArrowUp') return at > 0 ? siblings[at - 1] : parent === root ? root : undefined;
	if (arrow === 'ArrowDown') return siblings[at + 1];
	const toward = column === -1 ? 'ArrowRight' : 'ArrowLeft';
	return arrow === toward ? parent : kids[0];
}

/** What a key pressed on the map does. */
export type MapAction =
	| { do: 'step'; arrow: Arrow }
	/** Slide the map by this many CSS pixels (Shift with an arrow). */
	| { do: 'pan'; dx: number; dy: number }
	/** A screenful up (-1) or down (1). */
	| { do: 'page'; dir: -1 | 1 }
	/** Open (true), fold (false) or flip (undefined) the selected claim's replies. */
	| { do: 'toggle'; open?: boolean }
	| { do: 'zoom'; factor: number }
	/** Back to the opening view. */
	| { do: 'home' };

/** How far Shift with an arrow slides the map. */
export const PAN_STEP = 80;
export const ZOOM_STEP = 1.25;

/**
 * The map's keymap: arrows step between claims (with Shift they pan), Enter flips the
 * selected claim's replies, + and − open and fold them (or zoom, with nothing selected),
 * the brackets zoom, 0 goes home, Page Up and Down scroll a screenful. Null: not a map key.
 */
export function mapKey(key: string, shift: boolean, hasSelection: boolean): MapAction | null {
	if (isArrow(key) && shift) {
		const d = PAN_STEP;
		const moves = { ArrowLeft: [d, 0], ArrowRight: [-d, 0], ArrowUp: [0, d], ArrowDown: [0, -d] };
		const [dx, dy] = moves[key];
		return { do: 'pan', dx, dy };
	}
	if (isArrow(key)) return { do: 'step', arrow: key };
	const plus = key === '+' || key === '=';
	const minus = key === '-' || key === '_';
	if (key === 'Enter') return hasSelection ? { do: 'toggle' } : null;
	if (plus && hasSelection) return { do: 'toggle', open: true };
	if (minus && hasSelection) return { do: 'toggle', open: false };
	if (plus || key === ']') return { do: 'zoom', factor: ZOOM_STEP };
	if (minus || key === '[') return { do: 'zoom', factor: 1 / ZOOM_STEP };
	if (key === '0') return { do: 'home' };
	if (key === 'PageDown') return { do: 'page', dir: 1 };
	if (key === 'PageUp') return { do: 'page', dir: -1 };
	return null;
}

/** What the page around the map is doing when a key is pressed anywhere on it. */
export interface PageKeyContext {
	/** The key went to a text field, a checkbox or a select: it is theirs. */
	inField: boolean;
	/** Nothing has the keyboard (after a click on empty page). */
	onBody: boolean;
	mode: 'map' | 'columns';
	present: boolean;
	menuOpen: boolean;
	/** The overview of the whole debate covers the canvas. */
	overviewOpen?: boolean;
	hasSelection: boolean;
	fullscreen: boolean;
}

export type PageAction =
	'search' | 'close-menus' | 'close-overview' | 'exit-projector' | 'clear-selection';

/**
 * Whether a key pressed with nothing focused on the map page (after a click on empty
 * page), or anywhere in projector mode, goes to the map's own keys first, as if the canvas
 * had the keyboard. What the map does not take falls through to `pageKey`.
 */
export function mapKeysFromPage(key: string, c: PageKeyContext): boolean {
	return !c.inField && c.mode === 'map' && c.onBody && (isArrow(key) || c.present);
}

/**
 * Keys anywhere on the page: "/" searches; Escape closes an open menu, else the overview,
 * else leaves the projector (outside full screen, where the browser's own Escape does it), else clears
 * the selection.
 */
export function pageKey(key: string, c: PageKeyContext): PageAction | null {
	if (c.inField) return null;
	if (key === '/') return 'search';
	if (key !== 'Escape') return null;
	if (c.menuOpen) return 'close-menus';
	if (c.overviewOpen) return 'close-overview';
	if (c.present && !c.fullscreen) return 'exit-projector';
	if (c.hasSelection) return 'clear-selection';
	return null;
}
