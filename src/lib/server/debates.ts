/**
 * The debates the site is built from, loaded once per build. Loaded through the
 * validator, so the build refuses invalid data with the same located messages a
 * contributor sees from `npm run validate`; then each debate's graph and evaluated
 * status are derived once and shared by every page that needs them.
 *
 * CRUX_ARGUMENTS names the folder (or several, separated by the platform's path
 * delimiter, ":" on Linux and macOS) to build from instead of `arguments/`.
 */
import { delimiter } from 'node:path';
import { error } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { formatProblems } from '$lib/validate';
import { loadDebates } from '$lib/validate/node.server';
import { buildGraph, type DebateGraph } from '$lib/model/graph';
import type { Debate } from '$lib/model/types';
import { debateStatus, type ClaimStatus } from '$lib/evaluate/debate-status';
import { encodeMapPayload, type MapPayload } from '$lib/views/map/payload';

export const roots = (process.env.CRUX_ARGUMENTS ?? 'arguments').split(delimiter).filter(Boolean);

let cached: Map<string, Debate> | undefined;
const graphs = new Map<string, DebateGraph>();
const statuses = new Map<string, Record<string, ClaimStatus>>();

export function debates(): Map<string, Debate> {
	if (cached && !dev) return cached;
	const all = new Map<string, Debate>();
	for (const root of roots) {
		const { debates: list, problems } = loadDebates(root);
		const errors = problems.filter((p) => p.severity === 'error');
		if (errors.length) {
			// Fail the build loudly, in the validator's own words.
			throw new Error(`The debates in ${root}/ have problems:\n${formatProblems(errors, 'text')}`);
		}
		for (const d of list) {
			if (all.has(d.id))
				throw new Error(`Two folders hold a debate called "${d.id}" (${roots.join(', ')}).`);
			all.set(d.id, d);
		}
	}
	cached = all;
	graphs.clear();
	statuses.clear();
	payloads.clear();
	return cached;
}

/** Every debate as route entries, for prerendering. */
export function debateEntries(): Array<{ debate: string }> {
	return [...debates().keys()].map((debate) => ({ debate }));
}

/** The debate a route names, or the site's 404 page saying so. */
export function requireDebate(id: string): Debate {
	const debate = debates().get(id);
	if (!debate) error(404, { message: `There is no debate called “${id}”.` });
	return debate;
}

export function debateGraph(debate: Debate): DebateGraph {
	let graph = graphs.get(debate.id);
	if (!graph) graphs.set(debate.id, (graph = buildGraph(debate)));
	return graph;
}

export function debateStatusOf(debate: Debate): Record<string, ClaimStatus> {
	let status = statuses.get(debate.id);
	if (!status) statuses.set(debate.id, (status = debateStatus(debate, debateGraph(debate))));
	return status;
}

const payloads = new Map<string, MapPayload>();
/** What the map page ships for a debate (see views/map/payload.ts). */
export function mapPayloadOf(debate: Debate): MapPayload {
	let payload = payloads.get(debate.id);
	if (!payload)
		payloads.set(
			debate.id,
			(payload = encodeMapPayload(debate, debateGraph(debate), debateStatusOf(debate)))
		);
	return payload;
}
