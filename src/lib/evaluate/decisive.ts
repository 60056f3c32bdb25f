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
import type { Instances } from './structure';
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

/* Speed: evaluate asks this of every claim, so nothing here allocates per claim of the graph.
   Per graph, one scratch (claim → local number, and a stamp for "seen in this set"); per claim,
   the sub-framework as flat typed arrays built once, and every candidate set checked on the
   same buffers, stopping as soon as the claim's own label is known (labels never change once
   set in the worklist). */

interface Scratch {
	/** Claim → its number in the current ancestry, −1 outside it (all −1 between calls). */
	local: Int32Array;
	/** mark[v] === tick: v is in the set being built. */
	mark: Int32Array;
	tick: number;
}
const scratches = new WeakMap<IndexedGraph, Scratch>();
function scratchOf(ix: IndexedGraph): Scratch {
	let s = scratches.get(ix);
	if (!s) {
		s = { local: new Int32Array(ix.n).fill(-1), mark: new Int32Array(ix.n), tick: 0 };
		scratches.set(ix, s);
	}
	return s;
}
function nextTick(s: Scratch): number {
	if (s.tick >= 0x3fffffff) {
		s.mark.fill(0);
		s.tick = 0;
	}
	return ++s.tick;
}

/** Ranks the direct attackers: standing, then undecided, then answered. */
const rank = (l: number) => (l === IN ? 0 : l === UNDEC ? 1 : 2);

export function decisiveFor(
	ix: IndexedGraph,
	label: Uint8Array,
	t: number,
	opts: DecisiveOptions = {}
): Decisive {
	const maxClaims = opts.maxSearchClaims ?? MAX_SEARCH_CLAIMS;
	const maxChecks = opts.maxChecks ?? MAX_CHECKS;
	const to = label[t] === IN ? 'fall' : 'stand';
	const sc = scratchOf(ix);
	const bound = to === 'stand' ? standBound(ix.att, t, sc) : fallBound(ix.att, t, sc);
	if (!bound) return { to, ids: [], possible: false, exhaustive: true };
	const nodes = attackAncestry(ix.att, t, label, maxClaims, sc);
	if (!nodes) return found(ix, to, bound, false);
	// To stand, the bound always works: each attack on t has a member in it (never t), so with
	// them all answered no attack on t can be in force. One claim is then the smallest.
	const r =
		to === 'stand' && bound.length === 1
			? bound
			: smallest(ix.att, nodes, sc.local, bound, to === 'stand', maxChecks);
	for (const v of nodes) sc.local[v] = -1;
	if (r === OVER_BUDGET) return found(ix, to, bound, false);
	if (r === NONE_WORKS) return { to, ids: [], possible: false, exhaustive: true };
	return found(ix, to, r, true);
}

function found(ix: IndexedGraph, to: Decisive['to'], set: number[], exhaustive: boolean): Decisive {
	return { to, ids: set.map((v) => ix.ids[v]), possible: true, exhaustive };
}

const OVER_BUDGET = 1;
const NONE_WORKS = 2;

/**
 * The first smallest set of `nodes` (t first, then the candidates in search order, numbered in
 * `local`) that works, no larger than `bound`; OVER_BUDGET past `maxChecks` sets, NONE_WORKS
 * when not even the bound does.
 */
