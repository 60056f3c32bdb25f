import { has, own } from '$lib/shared/records';
import { error, redirect } from '@sveltejs/kit';
import { base } from '$app/paths';
import { debateGraph, debateStatusOf, debates, requireDebate } from '$lib/server/debates';
import { claimContext } from '$lib/model/graph';
import { debateExcerpt } from '$lib/model/excerpt';
import { claimSuggestions } from '$lib/model/suggest-claims';
import { claimIndex, claimTitle } from '$lib/model/labels';
import { debateBalance } from '$lib/views/ballot/data';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () =>
	[...debates().values()].flatMap((d) =>
		[...Object.keys(d.claims), ...Object.keys(d.moved)].map((id) => ({ debate: d.id, id }))
	);

export function load({ params }) {
	const debate = requireDebate(params.debate);
	const moved = own(debate.moved, params.id);
	if (moved) redirect(308, `${base}/${debate.id}/claims/${moved}`);
	if (!has(debate.claims, params.id)) {
		error(404, {
			message: `There is no claim “${params.id}” in “${debate.meta.title}”.`,
			suggestions: claimSuggestions(claimIndex(debate), params.id)
		});
	}
	const ctx = claimContext(debateGraph(debate), params.id);
	const status = debateStatusOf(debate)[params.id];
	// Titles of the claims the status names, which need not be neighbours of this one.
	const named = [
		...status.standingAttackers,
		...status.weakAttackers,
		...status.change.ids,
		...status.clash
	];
	const names = Object.fromEntries(named.map((id) => [id, claimTitle(debate.claims[id])]));
	// The resolution's status never shows alone: with it, the balance of both sides.
	const balance =
		params.id === debate.thesis
			? debateBalance(debate, debateGraph(debate), debateStatusOf(debate))
			: undefined;
	return { debate: debateExcerpt(debate, ctx), ctx, status, names, balance };
}
