/**
 * Cytoscape stylesheet. Support and attack differ by line style, arrowhead and label,
 * not colour alone, so the map survives colour blindness and black-and-white print.
 * Every element sorts by z-index alone ("manual") so a single veil node can dim the
 * whole map beneath a highlighted chain without restyling every element.
 */
import type { StylesheetJson } from 'cytoscape';
import { NODE_HEIGHT, NODE_WIDTH, THESIS_HEIGHT, THESIS_WIDTH } from '$lib/views/map/layout';

export const COLOURS = {
	for: '#1d5fbf',
	against: '#b54708',
	mixed: '#5b5b66',
	thesis: '#111827',
	support: '#1d5fbf',
	attack: '#b42318',
	accent: '#7c3aed'
};

export const mapStyle: StylesheetJson = [
	{
		selector: 'node',
		style: {
			shape: 'round-rectangle',
			width: NODE_WIDTH,
			height: NODE_HEIGHT,
			'background-color': '#ffffff',
			'border-width': 2,
			'border-color': COLOURS.mixed,
			// Labels are switched on per node as they come into view at a readable zoom
			// (class "labelled", see DebateMap): measuring every wrapped label up front
			// costs more than the rest of the first frame on a large map.
			label: '',
			'text-wrap': 'wrap',
			'text-max-width': `${NODE_WIDTH - 20}px`,
			'text-valign': 'center',
			'text-halign': 'center',
			'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
			'font-size': 14,
			color: '#111827',
			'line-height': 1.25,
			'min-zoomed-font-size': 8,
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
	{ selector: 'node.side-mixed', style: { 'border-style': 'dotted' } },
	{
		selector: 'node.side-thesis',
		style: {
			width: THESIS_WIDTH,
			height: THESIS_HEIGHT,
			'background-color': COLOURS.thesis,
			'border-color': COLOURS.thesis,
			color: '#ffffff',
			'font-size': 16,
			'font-weight': 'bold',
			'text-max-width': `${THESIS_WIDTH - 24}px`,
			label: 'data(label)'
		}
	},
	{
		selector: 'edge',
		style: {
			width: 2,
			'curve-style': 'straight',
			'target-arrow-shape': 'triangle',
			'arrow-scale': 1.3,
			'font-size': 11,
			label: '',
			'text-rotation': 'autorotate',
			'text-background-color': '#ffffff',
			'text-background-opacity': 0.9,
			'text-background-padding': '2px',
			'min-zoomed-font-size': 9,
			'z-index-compare': 'manual',
			'z-index': 0
		}
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
		// A stacked reply's edge runs from its left side up the stack's margin to the
		// bottom-left corner of the claim it answers, never across its siblings.
		selector: 'edge.stacked',
		style: {
			'source-endpoint': '-50% 0%',
			'target-endpoint': '-42% 50%',
			label: '',
			'arrow-scale': 0.9
		}
	},
	{ selector: 'node.labelled', style: { label: 'data(label)' } },
	{ selector: 'edge.labelled', style: { label: 'data(label)' } },
	{ selector: 'edge.stacked.labelled', style: { label: '' } },
	{ selector: 'node.labelled.status-on', style: { label: 'data(statusLabel)' } },
	{ selector: 'node.status-on', style: { 'underlay-opacity': 0.35, 'underlay-padding': 7 } },
	{ selector: 'node.status-on[status = "standing"]', style: { 'underlay-color': '#16a34a' } },
	{ selector: 'node.status-on[status = "refuted"]', style: { 'underlay-color': '#dc2626' } },
	{ selector: 'node.status-on[status = "contested"]', style: { 'underlay-color': '#d97706' } },
	{ selector: '.filtered', style: { display: 'none' } },
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
	{ selector: 'edge.hl', style: { 'z-index': 10, width: 3 } },
	{
		selector: 'node.selected',
		style: {
			'overlay-color': COLOURS.accent,
			'overlay-opacity': 0.18,
			'overlay-padding': 8,
			'border-width': 4
		}
	},
	{ selector: 'node.side-against.selected', style: { 'border-width': 7 } },
	{ selector: 'node:active', style: { 'overlay-opacity': 0.1 } }
];
