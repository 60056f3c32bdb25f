/**
 * Layer 3: the whole map. One thesis; every claim leads to it; support never runs in a circle.
 * Attack cycles are legal (mutual rebuttal), so only `supports` edges count for cycles.
 * Linear passes only (one reverse BFS, one Tarjan), so 10,000 claims stay fast.
 */
import { RELATIONS, type Relation } from '$lib/schema';
import type { Claim } from '$lib/schema';
import type { YamlFile } from './yaml-source';
import { problem, START, type Problem } from './problem';
import { tarjan } from '$lib/shared/scc';

export interface GraphClaim {
	path: string;
	id: string;
	locate: YamlFile['locate'];
	data: Pick<Claim, 'kind' | 'supports' | 'attacks'>;
}

export interface GraphInput {
	/** Where to report a missing thesis. */
	debatePath: string;
	/** Claims that parsed (at least their relation fields). */
	claims: GraphClaim[];
	/** Claim ids whose files could not be read: assumed connected, so one broken file does not cascade. */
	unreadable?: string[];
	/** A referenced id → the live claim it means (following renames), or undefined. */
	resolve?: (id: string) => string | undefined;
}

interface Edge {
	to: number;
	rel: Relation;
	index: number;
}

function quoteList(ids: string[], max = 4): string {
	const q = ids.slice(0, max).map((i) => `"${i}"`);
	return ids.length > max
		? `${q.join(', ')} and ${ids.length - max} more`
		: q.join(ids.length === 2 ? ' and ' : ', ');
}

/**
 * Strongly connected components with more than one claim: the one Tarjan the evaluator
 * uses too (src/lib/shared/scc.ts), fed the support edges in compressed form.
 */
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

export function checkGraph(input: GraphInput): Problem[] {
	const out: Problem[] = [];
	const { claims } = input;
	const unreadable = input.unreadable ?? [];
	const idx = new Map(claims.map((c, i) => [c.id, i]));
	const resolve = input.resolve ?? ((id: string) => (idx.has(id) ? id : undefined));

	const theses = claims.filter((c) => c.data.kind === 'thesis');
	if (theses.length === 0 && unreadable.length === 0)
		out.push(
			problem(
				input.debatePath,
				START,
				'no-thesis',
				claims.length
					? 'This debate has no thesis: no claim has "kind: thesis".'
					: 'This debate has no claims, so it has no thesis.',
				'Add "kind: thesis" to the claim that states the resolution; every other claim leads to it.'
			)
		);
	if (theses.length > 1)
		for (const t of theses)
			out.push(
				problem(
					t.path,
					t.locate(['kind']),
					'two-theses',
					`This debate has ${theses.length} theses (${quoteList(theses.map((x) => x.id))}); it must have exactly one.`,
					'Keep "kind: thesis" on the claim that states the resolution; give the others another kind, such as contention.'
				)
			);

	const edges: Edge[][] = claims.map((c) => {
		const list: Edge[] = [];
		// A thesis with relations is reported on its own; following them would only echo it as cycles.
		if (c.data.kind === 'thesis') return list;
		for (const rel of RELATIONS)
			(c.data[rel] ?? []).forEach((target, index) => {
				const id = resolve(target);
				const to = id === undefined ? undefined : idx.get(id);
				if (to !== undefined && id !== c.id) list.push({ to, rel, index });
			});
		return list;
	});

	// Reachability: walk backwards from the thesis over every relation.
	if (theses.length) {
		const incoming: number[][] = claims.map(() => []);
		edges.forEach((list, from) => list.forEach((e) => incoming[e.to].push(from)));
		const reached = new Uint8Array(claims.length);
		const queue: number[] = [];
		for (const id of [...theses.map((t) => t.id), ...unreadable]) {
			const i = idx.get(id);
			if (i !== undefined && !reached[i]) {
				reached[i] = 1;
				queue.push(i);
			}
		}
		// Edges into unreadable files are unknown, so treat claims pointing at them as connected.
		const unreadableSet = new Set(unreadable);
		claims.forEach((c, i) => {
			if (reached[i]) return;
			const pointsAtUnreadable = RELATIONS.some((rel) =>
				(c.data[rel] ?? []).some((t) => unreadableSet.has(resolve(t) ?? t))
			);
			if (pointsAtUnreadable) {
				reached[i] = 1;
				queue.push(i);
			}
		});
		for (let q = 0; q < queue.length; q++)
			for (const from of incoming[queue[q]])
				if (!reached[from]) {
					reached[from] = 1;
					queue.push(from);
				}
		const thesisId = theses[0].id;
		claims.forEach((c, i) => {
			if (reached[i] || edges[i].length === 0) return;
			const rel = RELATIONS.find((r) => c.data[r]) ?? 'supports';
			const targets = [...new Set(edges[i].map((e) => claims[e.to].id))];
			out.push(
				problem(
					c.path,
					c.locate([rel], 'key'),
					'unreachable',
					`Claim "${c.id}" does not connect to the thesis "${thesisId}": it points to ${quoteList(targets)}, but ${targets.length === 1 ? 'that claim does' : 'none of those claims do'} not lead to the thesis either.`,
					`Every claim must lead to the thesis through "supports:"/"attacks:". Add the id of the claim this one answers (e.g. "${thesisId}") to its ${rel}, or connect the claims it points to.`
				)
			);
		});
	}

	// Support cycles.
	const supportNext: number[][] = edges.map((list) =>
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
					problem(
						c.path,
						c.locate(['supports', edge.index]),
						'support-cycle',
						`Support cycle: ${shown}. A claim cannot support itself, even through other claims.`,
						`Remove "${claims[to].id}" from the supports of "${c.id}", or from another link in the cycle, so support flows one way toward the thesis.`
					)
				);
			}
		}
	}
	return out;
}
