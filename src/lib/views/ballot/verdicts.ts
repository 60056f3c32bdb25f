/**
 * What a ballot does, in words: the clashes there are to judge, the presets ("as Newsham
 * argues"), and each verdict that changed with a one-sentence reason ("X now stands: you
 * judged Y over Z"). Pure, over the engine's results.
 */
import type { ClaimStatus, Evaluation } from '$lib/evaluate';
import { mutualAttacks } from '$lib/evaluate/judgement';
import { STATUS_NAMES, stands, type StatusKind } from '$lib/model/status';
import type { BallotJudgement } from './link';
import { SIDES, type Side } from '$lib/vocabulary';
import { opponentOf, type ClaimSide } from '$lib/model/sides';

export interface Clash {
	a: string;
	b: string;
	/** Open on the map's own verdicts (undecided both ways). */
	open: boolean;
}

/** Every clash of the map (mutual counted attacks), open ones first, in map order otherwise. */
export function clashesOf(
	graph: Parameters<typeof mutualAttacks>[0],
	own: Record<string, ClaimStatus>
): Clash[] {
	const all = mutualAttacks(graph).map(([a, b]) => ({
		a,
		b,
		open: own[a]?.clash.includes(b) ?? false
	}));
	return [...all.filter((c) => c.open), ...all.filter((c) => !c.open)];
}

export interface Preset {
	/** "side:for", "side:against", or "person:<id>". */
	id: string;
	/** The side it takes, for a side's preset. */
	side?: Side;
	/** Person id, for a debater's preset. */
	person?: string;
	/** "For the resolution wins every clash", "As Grant Newsham argues". */
	label: string;
	/** What it does, in a few words. */
	detail: string;
	judgement: BallotJudgement;
}

const key = (j: BallotJudgement) =>
	j.prevails
		.map((p) => p.join('~'))
		.sort()
		.join(',');

/**
 * The presets a ballot offers (review 1, finding 16): first each side winning every clash
 * with the other side (what that side needs to win), then "As <speaker> argues", that
 * debater's claims prevailing in every clash they are part of (a clash between two of their
 * own claims left as it is), one per person in any clash, in order of how many clashes they
 * are in, then name. A debater's preset that is the same ballot as a side's is folded into
 * it ("… wins every clash, as Benjamin Self argues"), so no two presets are the same ballot.
 */
export function presets(
	clashes: ReadonlyArray<Pick<Clash, 'a' | 'b'>>,
	argues: Record<string, string[]>,
	people: Record<string, string>,
	sides: Record<string, ClaimSide> = {},
	sideNames?: Record<Side, string>
): Preset[] {
	const count = new Map<string, number>();
	for (const { a, b } of clashes)
		for (const p of new Set([...(argues[a] ?? []), ...(argues[b] ?? [])]))
			count.set(p, (count.get(p) ?? 0) + 1);
	const byPerson: Preset[] = [...count.keys()]
		.sort((x, y) => count.get(y)! - count.get(x)! || (people[x] ?? x).localeCompare(people[y] ?? y))
		.map((person) => {
			const prevails: Array<[string, string]> = [];
			for (const { a, b } of clashes) {
				const inA = argues[a]?.includes(person) ?? false;
				const inB = argues[b]?.includes(person) ?? false;
				if (inA && !inB) prevails.push([a, b]);
				else if (inB && !inA) prevails.push([b, a]);
			}
			return {
				id: `person:${person}`,
				person,
				label: `As ${people[person] ?? person} argues`,
				detail: 'each of their claims prevails in every clash it is part of',
				judgement: { rejected: [], prevails }
			};
		});
	const bySide: Preset[] = [];
	if (sideNames)
		for (const side of SIDES) {
			const prevails: Array<[string, string]> = [];
			for (const { a, b } of clashes) {
				if (sides[a] === side && sides[b] === opponentOf(side)) prevails.push([a, b]);
				else if (sides[b] === side && sides[a] === opponentOf(side)) prevails.push([b, a]);
			}
			if (!prevails.length) continue;
			const same = byPerson.filter((p) => key(p.judgement) === key({ rejected: [], prevails }));
			bySide.push({
				id: `side:${side}`,
				side,
				label: `${sideNames[side]} wins every clash${same.length ? `, ${same.map((p) => p.label.replace(/^As/, 'as')).join(' and ')}` : ''}`,
				detail: 'each of its claims prevails over the other side’s',
				judgement: { rejected: [], prevails }
			});
		}
	const folded = new Set(bySide.map((p) => key(p.judgement)));
	return [...bySide, ...byPerson.filter((p) => !folded.has(key(p.judgement)))];
}

export interface ChangedVerdict {
	id: string;
	before: StatusKind;
	after: StatusKind;
	/** One sentence: "“X” now stands: you judged “Y” over “Z”." */
	sentence: string;
	/**
	 * The judgement named in the sentence, and `at`: the claim it bears on directly (the claim
	 * itself, or the attacker up the chain whose move moved it). Undefined when none was traced.
	 */
	cause?: (
		{ kind: 'rejected'; id: string } | { kind: 'prevails'; winner: string; loser: string }
	) & { at: string };
}

