/**
 * Cytoscape arrives as its own chunk, never in the first paint. The download starts as
 * soon as a map route's code loads (before hydration finishes) instead of waiting for
 * onMount, and every caller shares the one request. The SVG exporter is a plugin fetched
 * on the first SVG download and registered once (registering it twice logs a warning).
 */
const load = () => import('cytoscape');
let pending: ReturnType<typeof load> | undefined;
let withSvg: ReturnType<typeof load> | undefined;

export function loadCytoscape(): ReturnType<typeof load> {
	pending ??= load();
	return pending;
}

/** Cytoscape with the SVG exporter registered (`cy.svg()`). */
export function loadCytoscapeSvg(): ReturnType<typeof load> {
	withSvg ??= Promise.all([loadCytoscape(), import('cytoscape-svg')]).then(([cy, svg]) => {
		cy.default.use(svg.default);
		return cy;
	});
	return withSvg;
}
