/**
 * Undercuts and linked premises in the engine: every relation as an *instance*, a group of
 * member claims that relate to one target together, and the claims that undercut it.
 *
 * - A plain relation `a → t` is an instance with the one member `a` and no undercutters.
 * - Linked premises (`ArgGraph.linked`) are one instance whose members are the group: it counts
 *   once, and only while every member holds.
 * - An undercut (`ArgGraph.undercuts`) adds its claim to the undercutters of the instance that
 *   holds the relation it names (for a group, any member's relation names the group's).
 *
 * Grounded labelling (grounded.ts), over counted attacks:
 *   an instance is *effective* when every member is in and every undercutter is out, and
 *   *ineffective* when some member is out or some undercutter is in;
 *   a claim is in when every counted instance against it is ineffective, out when one is
 *   effective, undecided otherwise (least fixed point). This is Dung's grounded labelling of
 *   the framework in which each instance k becomes an argument N_k that attacks the target, is
 *   attacked by each undercutter, and is attacked by ¬m for each member m (an argument that m
 *   attacks): N_k stands exactly when all members stand and no undercutter does.
 *
 * DF-QuAD (dfquad.ts): an instance contributes c_k = min(member strengths) × ∏(1 − undercutter
 * strengths) where a plain relation contributes its source's strength: a group weighs as its
 * weakest member, and an undercutter of strength s removes that share of the relation's weight.
 * va and vs aggregate the contributions as usual: 1 − ∏(1 − c_k).
 *
 * With no undercuts and no groups, every instance is one edge and nothing changes.
 */
import type { ArgGraph } from './types';

/** Instances of one kind of relation (counted attacks, weak attacks or supports), in CSR form. */
export interface Instances {
	count: number;
	target: Int32Array;
	/** Members of instance k: mem[memStart[k] .. memStart[k + 1]). */
	memStart: Int32Array;
	mem: Int32Array;
	/** Undercutters of instance k: und[undStart[k] .. undStart[k + 1]). */
	undStart: Int32Array;
	und: Int32Array;
	/** Instances into claim v: list[inStart[v] .. inStart[v + 1]). */
	inStart: Int32Array;
	list: Int32Array;
	/** Instances claim v is a member of, and instances it undercuts. */
	memberOfStart: Int32Array;
	memberOf: Int32Array;
	undercutsStart: Int32Array;
	undercuts: Int32Array;
}

interface Draft {
	target: number;
	members: number[];
	und: number[];
}

/**
 * The instances of each kind, from the deduplicated edge lists of graph.ts. A group whose
 * members' relations are not all there (a member rejected on a ballot, say) is gone with all
 * its relations: it counts only together. A group of attacks with a weak member is weak (it
 * weighs, never refutes).
 */
