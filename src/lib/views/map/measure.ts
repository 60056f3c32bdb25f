/**
 * Text widths as the canvas will draw them (Cytoscape measures the same way, in the same
 * typeface), cached per text and size. Undefined where there is no canvas to measure
 * with (the server, tests): the layout then estimates.
 */
import { FONT_FAMILY, type Measure } from './tree-layout';

export function canvasMeasure(): Measure | undefined {
	if (typeof document === 'undefined') return undefined;
	const ctx = document.createElement('canvas').getContext('2d');
	if (!ctx) return undefined;
	const cache = new Map<string, number>();
	return (text, font, bold) => {
		const key = `${bold ? 'b' : ''}${font}|${text}`;
		let w = cache.get(key);
		if (w === undefined) {
			ctx.font = `${bold ? 'bold ' : ''}${font}px ${FONT_FAMILY}`;
			cache.set(key, (w = ctx.measureText(text).width));
		}
		return w;
	};
}
