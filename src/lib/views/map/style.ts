/**
 * Cytoscape stylesheet. Support and attack differ by line style, arrowhead and label,
 * not colour alone, so the map survives colour blindness and black-and-white print;
 * sides differ by a word on every card and by border style.
 *
 * Every element sorts by z-index alone ("manual") so a single veil node can dim the whole
 * map beneath a highlighted chain without restyling every element.
 */
import type { StylesheetJson } from 'cytoscape';
import { STATUS_TONES } from '$lib/model/status';
import { FONT_FAMILY, METRICS } from './tree-layout';

export const COLOURS = {
	for: '#1d5fbf',
	against: '#b54708',
	mixed: '#5b5b66',
	thesis: '#111827',
	support: '#1d5fbf',
	attack: '#b42318',
	accent: '#7c3aed'
};

const M = METRICS;

export const mapStyle: StylesheetJson = [
	{
		selector: 'node',
		style: {
			shape: 'round-rectangle',
			width: 'data(w)' as unknown as number,
			height: 'data(h)' as unknown as number,
			'background-color': '#ffffff',
			'border-width': 2,
			'border-color': COLOURS.mixed,
			label: 'data(label)',
			'text-wrap': 'wrap',
			'text-max-width': `${M.cardWidth - 2 * M.padX}px`,
			'text-valign': 'center',
			'text-halign': 'center',
			// Data-mapped (data(lift)); the typings expect a number here.
			'text-margin-y': 'data(lift)' as unknown as number,
			'font-family': FONT_FAMILY,
			'font-size': M.font,
			'line-height': M.lineHeight,
			color: '#111827',
			'z-index-compare': 'manual',
			'z-index': 1
		}
	},
	{
		selector: 'node.side-for',
		style: { 'border-color': COLOURS.for, 'background-color': '#eef4fd' }
	},
	{
		selector: 'node.side-against',
		style: {
			'border-color': COLOURS.against,
			'background-color': '#fdf2ea',
			'border-style': 'double',
			'border-width': 5
		}
	},
	{ selector: 'node.side-mixed', style: { 'border-style': 'dotted', 'border-width': 3 } },
	{
		selector: 'node.side-thesis',
		style: {
			'background-color': COLOURS.thesis,
			'border-color': COLOURS.thesis,
			color: '#ffffff',
			'font-weight': 'bold',
			'text-max-width': `${M.thesisWidth - 2 * M.padX}px`
		}
	},
	{
		// The open/fold strip at a card's foot: a button, drawn over its card.
		selector: 'node.strip',
		style: {
			shape: 'round-rectangle',
			'background-color': '#e5e7eb',
			'border-width': 0,
			color: '#1f2937',
			'font-weight': 'bold',
			'text-max-width': `${M.cardWidth - 2 * M.padX}px`,
			'text-margin-y': 0,
			'z-index': 2
		}
	},
	{ selector: 'node.strip.open', style: { 'background-color': '#ddd6fe', color: '#3b0764' } },
	{
		// Under a reply in the trail: another claim it answers, which a click selects.
		selector: 'node.strip.goto',
		style: {
			'background-color': '#ffffff',
			'border-width': 1,
			'border-style': 'dashed',
			'border-color': '#6b7280',
			color: '#1f2937',
			'font-weight': 'normal'
		}
	},
	{
		// The band across a card's top: its side and who speaks, white on the side's colour.
		selector: 'node.band',
		style: {
			shape: 'round-rectangle',
			'border-width': 0,
			color: '#ffffff',
			'background-color': COLOURS.mixed,
			'text-max-width': `${M.cardWidth - 2 * M.padX}px`,
			'z-index': 2
		}
	},
	{ selector: 'node.band.side-for', style: { 'background-color': COLOURS.for } },
	{ selector: 'node.band.side-against', style: { 'background-color': COLOURS.against } },
	// The resolution's band is its card's own colour: no bar of its own (a selected card's
	// tint would otherwise leave it a dark strip), only the status word when that is shown.
	{
		selector: 'node.band.side-thesis',
		style: { 'background-color': COLOURS.thesis, 'background-opacity': 0 }
	},
	{
		// Cards as wide as the resolution (the trail's column) wrap as wide as it.
		selector: 'node.wide',
		style: { 'text-max-width': `${M.thesisWidth - 2 * M.padX}px` }
	},
	{ selector: 'node.band.compact', style: { label: '' } },
	{
		// Far out, a card shows a few words, large: never a box without readable text.
		selector: 'node.claim.compact, node.strip.compact',
		style: { 'font-size': M.compactFont, 'line-height': 1.1 }
	},
	{
		selector: 'edge',
		style: {
			width: 2,
			// Right-angled, like an org chart: out of the reply, along the gap, into the claim.
			'curve-style': 'taxi',
			'taxi-direction': 'horizontal',
			'taxi-turn': '50%',
			'target-arrow-shape': 'triangle',
			'arrow-scale': 1.2,
			label: '',
			'font-size': 14,
			'min-zoomed-font-size': M.legible,
			'text-background-color': '#ffffff',
			'text-background-opacity': 0.9,
			'text-background-padding': '2px',
			'z-index-compare': 'manual',
			'z-index': 0
		}
	},
	{
		// The trail's chain runs down one column: out of the top of a card, into the foot of
		// the one above.
		selector: 'edge.spine',
		style: { 'taxi-direction': 'vertical' }
	},
	{
		// Where each side's lines meet the resolution: a point, never drawn.
		selector: 'node.port',
		style: { opacity: 0, events: 'no', label: '', 'border-width': 0 }
	},
	{
		selector: 'edge.supports',
		style: {
			'line-color': COLOURS.support,
			'target-arrow-color': COLOURS.support,
			color: COLOURS.support
		}
	},
	{
		selector: 'edge.attacks',
		style: {
			'line-color': COLOURS.attack,
			'target-arrow-color': COLOURS.attack,
			color: COLOURS.attack,
			'line-style': 'dashed',
			'line-dash-pattern': [8, 4],
			'target-arrow-shape': 'tee'
		}
	},
	{
		// A claim shown under a farther ancestor (filters, focus): claims in between are hidden.
		selector: 'edge.via',
		style: {
			'line-color': '#9ca3af',
			'line-style': 'dotted',
			'target-arrow-shape': 'none',
			width: 2
		}
	},
	{
		// Relations beyond the outline tree: drawn light, straight, until a trace lights them.
		selector: 'edge.cross',
		style: {
			'curve-style': 'bezier',
			'source-endpoint': 'outside-to-node',
			'target-endpoint': 'outside-to-node',
			width: 1.5,
			opacity: 0.4,
			'arrow-scale': 0.9
		}
	},
	// Lit edges sit above the lit cards, so a relation word wider than the gap between
	// columns is drawn whole on its white ground rather than cut by a card's edge. Lit
	// cross-links stay below: they may pass over cards.
	// Undercuts and linked premises (structure-drawing.ts). A joint relation: strokes from its
	// members into a bar, one arrow from the bar. An undercut: a ring on the relation it
	// answers, and the undercutting claim's line arcing onto it, dotted, ending in a bar.
	{
		selector: 'node.mark',
		style: { label: '', events: 'no', 'border-width': 0, 'z-index': 3 }
	},
	{
		selector: 'node.joint-mark',
		style: { shape: 'rectangle', 'background-color': COLOURS.support }
	},
	{ selector: 'node.joint-mark.attacks', style: { 'background-color': COLOURS.attack } },
	{
		selector: 'node.undercut-mark',
		style: {
			shape: 'ellipse',
			'background-color': '#ffffff',
			'border-width': 3,
			'border-color': COLOURS.attack
		}
	},
	{ selector: 'node.joint-port-mark', style: { opacity: 0, width: 1, height: 1 } },
	{
		selector: 'edge.joint-in',
		style: { 'curve-style': 'straight', 'target-arrow-shape': 'none', 'line-style': 'solid' }
	},
	{
		selector: 'edge.undercut',
		style: {
			'curve-style': 'segments',
			'edge-distances': 'node-position',
			'segment-weights': 'data(segw)' as unknown as number,
			'segment-distances': 'data(segd)' as unknown as number,
			'line-style': 'dashed',
			'line-dash-pattern': [3, 3],
			'target-arrow-shape': 'tee',
			width: 3
		}
	},
	{ selector: 'edge.hl', style: { 'z-index': 13, width: 3, opacity: 1, label: 'data(label)' } },
	{ selector: 'edge.hl.cross', style: { 'z-index': 10 } },

	// Relation words on edges only where they are legible; the line style says it anyway.
	{ selector: 'edge.hl.compact', style: { label: '' } },
	{ selector: 'node.band.status-on', style: { label: 'data(statusLabel)' } },
	{ selector: 'node.band.status-on.compact', style: { label: '' } },
	{ selector: 'node.claim.status-on', style: { 'underlay-opacity': 0.4, 'underlay-padding': 6 } },
	...(Object.entries(STATUS_TONES).map(([kind, colour]) => ({
		selector: `node.claim.status-on[status = "${kind}"]`,
		style: { 'underlay-color': colour }
	})) as StylesheetJson),
	{
		selector: 'node.veil',
		style: {
			shape: 'rectangle',
			'background-color': '#ffffff',
			'background-opacity': 0.78,
			'border-width': 0,
			label: '',
			events: 'no',
			'z-index': 5,
			display: 'none'
		}
	},
	{ selector: 'node.veil.on', style: { display: 'element' } },
	{ selector: 'node.hl', style: { 'z-index': 11 } },
	// After node.hl (a later rule wins in Cytoscape, whatever its selector): a card's band
	// and strip stay above the card, else a card re-added after its band hid it.
	{ selector: 'node.band.hl, node.strip.hl', style: { 'z-index': 12 } },
	{
		selector: 'node.selected',
		style: {
			'overlay-color': COLOURS.accent,
			'overlay-opacity': 0.16,
			'overlay-padding': 8,
			'border-width': 4
		}
	},
	{ selector: 'node.side-against.selected', style: { 'border-width': 7 } },
	{ selector: 'node:active', style: { 'overlay-opacity': 0.1 } }
];