export function buildInstances(
	n: number,
	g: ArgGraph,
	index: Map<string, number>,
	kinds: {
		attacks: Array<[number, number]>;
		weak: Array<[number, number]>;
		supports: Array<[number, number]>;
	}
): { att: Instances; weak: Instances; sup: Instances } {
	// Most debates have neither: then each relation is its own instance, built straight from the edges.
	if (isPlainGraph(g))
		return {
			att: plainOf(n, kinds.attacks),
			weak: plainOf(n, kinds.weak),
			sup: plainOf(n, kinds.supports)
		};
	const id = (x: string, what: string) => {
		const i = index.get(x);
		if (i === undefined) throw new Error(`eval: ${what} names an unknown claim "${x}"`);
		return i;
	};
	const key = (f: number, t: number) => f * n + t;
	type Kind = 'att' | 'weak' | 'sup';
	const lists: Record<Kind, Array<[number, number]>> = {
		att: kinds.attacks,
		weak: kinds.weak,
		sup: kinds.supports
	};
	const has: Record<Kind, Set<number>> = {
		att: new Set(kinds.attacks.map(([f, t]) => key(f, t))),
		weak: new Set(kinds.weak.map(([f, t]) => key(f, t))),
		sup: new Set(kinds.supports.map(([f, t]) => key(f, t)))
	};
	const drafts: Record<Kind, Draft[]> = { att: [], weak: [], sup: [] };
	/** Per kind of edge, edge key → the instance that holds it (a weak group may hold counted edges). */
	const at: Record<Kind, Map<number, [Kind, number]>> = {
		att: new Map(),
		weak: new Map(),
		sup: new Map()
	};
	/** Edges of a group that lost a member's relation: they count for nothing. */
	const dead: Record<Kind, Set<number>> = { att: new Set(), weak: new Set(), sup: new Set() };
	for (const group of g.linked ?? []) {
		const to = id(group.to, 'a linked group');
		const members = [...new Set(group.members.map((m) => id(m, 'a linked group')))];
		const edgeKinds: Kind[] = group.relation === 'supports' ? ['sup'] : ['att', 'weak'];
		const present = members.filter((m) => edgeKinds.some((x) => has[x].has(key(m, to))));
		if (members.length < 2) continue;
		if (present.length < members.length) {
			// It counts only together: with one relation gone, so is the group's.
			for (const m of present) for (const x of edgeKinds) dead[x].add(key(m, to));
			continue;
		}
		const kind: Kind =
			group.relation === 'supports'
				? 'sup'
				: members.every((m) => has.att.has(key(m, to)))
					? 'att'
					: 'weak';
		// A relation counts once: a group that would take one already taken is left out.
		if (members.some((m) => edgeKinds.some((x) => at[x].has(key(m, to))))) continue;
		drafts[kind].push({ target: to, members, und: [] });
		for (const m of members)
			for (const x of edgeKinds)
				if (has[x].has(key(m, to))) at[x].set(key(m, to), [kind, drafts[kind].length - 1]);
	}
	for (const kind of ['att', 'weak', 'sup'] as Kind[])
		for (const [f, t] of lists[kind]) {
			if (at[kind].has(key(f, t)) || dead[kind].has(key(f, t))) continue;
			drafts[kind].push({ target: t, members: [f], und: [] });
			at[kind].set(key(f, t), [kind, drafts[kind].length - 1]);
		}
	for (const [by, [from, to]] of g.undercuts ?? []) {
		const u = id(by, 'an undercut');
		const k = key(id(from, 'an undercut'), id(to, 'an undercut'));
		// The relation may be missing (taken away by a ballot, say): then there is nothing to undercut.
		for (const kind of ['att', 'weak', 'sup'] as Kind[]) {
			const hit = at[kind].get(k);
			if (!hit) continue;
			const d = drafts[hit[0]][hit[1]];
			if (!d.und.includes(u)) d.und.push(u);
		}
	}
	return { att: pack(n, drafts.att), weak: pack(n, drafts.weak), sup: pack(n, drafts.sup) };
}

/**
 * Whether a graph has neither linked groups nor undercuts: then instance k is edge k of its kind
 * (graph.ts's deduplicated lists), in the same order, and the evaluators may read the edge
 * arrays directly (IndexedGraph.plain).
 */
export function isPlainGraph(g: ArgGraph): boolean {
	return !g.linked?.length && !g.undercuts?.length;
}

/** One instance per edge, no undercutters: the arrays directly. */
function plainOf(n: number, edges: Array<[number, number]>): Instances {
	const count = edges.length;
	const target = new Int32Array(count);
	const mem = new Int32Array(count);
	const memStart = new Int32Array(count + 1);
	for (let k = 0; k < count; k++) {
		mem[k] = edges[k][0];
		target[k] = edges[k][1];
		memStart[k + 1] = k + 1;
	}
	const undStart = new Int32Array(count + 1);
	const [inStart, list] = invertOne(n, target);
	const [memberOfStart, memberOf] = invertOne(n, mem);
	return {
		count,
		target,
		memStart,
		mem,
		undStart,
		und: new Int32Array(0),
		inStart,
		list,
		memberOfStart,
		memberOf,
		undercutsStart: new Int32Array(n + 1),
		undercuts: new Int32Array(0)
	};
}