function smallest(
	x: Instances,
	nodes: number[],
	local: Int32Array,
	bound: number[],
	stand: boolean,
	maxChecks: number
): number[] | typeof OVER_BUDGET | typeof NONE_WORKS {
	const check = new LocalGrounded(x, nodes, local);
	// nodes[0] is t: candidate i is local claim i + 1.
	const candidates = nodes.length - 1;
	const boundLocal = Int32Array.from(bound, (v) => local[v]);
	// 0 not yet checked, 1 works, 2 does not (to stand, it always works: see decisiveFor).
	let boundWorks = stand ? 1 : 0;
	const test = () => (check.works(boundLocal, boundLocal.length, 0, stand) ? 1 : 2);
	// Nothing smaller than one answer can change anything.
	if (bound.length === 1 && (boundWorks ||= test()) === 1) return bound;
	let checks = 0;
	for (let k = 1; k < bound.length || (k === bound.length && (boundWorks ||= test()) !== 1); k++) {
		if (k > candidates) break;
		const pick = new Int32Array(k);
		for (let i = 0; i < k; i++) pick[i] = i;
		for (;;) {
			if (++checks > maxChecks) return OVER_BUDGET;
			if (check.works(pick, k, 1, stand)) return Array.from(pick, (i) => nodes[i + 1]);
			// Next k-combination in lexicographic order.
			let i = k - 1;
			while (i >= 0 && pick[i] === candidates - k + i) i--;
			if (i < 0) break;
			pick[i]++;
			for (let j = i + 1; j < k; j++) pick[j] = pick[j - 1] + 1;
		}
	}
	return (boundWorks || test()) === 1 ? bound : NONE_WORKS;
}

/**
 * Answering one member of every attack on t leaves every attack without a standing member, so
 * t stands; unless some attack has no member but t itself (it attacks itself), when nothing can.
 */
function standBound(x: Instances, t: number, sc: Scratch): number[] | undefined {
	const tick = nextTick(sc);
	const set: number[] = [];
	for (let i = x.inStart[t]; i < x.inStart[t + 1]; i++) {
		const k = x.list[i];
		let first = -1;
		let covered = false;
		for (let j = x.memStart[k]; j < x.memStart[k + 1]; j++) {
			const m = x.mem[j];
			if (m === t) continue;
			if (first < 0) first = m;
			if (sc.mark[m] === tick) covered = true;
		}
		if (first < 0) return undefined;
		if (!covered) {
			sc.mark[first] = tick;
			set.push(first);
		}
	}
	return set;
}

/**
 * A standing claim's attacks are all out of force. Keep one in force: answer its undercutters,
 * and for each of its members every other attacker of that member (one member of each attack
 * on it, never t or the member itself). What is left against the members is at most t and
 * their own self-attacks, so t can no longer stand. The smallest such set over t's attacks, or
 * undefined when no counted attack reaches t.
 */
function fallBound(x: Instances, t: number, sc: Scratch): number[] | undefined {
	let best: number[] | undefined;
	for (let i = x.inStart[t]; i < x.inStart[t + 1]; i++) {
		const k = x.list[i];
		const tick = nextTick(sc);
		const set: number[] = [];
		for (let j = x.undStart[k]; j < x.undStart[k + 1]; j++) {
			const u = x.und[j];
			if (u !== t && sc.mark[u] !== tick) {
				sc.mark[u] = tick;
				set.push(u);
			}
		}
		for (let j = x.memStart[k]; j < x.memStart[k + 1]; j++) {
			const m = x.mem[j];
			if (m === t) continue;
			for (let a = x.inStart[m]; a < x.inStart[m + 1]; a++) {
				const kj = x.list[a];
				let first = -1;
				let covered = false;
				for (let b = x.memStart[kj]; b < x.memStart[kj + 1]; b++) {
					const o = x.mem[b];
					if (o === t || o === m) continue;
					if (first < 0) first = o;
					if (sc.mark[o] === tick) covered = true;
				}
				if (first >= 0 && !covered) {
					sc.mark[first] = tick;
					set.push(first);
				}
			}
		}
		if (!best || set.length < best.length) best = set;
	}
	return best;
}

/**
 * Claims with a chain of counted attacks to t (through the members and undercutters of the
 * attacks on each: whoever its label depends on), t first, then by distance, direct attackers
 * ranked standing, undecided, answered. Numbers them in `sc.local`. Undefined (and nothing
 * numbered) when there are more than `max` of them.
 */
