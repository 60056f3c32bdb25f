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
 *
 * Undercuts and linked premises (structure.ts) take part as the grounded labelling has them:
 * an attack counts while all its members stand and none of its undercutters does, so the
 * claims that matter are the members and undercutters of the attacks on a claim, and theirs,
 * and the bounds answer one member of each attack (to make a claim stand) or keep one attack
 * on it in force (to make it fall); a bound is checked like any other set where it can be.
 */
import type { IndexedGraph } from './graph';
import { IN, OUT, UNDEC } from './grounded';
import { instancesInto, membersOf, undercuttersOf } from './structure';
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
	const bound = to === 'stand' ? standBound(ix, t) : fallBound(ix, t);
	if (!bound) return { to, ids: [], possible: false, exhaustive: true };
	const result = (set: number[], exhaustive: boolean): Decisive => ({
		to,
		ids: set.map((v) => ix.ids[v]),
		possible: true,
		exhaustive
	});

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
	// Nothing smaller than one answer can change anything.
	if (bound.length === 1 && works(bound)) return result(bound, true);

	let checks = 0;
	for (let k = 1; k < bound.length || (k === bound.length && !works(bound)); k++) {
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
	return works(bound) ? result(bound, true) : { to, ids: [], possible: false, exhaustive: true };
}

/** Members and undercutters of the counted attacks on v: whoever its label depends on. */
function influencers(ix: IndexedGraph, v: number): number[] {
	const out: number[] = [];
	for (const k of instancesInto(ix.att, v))
		out.push(...membersOf(ix.att, k), ...undercuttersOf(ix.att, k));
	return [...new Set(out)];
}

/**
 * Answering one member of every attack on t leaves every attack without a standing member, so
 * t stands; unless some attack has no member but t itself (it attacks itself), when nothing can.
 */
function standBound(ix: IndexedGraph, t: number): number[] | undefined {
	const set = new Set<number>();
	for (const k of instancesInto(ix.att, t)) {
		const ms = membersOf(ix.att, k).filter((m) => m !== t);
		if (!ms.length) return undefined;
		if (!ms.some((m) => set.has(m))) set.add(ms[0]);
	}
	return [...set];
}

/**
 * A standing claim's attacks are all out of force. Keep one in force: answer its undercutters,
 * and for each of its members every other attacker of that member (one member of each attack
 * on it, never t or the member itself). What is left against the members is at most t and
 * their own self-attacks, so t can no longer stand. The smallest such set over t's attacks, or
 * undefined when no counted attack reaches t.
 */
function fallBound(ix: IndexedGraph, t: number): number[] | undefined {
	let best: number[] | undefined;
	for (const k of instancesInto(ix.att, t)) {
		const set = new Set<number>(undercuttersOf(ix.att, k).filter((u) => u !== t));
		for (const m of membersOf(ix.att, k)) {
			if (m === t) continue;
			for (const j of instancesInto(ix.att, m)) {
				const others = membersOf(ix.att, j).filter((x) => x !== t && x !== m);
				if (others.length && !others.some((x) => set.has(x))) set.add(others[0]);
			}
		}
		if (!best || set.size < best.length) best = [...set];
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
		const layer = influencers(ix, nodes[i]).filter((a) => !local.has(a));
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
 * Grounded labelling of the sub-framework on `nodes` (closed under whoever a label depends
 * on), with some of them answered: each answered claim has a fresh attacker that stands, so it
 * starts out. The same worklist as groundedLabels, over the attacks on these nodes.
 */
function localGrounded(
	ix: IndexedGraph,
	nodes: number[],
	local: Map<number, number>
): (answered: number[]) => Uint8Array {
	const m = nodes.length;
	const target: number[] = [];
	const members: number[][] = [];
	const unders: number[][] = [];
	const into: number[] = new Array(m).fill(0);
	const memberOf: number[][] = nodes.map(() => []);
	const underOf: number[][] = nodes.map(() => []);
	nodes.forEach((v, lv) => {
		for (const k of instancesInto(ix.att, v)) {
			const i = target.length;
			target.push(lv);
			members.push(membersOf(ix.att, k).map((x) => local.get(x)!));
			unders.push(undercuttersOf(ix.att, k).map((x) => local.get(x)!));
			into[lv]++;
			for (const x of members[i]) memberOf[x].push(i);
			for (const x of unders[i]) underOf[x].push(i);
		}
	});
	return (answered) => {
		const label = new Uint8Array(m);
		const pending = Int32Array.from(into);
		const pendMem = Int32Array.from(members.map((x) => x.length));
		const pendUnd = Int32Array.from(unders.map((x) => x.length));
		const state = new Uint8Array(target.length);
		const queue: number[] = [];
		for (const v of answered) {
			label[v] = OUT;
			queue.push(v);
		}
		for (let v = 0; v < m; v++)
			if (pending[v] === 0 && label[v] === UNDEC) {
				label[v] = IN;
				queue.push(v);
			}
		const effective = (i: number) => {
			state[i] = 1;
			if (label[target[i]] === UNDEC) {
				label[target[i]] = OUT;
				queue.push(target[i]);
			}
		};
		const ineffective = (i: number) => {
			state[i] = 2;
			const t = target[i];
			if (--pending[t] === 0 && label[t] === UNDEC) {
				label[t] = IN;
				queue.push(t);
			}
		};
		for (let head = 0; head < queue.length; head++) {
			const v = queue[head];
			const isIn = label[v] === IN;
			for (const i of memberOf[v]) {
				if (state[i]) continue;
				if (!isIn) ineffective(i);
				else if (--pendMem[i] === 0 && pendUnd[i] === 0) effective(i);
			}
			for (const i of underOf[v]) {
				if (state[i]) continue;
				if (isIn) ineffective(i);
				else if (--pendUnd[i] === 0 && pendMem[i] === 0) effective(i);
			}
		}
		return label;
	};
}