/** Drafts into CSR arrays by counting sort: linear, and no per-claim arrays (10,000 claims stay cheap). */
function pack(n: number, drafts: Draft[]): Instances {
	const count = drafts.length;
	const target = new Int32Array(count);
	const memStart = new Int32Array(count + 1);
	const undStart = new Int32Array(count + 1);
	for (let k = 0; k < count; k++) {
		target[k] = drafts[k].target;
		memStart[k + 1] = memStart[k] + drafts[k].members.length;
		undStart[k + 1] = undStart[k] + drafts[k].und.length;
	}
	const mem = new Int32Array(memStart[count]);
	const und = new Int32Array(undStart[count]);
	for (let k = 0; k < count; k++) {
		mem.set(drafts[k].members, memStart[k]);
		und.set(drafts[k].und, undStart[k]);
	}
	const [inStart, list] = invert(n, count, (k, push) => push(target[k]));
	const [memberOfStart, memberOf] = invert(n, count, (k, push) => {
		for (let i = memStart[k]; i < memStart[k + 1]; i++) push(mem[i]);
	});
	const [undercutsStart, undercuts] = invert(n, count, (k, push) => {
		for (let i = undStart[k]; i < undStart[k + 1]; i++) push(und[i]);
	});
	return {
		count,
		target,
		memStart,
		mem,
		undStart,
		und,
		inStart,
		list,
		memberOfStart,
		memberOf,
		undercutsStart,
		undercuts
	};
}

/** For each claim v, the k with `of[k] === v`, in order (invert with one claim per instance). */
function invertOne(n: number, of: Int32Array): [Int32Array, Int32Array] {
	const start = new Int32Array(n + 1);
	for (let k = 0; k < of.length; k++) start[of[k] + 1]++;
	for (let v = 0; v < n; v++) start[v + 1] += start[v];
	const fill = start.slice(0, n);
	const out = new Int32Array(of.length);
	for (let k = 0; k < of.length; k++) out[fill[of[k]]++] = k;
	return [start, out];
}

/** For each claim, the instances `each(k)` names it in, in instance order (two counting passes). */
function invert(
	n: number,
	count: number,
	each: (k: number, push: (v: number) => void) => void
): [Int32Array, Int32Array] {
	const start = new Int32Array(n + 1);
	for (let k = 0; k < count; k++) each(k, (v) => start[v + 1]++);
	for (let v = 0; v < n; v++) start[v + 1] += start[v];
	const fill = start.slice(0, n);
	const out = new Int32Array(start[n]);
	for (let k = 0; k < count; k++) each(k, (v) => (out[fill[v]++] = k));
	return [start, out];
}

/** `a[from .. to)` as a plain array (no subarray view in between: these run per claim). */
function slice(a: Int32Array, from: number, to: number): number[] {
	const out: number[] = new Array(to - from);
	for (let i = from; i < to; i++) out[i - from] = a[i];
	return out;
}

/** Members of instance k. */
export function membersOf(x: Instances, k: number): number[] {
	return slice(x.mem, x.memStart[k], x.memStart[k + 1]);
}

/** Undercutters of instance k. */
export function undercuttersOf(x: Instances, k: number): number[] {
	return slice(x.und, x.undStart[k], x.undStart[k + 1]);
}

/** Instances into claim v. */
export function instancesInto(x: Instances, v: number): number[] {
	return slice(x.list, x.inStart[v], x.inStart[v + 1]);
}

/** Whether instance k is a plain relation: one member, no undercutter. */
export function isPlain(x: Instances, k: number): boolean {
	return x.memStart[k + 1] - x.memStart[k] === 1 && x.undStart[k + 1] === x.undStart[k];
}

/** DF-QuAD's contribution of instance k under strengths `s`: weakest member, less its undercutters' share. */
export function contribution(x: Instances, s: ArrayLike<number>, k: number): number {
	let c = 1;
	for (let i = x.memStart[k]; i < x.memStart[k + 1]; i++) if (s[x.mem[i]] < c) c = s[x.mem[i]];
	for (let i = x.undStart[k]; i < x.undStart[k + 1]; i++) c *= 1 - s[x.und[i]];
	return c;
}

/** 1 − ∏(1 − c_k) over the instances of `x` into v. */
export function aggregateInto(x: Instances, s: ArrayLike<number>, v: number): number {
	let keep = 1;
	for (let i = x.inStart[v]; i < x.inStart[v + 1]; i++) keep *= 1 - contribution(x, s, x.list[i]);
	return 1 - keep;
}