function attackAncestry(
	x: Instances,
	t: number,
	label: Uint8Array,
	max: number,
	sc: Scratch
): number[] | undefined {
	const local = sc.local;
	const nodes = [t];
	local[t] = 0;
	// The direct layer, deduplicated, in rank order.
	const layer: number[] = [];
	const tick = nextTick(sc);
	sc.mark[t] = tick;
	for (let i = x.inStart[t]; i < x.inStart[t + 1]; i++) {
		const k = x.list[i];
		for (let j = x.memStart[k]; j < x.memStart[k + 1]; j++) {
			const a = x.mem[j];
			if (sc.mark[a] !== tick) {
				sc.mark[a] = tick;
				layer.push(a);
			}
		}
		for (let j = x.undStart[k]; j < x.undStart[k + 1]; j++) {
			const a = x.und[j];
			if (sc.mark[a] !== tick) {
				sc.mark[a] = tick;
				layer.push(a);
			}
		}
	}
	layer.sort((a, b) => rank(label[a]) - rank(label[b]) || a - b);
	for (const a of layer) {
		if (nodes.length > max) return release(nodes, local);
		local[a] = nodes.length;
		nodes.push(a);
	}
	// Further layers in the order their influencers come: members, then undercutters, per attack.
	for (let n = 1; n < nodes.length; n++) {
		const v = nodes[n];
		for (let i = x.inStart[v]; i < x.inStart[v + 1]; i++) {
			const k = x.list[i];
			for (let j = x.memStart[k]; j < x.memStart[k + 1]; j++) {
				const a = x.mem[j];
				if (local[a] >= 0) continue;
				if (nodes.length > max) return release(nodes, local);
				local[a] = nodes.length;
				nodes.push(a);
			}
			for (let j = x.undStart[k]; j < x.undStart[k + 1]; j++) {
				const a = x.und[j];
				if (local[a] >= 0) continue;
				if (nodes.length > max) return release(nodes, local);
				local[a] = nodes.length;
				nodes.push(a);
			}
		}
	}
	return nodes;
}

function release(nodes: number[], local: Int32Array): undefined {
	for (const v of nodes) local[v] = -1;
	return undefined;
}

/**
 * Grounded labelling of the sub-framework on `nodes` (closed under whoever a label depends
 * on), with some of them answered: each answered claim has a fresh attacker that stands, so it
 * starts out. The same worklist as groundedLabels, over the attacks on these nodes, in flat
 * arrays built once and buffers reused for every set checked.
 */
class LocalGrounded {
	private readonly m: number;
	private readonly target: Int32Array;
	private readonly into: Int32Array;
	private readonly memCount: Int32Array;
	private readonly undCount: Int32Array;
	private readonly memberOfStart: Int32Array;
	private readonly memberOf: Int32Array;
	private readonly underOfStart: Int32Array;
	private readonly underOf: Int32Array;
	private readonly label: Uint8Array;
	private readonly pending: Int32Array;
	private readonly pendMem: Int32Array;
	private readonly pendUnd: Int32Array;
	private readonly state: Uint8Array;
	private readonly queue: Int32Array;

