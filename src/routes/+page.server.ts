import { debates } from '$lib/server/debates';
import { formatById } from '$lib/formats';
import { DOWNLOADS } from '$lib/formats/downloads';
import type { Debate } from '$lib/model/types';

/** Bytes of each download, so the links can say how big the file is. */
const sizes = (d: Debate) =>
	Object.fromEntries(
		DOWNLOADS.map((x) => [
			x.format,
			new TextEncoder().encode(formatById(x.format)!.export!(d)).length
		])
	);

export function load() {
	return {
		debates: [...debates().values()].map((d) => ({
			id: d.id,
			title: d.meta.title,
			resolution: d.meta.resolution,
			description: d.meta.description,
			claims: Object.keys(d.claims).length,
			sources: Object.keys(d.sources).length,
			downloads: sizes(d)
		}))
	};
}
