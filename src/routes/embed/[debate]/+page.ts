import { browser } from '$app/environment';
import { loadCytoscape } from '$lib/views/map/load-cytoscape';

export function load({ data }) {
	// Fetch the renderer's chunk while the page hydrates, as the map page does.
	if (browser) void loadCytoscape();
	return data;
}
