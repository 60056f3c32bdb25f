/**
 * A reader's judgement applied to a graph: the graph "so changed" that the engine evaluates.
 *
 * - A rejected claim is out: every attack, weak attack, support and undercut it makes is
 *   removed (and every one made on it, which only ever bears on the rejected claim itself);
 *   a linked group it belongs to loses its relation, and so counts for nothing.
 * - A pair `[w, l]` removes `l`'s attack on `w` (counted and weak), and applies only where `w`
 *   and `l` are two claims that attack each other with counted attacks in the given graph.
 *   Both `[a, b]` and `[b, a]` remove both attacks.
 * - Ids that name no claim, and pairs that are not a mutual attack, are reported, never thrown.
 *
 * Pure and O(V + E): the ballot recomputes through here on every change.
 */
import type { ArgGraph, Judgement, JudgementReport } from './types';

type Pair = [string, string];

export interface Judged {
	/** The graph so changed: what the grounded labels, DF-QuAD and decisive sets are of. */
	graph: ArgGraph;
	report: JudgementReport;
	/** Applied rejections, as a set. */
	rejected: Set<string>;
	/** For each claim, the attackers whose attack on it the judgement removed. */
	judgedOver: Map<string, string[]>;
}

/** Pairs `[a, b]` with a → b and b → a among counted attacks, a ≠ b, each pair once, in graph order. */
export function mutualAttacks(g: Pick<ArgGraph, 'ids' | 'attacks'>): Pair[] {
	const edges = new Set<string>();
	for (const [f, t] of g.attacks) if (f !== t) edges.add(key(f, t));
	const order = new Map(g.ids.map((id, i) => [id, i]));
	const out: Pair[] = [];
	const seen = new Set<string>();
	for (const [f, t] of g.attacks) {
		if (f === t || !edges.has(key(t, f))) continue;
		const [a, b] = (order.get(f) ?? 0) <= (order.get(t) ?? 0) ? [f, t] : [t, f];
		const k = key(a, b);
		if (seen.has(k)) continue;
		seen.add(k);
		out.push([a, b]);
	}
	return out.sort(
		(x, y) => order.get(x[0])! - order.get(y[0])! || order.get(x[1])! - order.get(y[1])!
	);
}

export function applyJudgement(g: ArgGraph, j: Judgement = {}): Judged {
	const known = knownOf(g);
	const unknown: string[] = [];
	const noteUnknown = (id: string) => {
		if (!known.has(id) && !unknown.includes(id)) unknown.push(id);
	};
	const rejected = new Set<string>();
	for (const id of j.rejected ?? []) {
		if (typeof id !== 'string') continue;
		if (known.has(id)) rejected.add(id);
		else noteUnknown(id);
	}

	const counted = countedOf(g);
	const removed = new Set<string>(); // attack keys "loser→winner" taken away
	const prevails: Pair[] = [];
	const notMutual: Pair[] = [];
	const seenPair = new Set<string>();
	for (const pair of j.prevails ?? []) {
		if (!Array.isArray(pair) || pair.length !== 2) continue;
		const [w, l] = pair;
		if (typeof w !== 'string' || typeof l !== 'string') continue;
		if (!known.has(w) || !known.has(l)) {
			noteUnknown(w);
			noteUnknown(l);
			continue;
		}
		const k = key(w, l);
		if (seenPair.has(k)) continue;
		seenPair.add(k);
		if (w === l || !counted.has(key(w, l)) || !counted.has(key(l, w))) {
			notMutual.push([w, l]);
			continue;
		}
		prevails.push([w, l]);
		removed.add(key(l, w));
	}

	const judgedOver = new Map<string, string[]>();
	const over = (to: string, from: string) => {
		const list = judgedOver.get(to);
		if (!list) judgedOver.set(to, [from]);
		else if (!list.includes(from)) list.push(from);
	};
	const keepAttack = ([f, t]: Pair) => {
		if (rejected.has(t)) return false;
		if (rejected.has(f) || (removed.size > 0 && removed.has(key(f, t)))) {
			if (f !== t) over(t, f);
			return false;
		}
		return true;
	};
	const keepSupport = ([f, t]: Pair) => !rejected.has(f) && !rejected.has(t);
	// No judgement: the graph itself (the map's own verdicts cost nothing extra).
	if (!rejected.size && !removed.size)
		return {
			graph: g,
			report: { rejected: [], prevails: [], unknown, notMutual },
			rejected,
			judgedOver
		};
	const graph: ArgGraph = {
		...g,
		attacks: g.attacks.filter(keepAttack),
		supports: g.supports.filter(keepSupport),
		...(g.weakAttacks ? { weakAttacks: g.weakAttacks.filter(keepWeak) } : {}),
		// A rejected claim's undercuts count for nothing either; a linked group that lost a
		// member's relation counts for nothing (structure.ts), as it falls with any member.
		...(g.undercuts ? { undercuts: g.undercuts.filter(([by]) => !rejected.has(by)) } : {})
	};
	function keepWeak([f, t]: Pair) {
		return !rejected.has(f) && !rejected.has(t) && !(removed.size > 0 && removed.has(key(f, t)));
	}
	return {
		graph,
		report: { rejected: [...rejected], prevails, unknown, notMutual },
		rejected,
		judgedOver
	};
}

/** A graph's ids as a set, built once per ids array (a ballot recomputes on the same graph). */
const knownCache = new WeakMap<ArgGraph['ids'], Set<string>>();
function knownOf(g: ArgGraph): Set<string> {
	let s = knownCache.get(g.ids);
	if (!s) {
		s = new Set(g.ids);
		knownCache.set(g.ids, s);
	}
	return s;
}

/** The counted attacks of a graph as keys, built once per graph object (a ballot reuses its graph). */
const countedCache = new WeakMap<ArgGraph['attacks'], Set<string>>();
function countedOf(g: ArgGraph): Set<string> {
	let s = countedCache.get(g.attacks);
	if (!s) {
		s = new Set<string>();
		for (const [f, t] of g.attacks) s.add(key(f, t));
		countedCache.set(g.attacks, s);
	}
	return s;
}

function key(from: string, to: string): string {
	return `${from}\u0000${to}`;
}
