/**
 * Support never runs in a circle. Attack cycles are legal (mutual rebuttal), so only
 * `supports` edges count. The one Tarjan the evaluator uses too (src/lib/shared/scc.ts).
 */
import { tarjan } from '$lib/shared/scc';
import type { Problem } from '../../problem';
import { rule, type Rule } from '../rule';
import type { GraphIndex } from './context';

/** Strongly connected components with more than one claim, fed the support edges in compressed form. */
export function supportCycles(n: number, next: (v: number) => number[]): number[][] {
	const start = new Int32Array(n + 1);
	for (let v = 0; v < n; v++) start[v + 1] = start[v] + next(v).length;
	const adj = new Int32Array(start[n]);
	for (let v = 0; v < n; v++) adj.set(next(v), start[v]);
	const { count, order, compStart } = tarjan(n, start, adj);
	const out: number[][] = [];
	for (let c = 0; c < count; c++) {
		// Tarjan pops a component last-found first; report it in the order it was reached.
		if (compStart[c + 1] - compStart[c] > 1)
			out.push([...order.subarray(compStart[c], compStart[c + 1])].reverse());
	}
	return out;
}

/** A shortest cycle through `start` inside one component: [start, …, start]. */
function cycleThrough(
	start: number,
	inComp: (v: number) => boolean,
	next: (v: number) => number[]
): number[] {
	const prev = new Map<number, number>();
	const queue = [start];
	for (let q = 0; q < queue.length; q++) {
		const v = queue[q];
		for (const w of next(v)) {
			if (!inComp(w)) continue;
			if (w === start) {
				const chain: number[] = [];
				for (let u = v; u !== start; u = prev.get(u)!) chain.push(u);
				return [start, ...chain.reverse(), start];
			}
			if (!prev.has(w)) {
				prev.set(w, v);
				queue.push(w);
			}
		}
	}
	return [start, start];
}

const r: Rule<GraphIndex> = rule<GraphIndex>({
	code: 'support-cycle',
	severity: 'error',
	layer: 'graph',
	description:
		'Claims support each other in a circle (attack cycles are allowed); reported on each link of the cycle.',
	check(g) {
		const { claims, edges } = g;
		const out: Problem[] = [];
		const supportNext = edges.map((list) =>
			list.filter((e) => e.rel === 'supports').map((e) => e.to)
		);
		const next = (v: number) => supportNext[v];
		for (const comp of supportCycles(claims.length, next)) {
			const members = new Set(comp);
			const reported = new Set<string>();
			const covered = new Set<number>();
			for (const start of comp) {
				if (covered.has(start)) continue;
				const cycle = cycleThrough(start, (v) => members.has(v), next);
				cycle.forEach((v) => covered.add(v));
				const shown = cycle.map((v) => claims[v].id).join(' → ');
				for (let k = 0; k + 1 < cycle.length; k++) {
					const from = cycle[k];
					const to = cycle[k + 1];
					const key = `${from}>${to}`;
					if (reported.has(key)) continue;
					reported.add(key);
					const edge = edges[from].find((e) => e.rel === 'supports' && e.to === to)!;
					const c = claims[from];
					out.push(
						r.at(
							c.path,
							c.locate(['supports', edge.index]),
							`Support cycle: ${shown}. A claim cannot support itself, even through other claims.`,
							`Remove "${claims[to].id}" from the supports of "${c.id}", or from another link in the cycle, so support flows one way toward the thesis.`
						)
					);
				}
			}
		}
		return out;
	}
});
export default r;
