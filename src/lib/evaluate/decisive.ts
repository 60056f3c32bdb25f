/**
 * What would change a verdict: for each claim, a smallest set of existing claims whose
 * answering would flip whether it stands. An answer is a new claim that attacks a claim and
 * is itself unattacked, so in the grounded labelling answering X simply forces X out.
 *
 * - A claim that does not stand (out or undec): the fewest claims to answer so that it
 *   stands ("answer this one and it stands").
 * - A claim that stands: the fewest claims to answer so that it no longer stands (the
 *   answers it rests on; for its own side, the claims to protect).
 *
 * Only attack-ancestors matter (claims with a chain of counted attacks to the claim), and
 * the sub-framework they span is closed under attackers, so the grounded labelling is
 * recomputed on that alone. The search is iterative deepening over subsets in a fixed
 * order (direct attackers first, standing ones before undecided before answered, then by
 * distance), so the set found is the first smallest one in that order. Grounded labelling
 * is not monotone under answering (answering a claim can reinstate another attack), so
 * sets are checked, never assumed. A known working set bounds the search: answering every
 * direct attacker makes a claim stand (unless it attacks itself, when nothing can); and a
 * standing claim falls once every other attacker of one of its attackers is answered. When
 * the search would exceed its budget that bound is returned, marked not exhaustive.
 */
import type { IndexedGraph } from './graph';
import { IN, OUT, UNDEC } from './grounded';
import type { Decisive } from './types';

/** Largest attack-ancestry searched for a smaller set than the known bound. */
export const MAX_SEARCH_CLAIMS = 60;
/** Largest number of candidate sets checked per claim. */
export const MAX_CHECKS = 4000;

export interface DecisiveOptions {
	maxSearchClaims?: number;
	maxChecks?: number;
}

export function decisiveSets(
	ix: IndexedGraph,
	label: Uint8Array,
	opts: DecisiveOptions = {}
): Decisive[] {
	const out: Decisive[] = new Array(ix.n);
	for (let v = 0; v < ix.n; v++) out[v] = decisiveFor(ix, label, v, opts);
	return out;
}

const RANK: Record<number, number> = { [IN]: 0, [UNDEC]: 1, [OUT]: 2 };

export function decisiveFor(
	ix: IndexedGraph,
	label: Uint8Array,
	t: number,
	opts: DecisiveOptions = {}
): Decisive {
	const maxClaims = opts.maxSearchClaims ?? MAX_SEARCH_CLAIMS;
	const maxChecks = opts.maxChecks ?? MAX_CHECKS;
	const to = label[t] === IN ? 'fall' : 'stand';
	const direct = attackersOf(ix, t);
	const bound = to === 'stand' ? standBound(t, direct) : fallBound(ix, t, direct);
	if (!bound) return { to, ids: [], possible: false, exhaustive: true };
	const result = (set: number[], exhaustive: boolean): Decisive => ({
		to,
		ids: set.map((v) => ix.ids[v]),
		possible: true,
		exhaustive
	});
	// Nothing smaller than one answer can change anything.
	if (bound.length === 1) return result(bound, true);

	const ancestry = attackAncestry(ix, t, label, maxClaims);
	if (!ancestry) return result(bound, false);
	const { nodes, local } = ancestry;
	const candidates = nodes.slice(1); // nodes[0] is t
	const check = localGrounded(ix, nodes, local);
	const target = local.get(t)!;
	const works = (set: number[]) => {
		const l = check(set.map((v) => local.get(v)!));
		return to === 'stand' ? l[target] === IN : l[target] !== IN;
	};

	let checks = 0;
	for (let k = 1; k < bound.length; k++) {
		const pick = Array.from({ length: k }, (_, i) => i);
		if (k > candidates.length) break;
		for (;;) {
			if (++checks > maxChecks) return result(bound, false);
			const set = pick.map((i) => candidates[i]);
			if (works(set)) return result(set, true);
			// Next k-combination in lexicographic order.
			let i = k - 1;
			while (i >= 0 && pick[i] === candidates.length - k + i) i--;
			if (i < 0) break;
			pick[i]++;
			for (let j = i + 1; j < k; j++) pick[j] = pick[j - 1] + 1;
		}
	}
	return result(bound, true);
}

function attackersOf(ix: IndexedGraph, v: number): number[] {
	const out: number[] = [];
	for (let e = ix.attInStart[v]; e < ix.attInStart[v + 1]; e++) out.push(ix.attIn[e]);
	return [...new Set(out)];
}

/** Answering every direct attacker leaves them all out, so the claim stands; unless it attacks itself. */
function standBound(t: number, direct: number[]): number[] | undefined {
	if (direct.includes(t)) return undefined;
	return direct;
}

/**
 * A standing claim's attackers are all out. Answer every other attacker of one of them and
 * that attacker is left with nothing standing against it but, perhaps, the claim itself or
 * its own self-attack, so the claim can no longer stand. The smallest such set, or undefined
 * when no counted attack reaches the claim.
 */
function fallBound(ix: IndexedGraph, t: number, direct: number[]): number[] | undefined {
	let best: number[] | undefined;
	for (const a of direct) {
		const set = attackersOf(ix, a).filter((x) => x !== t && x !== a);
		if (!best || set.length < best.length) best = set;
	}
	return best;
}

/**
 * Claims with a chain of counted attacks to t, t first, then by distance, direct attackers
 * ranked standing, undecided, answered. Undefined when there are more than `max` of them.
 */
function attackAncestry(
	ix: IndexedGraph,
	t: number,
	label: Uint8Array,
	max: number
): { nodes: number[]; local: Map<number, number> } | undefined {
	const local = new Map<number, number>([[t, 0]]);
	const nodes = [t];
	for (let i = 0; i < nodes.length; i++) {
		const layer = attackersOf(ix, nodes[i]).filter((a) => !local.has(a));
		if (i === 0) layer.sort((a, b) => RANK[label[a]] - RANK[label[b]] || a - b);
		for (const a of layer) {
			if (local.has(a)) continue;
			if (nodes.length > max) return undefined;
			local.set(a, nodes.length);
			nodes.push(a);
		}
	}
	return { nodes, local };
}

/**
 * Grounded labelling of the sub-framework on `nodes` (closed under attackers), with some of
 * them answered: each answered claim has a fresh attacker that stands, so it starts out.
 * The same worklist as groundedLabels, on local indices.
 */
function localGrounded(
	ix: IndexedGraph,
	nodes: number[],
	local: Map<number, number>
): (answered: number[]) => Uint8Array {
	const m = nodes.length;
	const attackers: number[][] = nodes.map((v) => attackersOf(ix, v).map((a) => local.get(a)!));
	const targets: number[][] = nodes.map(() => []);
	attackers.forEach((as, v) => as.forEach((a) => targets[a].push(v)));
	return (answered) => {
		const label = new Uint8Array(m);
		const pending = new Int32Array(m);
		const queue: number[] = [];
		for (const v of answered) {
			label[v] = OUT;
			queue.push(v);
		}
		for (let v = 0; v < m; v++) {
			pending[v] = attackers[v].length;
			if (pending[v] === 0 && label[v] === UNDEC) {
				label[v] = IN;
				queue.push(v);
			}
		}
		for (let head = 0; head < queue.length; head++) {
			const v = queue[head];
			for (const w of targets[v]) {
				if (label[v] === IN) {
					if (label[w] === UNDEC) {
						label[w] = OUT;
						queue.push(w);
					}
				} else if (--pending[w] === 0 && label[w] === UNDEC) {
					label[w] = IN;
					queue.push(w);
				}
			}
		}
		return label;
	};
}
