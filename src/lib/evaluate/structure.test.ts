/**
 * Undercuts and linked premises in the engine, against brute-force oracles written from the
 * rules' words (structure.ts, and the "How status is computed" page):
 * - grounded: each attack (a plain one, or a linked group) becomes an argument N that attacks
 *   its target, is attacked by each undercutter, and by ¬m for each member m (an argument m
 *   attacks); Dung's grounded extension of that plain framework, found as the least fixed
 *   point of the characteristic function, gives every claim's label;
 * - DF-QuAD: each strength is a fixed point of the formula with a relation weighing its
 *   weakest member's strength times (1 − each undercutter's strength);
 * - what would change it: every subset of claims tried, smallest first.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { combine, dfquadIndexed } from './dfquad';
import { indexGraph } from './graph';
import { grounded, groundedLabels } from './grounded';
import { mutualAttacks } from './judgement';
import { mulberry32 } from '$lib/shared/random';
import { randomGraph } from '$lib/testing/random-graph';
import type { ArgGraph, GroundedLabel } from './types';

type Pair = [string, string];
const pairs = (xs: string[]) => xs.map((s) => s.split('>') as Pair);

describe('undercuts and linked premises: the rules by example', () => {
	it('an undercut that stands takes the attack it undercuts out of the status', () => {
		// b attacks a; u says b's attack does not count against a.
		const g: ArgGraph = { ids: ['a', 'b', 'u'], attacks: pairs(['b>a']), supports: [] };
		expect(grounded(g)).toEqual({ a: 'out', b: 'in', u: 'in' });
		expect(grounded({ ...g, undercuts: [['u', ['b', 'a']]] })).toEqual({
			a: 'in',
			b: 'in',
			u: 'in'
		});
		// Answer the undercut and the attack counts again.
		const answered: ArgGraph = {
			ids: ['a', 'b', 'u', 'x'],
			attacks: pairs(['b>a', 'x>u']),
			supports: [],
			undercuts: [['u', ['b', 'a']]]
		};
		expect(grounded(answered)).toMatchObject({ a: 'out', u: 'out' });
		const r = evaluate(
			{ ...g, undercuts: [['u', ['b', 'a']]] },
			{},
			{ name: (id) => id.toUpperCase() }
		);
		expect(r.status.a.status).toBe('answered');
		expect(r.status.a.reason).toBe(
			'Holds: its one attack, “B”, does not count: “U” says it does not show what it claims against this, and that stands.'
		);
		expect(r.status.a.standingAttackers).toEqual([]);
		// What would change it: answer the undercut.
		expect(r.status.a.change).toMatchObject({ to: 'fall', ids: ['u'], possible: true });
	});

	it('a linked attack counts once and falls when any member falls', () => {
		// b and c attack a only together; x answers c.
		const base: ArgGraph = {
			ids: ['a', 'b', 'c', 'x'],
			attacks: pairs(['b>a', 'c>a']),
			supports: [],
			linked: [{ members: ['b', 'c'], to: 'a', relation: 'attacks' }]
		};
		expect(grounded(base)).toMatchObject({ a: 'out' });
		const answered = { ...base, attacks: pairs(['b>a', 'c>a', 'x>c']) };
		expect(grounded(answered)).toMatchObject({ a: 'in', b: 'in', c: 'out' });
		// Without the group, b alone would still bring a down.
		expect(grounded({ ...answered, linked: [] })).toMatchObject({ a: 'out' });
		const r = evaluate(answered, {}, { name: (id) => id.toUpperCase() }).status.a;
		expect(r.reason).toBe(
			'Holds: its one attack, “B” and “C” together, is answered: it needs “C”, which falls to “X”.'
		);
		const f = evaluate(base, {}, { name: (id) => id.toUpperCase() }).status.a;
		expect(f.reason).toBe('Falls: “B” and “C” together stand unanswered.');
		expect(f.standingAttackers).toEqual(['b', 'c']);
		// Answering either member is enough to make it stand.
		expect(f.change).toMatchObject({ to: 'stand', ids: ['b'], exhaustive: true });
	});

	it('in the strength, a linked group weighs as its weakest member, an undercut removes its share', () => {
		const g: ArgGraph = {
			ids: ['a', 'b', 'c', 'u'],
			attacks: [],
			supports: pairs(['b>a', 'c>a']),
			base: { a: 0.5, b: 0.8, c: 0.4, u: 0.5 }
		};
		// Two plain supports: 1 − 0.2 × 0.6 = 0.88.
		expect(evaluate(g).status.a.support).toBeCloseTo(0.88, 12);
		// Linked: once, as its weakest member: 0.4.
		const linked = evaluate({
			...g,
			linked: [{ members: ['b', 'c'], to: 'a', relation: 'supports' }]
		}).status.a;
		expect(linked.support).toBeCloseTo(0.4, 12);
		expect(linked.strength).toBeCloseTo(combine(0.5, 0, 0.4), 12);
		// u (0.5) undercuts the group: half its weight is left.
		const undercut = evaluate({
			...g,
			linked: [{ members: ['b', 'c'], to: 'a', relation: 'supports' }],
			undercuts: [['u', ['c', 'a']]]
		}).status.a;
		expect(undercut.support).toBeCloseTo(0.2, 12);
		// An undercut of a support never changes a status: supports do not count there.
		expect(undercut.status).toBe('unchallenged');
	});

	it('a ballot that rejects the undercutter brings the attack back; one that rejects a member ends the group', () => {
		const g: ArgGraph = {
			ids: ['a', 'b', 'c', 'u'],
			attacks: pairs(['b>a', 'c>a']),
			supports: [],
			linked: [{ members: ['b', 'c'], to: 'a', relation: 'attacks' }],
			undercuts: [['u', ['b', 'a']]]
		};
		expect(evaluate(g).status.a.status).toBe('answered');
		expect(evaluate(g, { rejected: ['u'] }).status.a.status).toBe('unanswered');
		const noGroup = evaluate({ ...g, undercuts: [] }, { rejected: ['c'] }).status.a;
		expect(noGroup.status).toBe('answered');
		expect(noGroup.judgedOver).toEqual(['c']);
	});
});

/* ------------------------------------------------------------------ oracles */

