/**
 * Argdown's text rules, apart from its parser: what the export, and the subtree export the
 * map panel loads in the browser, escape in statement text. Imports nothing.
 */

/** Every character Argdown may read as syntax inside statement text. */
export const ARGDOWN_SPECIAL = /[\\[\]{}<>#*_/@+\-=:()|`~!]/g;

export function escapeArgdown(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(ARGDOWN_SPECIAL, (c) => `\\${c}`);
}
