/**
 * The debate in other tools' formats, prerendered as static files:
 * /<debate>/download/<debate>.argdown, .aif.json and .json (see formats/downloads.ts).
 */
import { error } from '@sveltejs/kit';
import { debateEntries, requireDebate } from '$lib/server/debates';
import { DOWNLOADS, downloadFile, downloadFor } from '$lib/formats/downloads';
import { formatById } from '$lib/formats';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	debateEntries().flatMap(({ debate }) =>
		DOWNLOADS.map((d) => ({ debate, file: downloadFile(debate, d) }))
	);

export const GET: RequestHandler = ({ params }) => {
	const debate = requireDebate(params.debate);
	const d = downloadFor(debate.id, params.file);
	const format = d && formatById(d.format);
	if (!d || !format?.export)
		error(404, { message: `There is no download called “${params.file}”.` });
	return new Response(format.export(debate), {
		headers: { 'content-type': format.mediaType ?? 'text/plain; charset=utf-8' }
	});
};
