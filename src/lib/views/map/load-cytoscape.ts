/**
 * Cytoscape arrives as its own chunk, never in the first paint. The download starts as
 * soon as a map route's code loads (before hydration finishes) instead of waiting for
 * onMount, and every caller shares the one request.
 */
const load = () => import('cytoscape');
let pending: ReturnType<typeof load> | undefined;

export function loadCytoscape(): ReturnType<typeof load> {
	pending ??= load();
	return pending;
}