interface Inst {
	members: number[];
	to: number;
	und: number[];
}

/**
 * The relations of one kind as the rules' words have them: a linked group of that kind once
 * (if every member's relation is in `list`; with one missing, none of the group's relations
 * counts), the other relations alone, undercuts attached to whichever holds their relation.
 */
function instancesOf(
	g: ArgGraph,
	list: Pair[],
	relation: 'supports' | 'attacks',
	all: Pair[] = list
): Inst[] {
	const pos = new Map(g.ids.map((id, i) => [id, i]));
	const has = new Set(list.map(([f, t]) => `${f}>${t}`));
	const inAll = new Set(all.map(([f, t]) => `${f}>${t}`));
	const taken = new Set<string>();
	const out: Inst[] = [];
	for (const grp of g.linked ?? []) {
		if (grp.relation !== relation) continue;
		const ms = [...new Set(grp.members)];
		if (ms.length < 2) continue;
		const edges = ms.map((m) => `${m}>${grp.to}`);
		if (!edges.every((e) => inAll.has(e))) {
			edges.forEach((e) => taken.add(e)); // the group is gone, and each of its relations
			continue;
		}
		if (edges.some((e) => taken.has(e))) continue;
		edges.forEach((e) => taken.add(e));
		if (!edges.every((e) => has.has(e))) continue; // a group of another kind (weak) holds them
		out.push({ members: ms.map((m) => pos.get(m)!), to: pos.get(grp.to)!, und: [] });
	}
	const seen = new Set<string>();
	for (const [f, t] of list) {
		const k = `${f}>${t}`;
		if (taken.has(k) || seen.has(k)) continue;
		seen.add(k);
		out.push({ members: [pos.get(f)!], to: pos.get(t)!, und: [] });
	}
	for (const [by, [f, t]] of g.undercuts ?? [])
		for (const inst of out)
			if (
				inst.to === pos.get(t) &&
				inst.members.includes(pos.get(f)!) &&
				!inst.und.includes(pos.get(by)!)
			)
				inst.und.push(pos.get(by)!);
	return out;
}

