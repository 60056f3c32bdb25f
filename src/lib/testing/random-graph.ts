/** Seeded random argument graphs for the evaluator's property tests and benchmark. */
import type { ArgGraph } from '$lib/evaluate/types';

/**
 * Random graph with `n` nodes and about `edges` edges, a `supportShare` of them
 * supports. With `acyclic`, every edge goes from a higher to a lower index, so
 * the graph is a DAG whatever the draw. Self-loops only when `selfLoops`.
 */
export function randomGraph(
	rand: () => number,
	n: number,
	edges: number,
	opts: { acyclic?: boolean; supportShare?: number; randomBase?: boolean; selfLoops?: boolean } = {}
): ArgGraph {
	const ids = Array.from({ length: n }, (_, i) => `c${i}`);
	const attacks: Array<[string, string]> = [];
	const supports: Array<[string, string]> = [];
	const share = opts.supportShare ?? 0.3;
	for (let k = 0; k < edges; k++) {
		let from = Math.floor(rand() * n);
		let to = Math.floor(rand() * n);
		if (from === to && !opts.selfLoops) continue;
		if (opts.acyclic) {
			if (from === to) continue;
			if (from < to) [from, to] = [to, from];
		}
		(rand() < share ? supports : attacks).push([ids[from], ids[to]]);
	}
	const g: ArgGraph = { ids, attacks, supports };
	if (opts.randomBase) {
		g.base = {};
		for (const id of ids) g.base[id] = rand();
	}
	return g;
}
