/**
 * Cytoscape arrives as its own chunk, never in the first paint. The download starts as
 * soon as a map route's code loads (before hydration finishes) instead of waiting for
 * onMount, and every caller shares the one request.
 */
let pending: Promise<typeof import('cytoscape')> | undefined;

export function loadCytoscape(): Promise<typeof import('cytoscape')> {
	pending ??= import('cytoscape');
	return pending;
}