/** Counted attacks (a group counts only if all its relations are counted), weak attacks (a group with a weak member is weak) and supports. */
function kinds(g: ArgGraph) {
	const counted = new Set(g.attacks.map(([f, t]) => `${f}>${t}`));
	const weakOnly = (g.weakAttacks ?? []).filter(([f, t]) => !counted.has(`${f}>${t}`));
	const allAttacks = [...g.attacks, ...weakOnly];
	const att = instancesOf(g, g.attacks, 'attacks', allAttacks);
	// Weak: weak relations alone, and whole groups with a weak member (their counted relations too).
	const weakGroups = instancesOf(g, allAttacks, 'attacks').filter(
		(x) =>
			x.members.length > 1 &&
			!att.some((y) => y.to === x.to && y.members.join() === x.members.join())
	);
	const weak = [
		...weakGroups,
		...instancesOf(g, weakOnly, 'attacks', allAttacks).filter((x) => x.members.length === 1)
	];
	const sup = instancesOf(g, g.supports, 'supports');
	return { att, weak, sup };
}

/** Grounded labels through the translation to a plain framework; `answered` claims get a fresh unattacked attacker. */
function oracleLabels(g: ArgGraph, answered: Set<number> = new Set()): GroundedLabel[] {
	const n = g.ids.length;
	const insts = kinds(g).att;
	// Nodes: claims 0..n-1, then per instance N_k, then ¬m per member, then one answer per answered claim.
	const attackers: number[][] = Array.from({ length: n }, () => []);
	const node = () => attackers.push([]) - 1;
	for (const k of insts) {
		const N = node();
		attackers[k.to].push(N);
		for (const u of k.und) attackers[N].push(u);
		for (const m of k.members) {
			const not = node();
			attackers[not].push(m);
			attackers[N].push(not);
		}
	}
	for (const a of answered) attackers[a].push(node());
	// Least fixed point of F(S) = {x | every attacker of x is attacked by S}.
	let S = new Set<number>();
	for (;;) {
		const next = new Set<number>();
		for (let x = 0; x < attackers.length; x++)
			if (attackers[x].every((y) => attackers[y].some((z) => S.has(z)))) next.add(x);
		if (next.size === S.size && [...next].every((x) => S.has(x))) break;
		S = next;
	}
	return Array.from({ length: n }, (_, x) =>
		S.has(x) ? 'in' : attackers[x].some((y) => S.has(y)) ? 'out' : 'undec'
	);
}

function randomStructured(rand: () => number, n: number): ArgGraph {
	const ids = Array.from({ length: n }, (_, i) => `c${i}`);
	const pick = () => ids[Math.floor(rand() * n)];
	const attacks: Pair[] = [];
	const supports: Pair[] = [];
	const weakAttacks: Pair[] = [];
	const edges = Math.floor(rand() * n * 1.6);
	for (let k = 0; k < edges; k++) {
		const f = pick();
		const t = pick();
		if (f === t && rand() < 0.8) continue;
		const r = rand();
		(r < 0.55 ? attacks : r < 0.85 ? supports : weakAttacks).push([f, t]);
	}
	const linked: NonNullable<ArgGraph['linked']> = [];
	for (let k = 0; k < Math.floor(rand() * 3); k++) {
		const to = pick();
		const members = [...new Set([pick(), pick(), rand() < 0.3 ? pick() : pick()])].filter(
			(m) => m !== to
		);
		if (members.length < 2) continue;
		const relation = rand() < 0.6 ? 'attacks' : 'supports';
		const list = relation === 'attacks' ? attacks : supports;
		for (const m of members) if (!list.some(([f, t]) => f === m && t === to)) list.push([m, to]);
		linked.push({ members, to, relation });
	}
	const all = [...attacks, ...supports, ...weakAttacks];
	const undercuts: NonNullable<ArgGraph['undercuts']> = [];
	for (let k = 0; k < Math.floor(rand() * 4) && all.length; k++) {
		const rel = all[Math.floor(rand() * all.length)];
		undercuts.push([pick(), [rel[0], rel[1]]]);
	}
	const base: Record<string, number> = {};
	for (const id of ids) base[id] = Math.round(rand() * 100) / 100;
	return { ids, attacks, supports, weakAttacks, linked, undercuts, base };
}

