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
