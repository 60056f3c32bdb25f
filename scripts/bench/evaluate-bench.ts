/**
 * Timing for the evaluators on random graphs. Not a test (timings are too
 * noisy to assert on in CI); part of `npm run bench`.
 */
import { dfquad } from '../../src/lib/evaluate/dfquad';
import { evaluate } from '../../src/lib/evaluate/evaluate';
import { grounded } from '../../src/lib/evaluate/grounded';
import { mulberry32 } from '../../src/lib/shared/random';
import { randomGraph } from '../../src/lib/testing/random-graph';
import type { ArgGraph } from '../../src/lib/evaluate/types';

function median(fn: () => unknown, runs: number): number {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		fn();
		times.push(performance.now() - t0);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(runs / 2)];
}

const cases: Array<[label: string, g: ArgGraph]> = [];
for (const n of [1_000, 10_000]) {
	const rand = mulberry32(n);
	const edges = Math.round(n * 1.2);
	cases.push([
		`${n} nodes, ~${edges} edges, random (cyclic)`,
		randomGraph(rand, n, edges, { randomBase: true })
	]);
	cases.push([
		`${n} nodes, ~${edges} edges, random DAG`,
		randomGraph(rand, n, edges, { acyclic: true, randomBase: true })
	]);
}

for (const [label, g] of cases) {
	for (let i = 0; i < 5; i++) evaluate(g); // warm up the JIT
	const q = dfquad(g);
	const approx = Object.values(q.approximate).filter(Boolean).length;
	const runs = 21;
	console.log(
		`${label}: grounded ${median(() => grounded(g), runs).toFixed(2)} ms, ` +
			`dfquad ${median(() => dfquad(g), runs).toFixed(2)} ms, ` +
			`evaluate ${median(() => evaluate(g), runs).toFixed(2)} ms ` +
			`(${median(() => evaluate(g, {}, { decisive: false }), runs).toFixed(2)} ms without what-would-change-it) ` +
			`(median of ${runs}; ${approx} approximate, ${q.iterations} sweeps, converged: ${q.converged})`
	);
}