describe('undercuts and linked premises: against brute force on random graphs (≤ 7 claims)', () => {
	const CASES = 400;
	const graphs = Array.from({ length: CASES }, (_, k) =>
		randomStructured(mulberry32(9000 + k), 2 + (k % 6))
	);

	it('grounded labels equal those of the translation to a plain framework', () => {
		let withStructure = 0;
		graphs.forEach((g, k) => {
			const want = oracleLabels(g);
			const got = grounded(g);
			g.ids.forEach((id, i) =>
				expect(got[id], `case ${k} ${id}: ${JSON.stringify(g)}`).toBe(want[i])
			);
			if ((g.undercuts?.length ?? 0) + (g.linked?.length ?? 0)) withStructure++;
		});
		expect(withStructure).toBeGreaterThan(CASES / 2);
	});

	it('each settled strength is a fixed point of DF-QuAD with weakest-member groups and undercut shares', () => {
		let checked = 0;
		graphs.forEach((g, k) => {
			const r = evaluate(g, {}, { decisive: false }).status;
			const s = g.ids.map((id) => r[id].strength);
			const { att, weak, sup } = kinds(g);
			const agg = (list: Inst[], v: number) => {
				let keep = 1;
				for (const inst of list.filter((x) => x.to === v)) {
					let c = Math.min(...inst.members.map((m) => s[m]));
					for (const u of inst.und) c *= 1 - s[u];
					keep *= 1 - c;
				}
				return 1 - keep;
			};
			g.ids.forEach((id, v) => {
				if (!r[id].settles) return;
				const va = 1 - (1 - agg(att, v)) * (1 - agg(weak, v));
				const vs = agg(sup, v);
				expect(r[id].strength, `case ${k} ${id}`).toBeCloseTo(combine(g.base![id], va, vs), 7);
				checked++;
			});
		});
		expect(checked).toBeGreaterThan(CASES);
	});

	it('what would change it is a smallest set of claims to answer, and it works', () => {
		let compared = 0;
		graphs.forEach((g, k) => {
			const r = evaluate(g).status;
			const label = oracleLabels(g);
			g.ids.forEach((id, t) => {
				const stands = label[t] === 'in';
				const works = (set: number[]) => {
					const l = oracleLabels(g, new Set(set))[t];
					return stands ? l !== 'in' : l === 'in';
				};
				const others = g.ids.map((_, i) => i).filter((i) => i !== t);
				let best: number[] | undefined;
				for (let size = 1; size <= others.length && !best; size++)
					for (let mask = 0; mask < 1 << others.length; mask++) {
						const set = others.filter((_, i) => mask & (1 << i));
						if (set.length === size && works(set)) {
							best = set;
							break;
						}
					}
				const c = r[id].change;
				const ctx = `case ${k} ${id}: ${JSON.stringify(g)}`;
				expect(c.to, ctx).toBe(stands ? 'fall' : 'stand');
				expect(c.possible, ctx).toBe(best !== undefined);
				if (!best) return;
				expect(works(c.ids.map((x) => g.ids.indexOf(x))), ctx).toBe(true);
				if (c.exhaustive) expect(c.ids.length, ctx).toBe(best.length);
				compared++;
			});
		});
		expect(compared).toBeGreaterThan(CASES);
	});

	it('rejecting claims on a ballot equals deleting them (their relations, undercuts and groups)', () => {
		graphs.forEach((g, k) => {
			const rand = mulberry32(500 + k);
			const rejected = g.ids.filter(() => rand() < 0.25);
			const gone = new Set(rejected);
			// A group that loses a member loses its relation: the other members' relations to its target go too.
			const broken = new Set(
				(g.linked ?? [])
					.filter((x) => x.members.some((m) => gone.has(m)))
					.flatMap((x) => x.members.map((m) => `${x.relation}:${m}>${x.to}`))
			);
			const keepAs =
				(rel: string) =>
				([f, t]: Pair) =>
					!gone.has(f) && !gone.has(t) && !broken.has(`${rel}:${f}>${t}`);
			const keep = keepAs('attacks');
			const deleted: ArgGraph = {
				...g,
				attacks: g.attacks.filter(keep),
				supports: g.supports.filter(keepAs('supports')),
				weakAttacks: (g.weakAttacks ?? []).filter(keep),
				undercuts: (g.undercuts ?? []).filter(([by]) => !gone.has(by)),
				linked: (g.linked ?? []).filter((x) => !x.members.some((m) => gone.has(m)))
			};
			const want = oracleLabels(deleted);
			const got = evaluate(g, { rejected }, { decisive: false }).status;
			g.ids.forEach((id, i) => {
				if (gone.has(id)) expect(got[id].status).toBe('rejected');
				else expect(got[id].label, `case ${k} ${id}`).toBe(want[i]);
			});
		});
	});
});

