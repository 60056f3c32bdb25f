import { debates } from '$lib/server/debates';

export function load() {
	return {
		debates: [...debates().values()].map((d) => ({
			id: d.id,
			title: d.meta.title,
			resolution: d.meta.resolution,
			description: d.meta.description,
			claims: Object.keys(d.claims).length,
			sources: Object.keys(d.sources).length
		}))
	};
}
