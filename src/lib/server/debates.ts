/**
 * The debates the site is built from. Loaded through the validator, so the build
 * refuses invalid data with the same located messages a contributor sees from
 * `npm run validate`. CRUX_ARGUMENTS points the build at another folder (benchmarks).
 */
import { dev } from '$app/environment';
import { formatProblems } from '$lib/validate';
import { loadDebates } from '$lib/validate/node';
import { buildGraph } from '$lib/model/graph';
import { layoutDebate, type Layout } from '$lib/layout/hierarchy';
import type { Debate } from '$lib/model/types';

const root = process.env.CRUX_ARGUMENTS ?? 'arguments';

let cached: Map<string, Debate> | undefined;
const layouts = new Map<string, Layout>();

export function debates(): Map<string, Debate> {
	if (cached && !dev) return cached;
	const { debates: list, problems } = loadDebates(root);
	const errors = problems.filter((p) => p.severity === 'error');
	if (errors.length) {
		// Fail the build loudly, in the validator's own words.
		throw new Error(`The debates in ${root}/ have problems:\n${formatProblems(errors, 'text')}`);
	}
	cached = new Map(list.map((d) => [d.id, d]));
	layouts.clear();
	return cached;
}

export function debateById(id: string): Debate | undefined {
	return debates().get(id);
}

export function debateLayout(debate: Debate): Layout {
	let layout = layouts.get(debate.id);
	if (!layout) {
		layout = layoutDebate(buildGraph(debate), debate.thesis);
		layouts.set(debate.id, layout);
	}
	return layout;
}