	constructor(x: Instances, nodes: readonly number[], local: Int32Array) {
		const m = nodes.length;
		this.m = m;
		let count = 0;
		for (const v of nodes) count += x.inStart[v + 1] - x.inStart[v];
		const target = new Int32Array(count);
		const into = new Int32Array(m);
		const memCount = new Int32Array(count);
		const undCount = new Int32Array(count);
		const memberOfStart = new Int32Array(m + 1);
		const underOfStart = new Int32Array(m + 1);
		let i = 0;
		for (let lv = 0; lv < m; lv++) {
			const v = nodes[lv];
			for (let e = x.inStart[v]; e < x.inStart[v + 1]; e++, i++) {
				const k = x.list[e];
				target[i] = lv;
				into[lv]++;
				memCount[i] = x.memStart[k + 1] - x.memStart[k];
				undCount[i] = x.undStart[k + 1] - x.undStart[k];
				for (let j = x.memStart[k]; j < x.memStart[k + 1]; j++)
					memberOfStart[local[x.mem[j]] + 1]++;
				for (let j = x.undStart[k]; j < x.undStart[k + 1]; j++) underOfStart[local[x.und[j]] + 1]++;
			}
		}
		for (let lv = 0; lv < m; lv++) {
			memberOfStart[lv + 1] += memberOfStart[lv];
			underOfStart[lv + 1] += underOfStart[lv];
		}
		const memberOf = new Int32Array(memberOfStart[m]);
		const underOf = new Int32Array(underOfStart[m]);
		const memFill = memberOfStart.slice(0, m);
		const undFill = underOfStart.slice(0, m);
		i = 0;
		for (let lv = 0; lv < m; lv++) {
			const v = nodes[lv];
			for (let e = x.inStart[v]; e < x.inStart[v + 1]; e++, i++) {
				const k = x.list[e];
				for (let j = x.memStart[k]; j < x.memStart[k + 1]; j++)
					memberOf[memFill[local[x.mem[j]]]++] = i;
				for (let j = x.undStart[k]; j < x.undStart[k + 1]; j++)
					underOf[undFill[local[x.und[j]]]++] = i;
			}
		}
		this.target = target;
		this.into = into;
		this.memCount = memCount;
		this.undCount = undCount;
		this.memberOfStart = memberOfStart;
		this.memberOf = memberOf;
		this.underOfStart = underOfStart;
		this.underOf = underOf;
		this.label = new Uint8Array(m);
		this.pending = new Int32Array(m);
		this.pendMem = new Int32Array(count);
		this.pendUnd = new Int32Array(count);
		this.state = new Uint8Array(count);
		this.queue = new Int32Array(m);
	}

	/**
	 * Whether answering local claims `answered[0 .. len)` (each plus `shift`) makes claim 0 stand
	 * (`stand`) or no longer stand (`!stand`).
	 */
	works(answered: ArrayLike<number>, len: number, shift: number, stand: boolean): boolean {
		const { m, label, pending, pendMem, pendUnd, state, queue, target } = this;
		const { memberOfStart, memberOf, underOfStart, underOf } = this;
		label.fill(UNDEC);
		pending.set(this.into);
		pendMem.set(this.memCount);
		pendUnd.set(this.undCount);
		state.fill(0);
		let tail = 0;
		for (let i = 0; i < len; i++) {
			const v = answered[i] + shift;
			if (label[v] === UNDEC) {
				label[v] = OUT;
				queue[tail++] = v;
			}
		}
		for (let v = 0; v < m; v++)
			if (pending[v] === 0 && label[v] === UNDEC) {
				label[v] = IN;
				queue[tail++] = v;
			}
		// Labels never change once set: claim 0's first label is its last.
		if (label[0] !== UNDEC) return stand === (label[0] === IN);
		for (let head = 0; head < tail; head++) {
			const v = queue[head];
			const isIn = label[v] === IN;
			for (let j = memberOfStart[v]; j < memberOfStart[v + 1]; j++) {
				const i = memberOf[j];
				if (state[i]) continue;
				if (!isIn) {
					state[i] = 2;
					const w = target[i];
					if (--pending[w] === 0 && label[w] === UNDEC) {
						label[w] = IN;
						queue[tail++] = w;
						if (w === 0) return stand;
					}
				} else if (--pendMem[i] === 0 && pendUnd[i] === 0) {
					state[i] = 1;
					const w = target[i];
					if (label[w] === UNDEC) {
						label[w] = OUT;
						queue[tail++] = w;
						if (w === 0) return !stand;
					}
				}
			}
			for (let j = underOfStart[v]; j < underOfStart[v + 1]; j++) {
				const i = underOf[j];
				if (state[i]) continue;
				if (isIn) {
					state[i] = 2;
					const w = target[i];
					if (--pending[w] === 0 && label[w] === UNDEC) {
						label[w] = IN;
						queue[tail++] = w;
						if (w === 0) return stand;
					}
				} else if (--pendUnd[i] === 0 && pendMem[i] === 0) {
					state[i] = 1;
					const w = target[i];
					if (label[w] === UNDEC) {
						label[w] = OUT;
						queue[tail++] = w;
						if (w === 0) return !stand;
					}
				}
			}
		}
		// Never reached: undecided, which is not standing.
		return !stand;
	}
}