describe('the bridge from a debate: tests/fixtures/arguments/free-buses', () => {
	it('carries undercuts and linked groups into the engine', async () => {
		const { loadDebates } = await import('$lib/validate/node.server');
		const { buildGraph } = await import('$lib/model/graph');
		const { argGraph, debateStatus } = await import('./debate-status');
		const debate = loadDebates('tests/fixtures/arguments').debates.find(
			(d) => d.id === 'free-buses'
		)!;
		const graph = buildGraph(debate);
		const g = argGraph(debate, graph);
		expect(g.undercuts).toEqual([
			['a-fifth-can-be-replaced', ['fares-fund-the-service', 'resolution']],
			['pilot-added-routes', ['journeys-rose-in-the-pilot', 'free-fares-draw-riders']]
		]);
		expect(g.linked).toEqual([
			{
				members: ['budget-is-already-stretched', 'no-other-funding'],
				to: 'resolution',
				relation: 'attacks'
			},
			{
				members: ['fares-were-the-barrier', 'journeys-rose-in-the-pilot'],
				to: 'free-fares-draw-riders',
				relation: 'supports'
			}
		]);
		const s = debateStatus(debate, graph);
		// Both attacks on the resolution stand as claims, yet neither counts: one is undercut, the other needs a claim that falls.
		expect(s['fares-fund-the-service'].status).toBe('unchallenged');
		expect(s['budget-is-already-stretched'].status).toBe('unchallenged');
		expect(s.resolution.status).toBe('answered');
		expect(s.resolution.standingAttackers).toEqual([]);
		expect(s.resolution.change.ids).toHaveLength(1);
		expect(['parking-charges-could-pay', 'a-fifth-can-be-replaced']).toContain(
			s.resolution.change.ids[0]
		);
	});
});

describe('plain graphs: the edge fast path and the instance path agree exactly', () => {
	// With no linked group and no undercut, grounded labelling and DF-QuAD read the edge arrays
	// (IndexedGraph.plain). An undercut naming a relation the graph does not have changes
	// nothing by the rules, but sends the same graph down the general instance path.
	it('labels, strengths and every line of evaluate, with and without a judgement (150 graphs)', () => {
		const rand = mulberry32(4451);
		let clashes = 0;
		let weak = 0;
		for (let c = 0; c < 150; c++) {
			const n = 3 + Math.floor(rand() * (c % 3 === 0 ? 200 : 30));
			const g = randomGraph(rand, n, Math.floor(n * (0.8 + rand())), {
				supportShare: 0.3,
				randomBase: true,
				selfLoops: rand() < 0.3
			});
			for (const [f, t] of g.attacks.slice()) if (f !== t && rand() < 0.2) g.attacks.push([t, f]);
			g.weakAttacks = g.attacks.filter(() => rand() < 0.1);
			g.attacks = g.attacks.filter((e) => !g.weakAttacks!.includes(e));
			const absent = g.ids.find(
				(x) =>
					![...g.attacks, ...g.supports, ...g.weakAttacks!].some(([f, t]) => f === x && t === x)
			)!;
			const general: ArgGraph = { ...g, undercuts: [[absent, [absent, absent]]] };
			const fast = indexGraph(g);
			const slow = indexGraph(general);
			const ctx = `graph ${c}: ${JSON.stringify(g)}`;
			expect(fast.plain, ctx).toBe(true);
			expect(slow.plain, ctx).toBe(false);
			expect(groundedLabels(fast), ctx).toEqual(groundedLabels(slow));
			expect(dfquadIndexed(fast).strength, ctx).toEqual(dfquadIndexed(slow).strength);
			const j = {
				rejected: g.ids.filter(() => rand() < 0.05),
				prevails: mutualAttacks(g).filter(() => rand() < 0.5)
			};
			for (const judgement of [{}, j]) {
				const a = evaluate(g, judgement, { maxChecks: 200 });
				const b = evaluate(general, judgement, { maxChecks: 200 });
				expect(a, ctx).toEqual(b);
				clashes += Object.values(a.status).filter((s) => s.clashStrength).length;
				weak += Object.values(a.status).filter((s) => s.weakAttackers.length).length;
			}
		}
		expect(clashes).toBeGreaterThan(100);
		expect(weak).toBeGreaterThan(100);
	});
});
