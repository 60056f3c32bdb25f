/**
 * The one mapping from a laid-out map to Cytoscape element definitions. The model never
 * sees Cytoscape; only this module, style.ts and DebateMap.svelte know its shape.
 */
import type { ElementDefinition } from 'cytoscape';
import type { StatusKind } from '$lib/model/status';
import type { MapModel } from './payload';
import { METRICS, type TreeLayout } from './tree-layout';

/** The node that dims everything beneath the highlighted chain (see DebateMap). */
export const VEIL_ID = '__veil__';
/** Ids of the two points under the resolution where each side's lines meet it. */
export const PORT = 'port:';
/** How far either side's trunk runs from the resolution's middle. */
const SPINE = 14;

export function toElements(
	model: MapModel,
	layout: TreeLayout,
	status: (i: number) => StatusKind | undefined,
	detail: 'full' | 'compact' = 'full'
): ElementDefinition[] {
	const out: ElementDefinition[] = [];
	// Compact cards use the large font; the class carries it (see style.ts).
	const lod = detail === 'compact' ? ' compact' : '';
	// Cards as wide as the resolution (the trail's column) wrap their text wider.
	const wide = (w: number) => (w > METRICS.cardWidth ? ' wide' : '');
	for (const n of layout.nodes) {
		const side = model.sides[n.i];
		out.push({
			group: 'nodes',
			data: {
				id: n.id,
				label: n.label,
				w: n.w,
				h: n.h,
				// The title sits between the band at the top and the strip at the foot.
				lift: (n.bandHeight - n.strip) / 2,
				side,
				status: status(n.i)
			},
			position: { x: n.x, y: n.y },
			classes: `claim side-${side}${lod}${wide(n.w)}`
		});
		if (n.bandHeight)
			out.push({
				group: 'nodes',
				data: {
					id: `band:${n.id}`,
					of: n.id,
					label: n.band,
					statusLabel: n.statusBand,
					w: n.w - 6,
					h: n.bandHeight - 3,
					lift: 0,
					status: status(n.i)
				},
				position: { x: n.x, y: n.y - n.h / 2 + n.bandHeight / 2 + 1.5 },
				classes: `band side-${side}${lod}${wide(n.w)}`
			});
	}
	for (const h of layout.handles) {
		out.push({
			group: 'nodes',
			data: {
				id: h.id,
				of: model.ids[h.of],
				label: h.label,
				w: h.w - 4,
				h: h.h - 3,
				lift: 0,
				action: h.action,
				goto: h.target === undefined ? undefined : model.ids[h.target]
			},
			position: { x: h.x, y: h.y - 1 },
			classes: `strip ${h.action}${lod}${wide(h.w)}`
		});
	}
	// Lines meet the resolution through a spine on each side just beside its middle: each
	// line's edge ends at that side's port, an invisible point under the resolution, so
	// the edges of one side run together into one trunk.
	const thesis = layout.nodes[0];
	const ports = new Set<string>();
	for (const m of layout.marks ?? [])
		out.push({
			group: 'nodes',
			data: { id: m.id, of: m.of, w: m.w, h: m.h, lift: 0 },
			position: { x: m.x, y: m.y },
			classes: `mark ${m.kind}-mark ${m.relation}${lod}`
		});
	for (const e of layout.edges) {
		const classes = [e.kind, e.relation ?? 'via', ...(e.extra ?? [])];
		if (e.vertical) classes.push('spine');
		if (lod) classes.push('compact');
		let target = e.to;
		if (e.toThesis && e.kind !== 'cross' && thesis) {
			target = `${PORT}${e.column < 0 ? 'left' : 'right'}`;
			ports.add(target);
			classes.push('to-thesis');
		}
		out.push({
			group: 'edges',
			data: {
				id: e.id,
				source: e.from,
				target,
				label: e.label ?? e.relation ?? '',
				...(e.route ? { segw: e.route.weights, segd: e.route.distances } : {})
			},
			classes: classes.join(' ')
		});
	}
	for (const port of ports)
		out.push({
			group: 'nodes',
			data: { id: port, of: thesis.id, w: 1, h: 1, lift: 0 },
			position: {
				x: thesis.x + (port.endsWith('left') ? -SPINE : SPINE),
				y: thesis.y + thesis.h / 2 + 2
			},
			classes: 'port'
		});
	return out;
}
