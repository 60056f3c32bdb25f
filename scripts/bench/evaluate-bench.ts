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
import { mutualAttacks } from '../../src/lib/evaluate/judgement';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDebates } from '../../src/lib/validate/node.server';
import { buildGraph } from '../../src/lib/model/graph';
import type { Debate } from '../../src/lib/model/types';
import { ballotData, resolutionLines, wordedIds } from '../../src/lib/views/ballot/data';
import { balance } from '../../src/lib/views/ballot/balance';
import { changedVerdicts } from '../../src/lib/views/ballot/verdicts';
import { writeSyntheticDebate } from '../lib/synthetic';

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

// ---- The ballot's recompute (issue 18): after each change, every status and strength, the
// "what would change it" of the claims on screen, the resolution's balance and the list of
// changed verdicts, as the browser does it (views/ballot). Budgets: median ≤ 16.7 ms on the
// bundled debate, p95 ≤ 50 ms at 2,000 claims, ≤ 200 ms at 10,000.

function percentiles(times: number[]): { median: number; p95: number } {
	const s = [...times].sort((a, b) => a - b);
	return {
		median: s[Math.floor(s.length / 2)],
		p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]
	};
}

function ballotCase(label: string, debate: Debate) {
	const graph = buildGraph(debate);
	const data = ballotData(debate, graph, resolutionLines(debate, graph));
	const words = {
		name: (id: string) => data.titles[id] ?? id,
		baseReason: (id: string) => data.baseReasons[data.baseReason[id]] || undefined
	};
	const byTarget = new Map<string, string[]>();
	for (const [f, t] of data.graph.attacks) byTarget.set(t, [...(byTarget.get(t) ?? []), f]);
	const attackers = (id: string) => byTarget.get(id) ?? [];
	// On screen: the resolution, its lines and their replies, as a map or column view shows.
	const visible = [data.thesis, ...data.lines.for, ...data.lines.against]
		.flatMap((id) => [id, ...attackers(id)])
		.slice(0, 40);
	// As the ballot does it (views/ballot/ballot.svelte.ts): every claim explained up to 1,000
	// claims, else the claims on screen and the resolution's lines.
	const worded = wordedIds(data, visible);
	const opts = { ...words, decisive: worded, lines: worded };
	const own = evaluate(data.graph, {}, opts);
	const clashes = mutualAttacks(data.graph);
	const rand = mulberry32(18);
	const times: number[] = [];
	let changed = 0;
	for (let run = 0; run < 41; run++) {
		const prevails = clashes
			.filter(() => rand() < 0.5)
			.map(([a, b]) => (rand() < 0.5 ? [a, b] : [b, a]) as [string, string]);
		const rejected = data.graph.ids.filter(() => rand() < 0.01).slice(0, 20);
		const t0 = performance.now();
		const r = evaluate(data.graph, { prevails, rejected }, opts);
		balance({ thesis: data.thesis, lines: data.lines, attackers, title: words.name }, r.status);
		changed = changedVerdicts(own, r, words.name, attackers, data.order).length;
		if (run > 0) times.push(performance.now() - t0); // the first run warms the JIT
	}
	const { median: m, p95 } = percentiles(times);
	console.log(
		`ballot recompute, ${label} (${data.graph.ids.length} claims, ${clashes.length} clashes, ${visible.length} on screen): median ${m.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (${times.length} runs; last run changed ${changed} verdicts)`
	);
}

/** The synthetic debates have no clash: draw a fifth of their attacks both ways. */
function withClashes(d: Debate): Debate {
	const rand = mulberry32(5);
	for (const c of Object.values(d.claims))
		for (const t of c.attacks ?? []) {
			const target = d.claims[t];
			if (!target || t === d.thesis || rand() >= 0.2) continue;
			if (target.supports?.includes(c.id) || target.attacks?.includes(c.id)) continue;
			target.attacks = [...(target.attacks ?? []), c.id];
		}
	return d;
}

{
	const { debates } = loadDebates(join(process.cwd(), 'arguments'));
	const bundled = debates.find((d) => d.id === 'japan-taiwan');
	if (bundled) ballotCase('the bundled debate', bundled);
	else
		console.log(
			'ballot recompute: SKIPPED the bundled debate (arguments/japan-taiwan did not load)'
		);
	const root = mkdtempSync(join(tmpdir(), 'crux-ballot-bench-'));
	try {
		for (const n of [2_000, 10_000]) {
			writeSyntheticDebate(root, { claims: n, seed: 7 });
			const d = loadDebates(root).debates.find((x) => x.id === `synthetic-${n}`);
			if (d) ballotCase(`synthetic, ${n} claims`, withClashes(d));
		}
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}