const verb = (k: StatusKind): string =>
	k === 'rejected'
		? 'is now rejected'
		: k === 'clash'
			? 'is now in an open clash'
			: k === 'contested'
				? 'is now contested'
				: stands(k)
					? 'now stands'
					: 'now falls';

/** How far a status stands: out (falls, rejected) 0, undecided 1, in (stands) 2. */
const rank = (s: Pick<ClaimStatus, 'label'> | undefined): number =>
	!s ? 1 : s.label === 'in' ? 2 : s.label === 'out' ? 0 : 1;

/**
 * Each claim whose status differs between the map's own evaluation and the ballot's, with the
 * judgement that changed it. A cause must push the way the claim moved: a claim that now
 * stands higher (falls → open → stands) is put down to a judgement that takes an attack off
 * it (you judged it over its attacker, or rejected the attacker), or else to one of its
 * attackers that now stands lower, and so on up the attacks; a claim that now stands lower,
 * to a clash it lost or its own rejection, or else to an attacker that now stands higher.
 * Rejecting a claim's attacker never explains its fall, nor a clash it won (review 1,
 * finding 1). The nearest such judgement up the attacks is named.
 */
export function changedVerdicts(
	own: Evaluation,
	judged: Evaluation,
	title: (id: string) => string,
	attackers: (id: string) => readonly string[],
	order: readonly string[] = Object.keys(judged.status)
): ChangedVerdict[] {
	const q = (id: string) => `“${title(id)}”`;
	const rejected = new Set(judged.judgement.rejected);
	const losesTo = new Map<string, string[]>();
	for (const [w, l] of judged.judgement.prevails) losesTo.set(l, [...(losesTo.get(l) ?? []), w]);
	const changed = (id: string) => own.status[id]?.status !== judged.status[id]?.status;
	/** +1: it now stands higher; −1: lower; 0: the same grounded label (say clash → contested). */
	const move = (id: string) => Math.sign(rank(judged.status[id]) - rank(own.status[id]));
	type Found = { why: string; cause: NonNullable<ChangedVerdict['cause']> };
	/** The judgement that bears on `v` itself and pushes it the way it moved. */
	const direct = (v: string, self: boolean): Found | undefined => {
		const it = self ? 'it' : q(v);
		const m = move(v);
		if (rejected.has(v))
			return {
				why: self ? 'you found it unconvincing' : `you rejected ${it}`,
				cause: { kind: 'rejected', id: v, at: v }
			};
		if (m >= 0) {
			const judgedOver = judged.status[v]?.judgedOver ?? [];
			const over = judgedOver.filter((a) => !rejected.has(a));
			const gone = judgedOver.filter((a) => rejected.has(a));
			if (over.length)
				return {
					why: `you judged ${it} over ${list(over.map(q))}`,
					cause: { kind: 'prevails', winner: v, loser: over[0], at: v }
				};
			if (gone.length)
				return {
					why: `you rejected ${list(gone.map(q))}`,
					cause: { kind: 'rejected', id: gone[0], at: v }
				};
		}
		if (m <= 0) {
			const by = losesTo.get(v);
			if (by?.length)
				return {
					why: `you judged ${list(by.map(q))} over ${it}`,
					cause: { kind: 'prevails', winner: by[0], loser: v, at: v }
				};
		}
		return undefined;
	};
	/** Whether a change in attacker `a` can explain `v`'s move: it moved the other way. */
	const pushes = (v: string, a: string) => {
		const m = move(v);
		return m === 0 ? changed(a) : move(a) === -m;
	};
	/** The judgement behind a change: the claim's own, else the nearest up its attackers that pushed it. */
	const cause = (id: string): Found | undefined => {
		const seen = new Set([id]);
		const queue = [id];
		for (let i = 0; i < queue.length; i++) {
			const v = queue[i];
			const found = direct(v, v === id);
			if (found) return found;
			// Attacks the ballot took away (rejected, or judged over by v) no longer bear on v.
			const away = new Set(judged.status[v]?.judgedOver ?? []);
			for (const a of attackers(v))
				if (!seen.has(a) && !away.has(a) && !rejected.has(a) && pushes(v, a)) {
					seen.add(a);
					queue.push(a);
				}
		}
		return undefined;
	};
	const out: ChangedVerdict[] = [];
	for (const id of order) {
		if (!judged.status[id] || !changed(id)) continue;
		const after = judged.status[id].status;
		const found = cause(id);
		out.push({
			id,
			before: own.status[id].status,
			after,
			sentence: `${q(id)} ${verb(after)}: ${found?.why ?? 'the claims it rests on changed'} (the map says ${STATUS_NAMES[own.status[id].status]}).`,
			...(found ? { cause: found.cause } : {})
		});
	}
	return out;
}

function list(xs: string[]): string {
	return xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}
