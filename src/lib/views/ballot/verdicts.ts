/**
 * What a ballot does, in words: the clashes there are to judge, the presets ("as Newsham
 * argues"), and each verdict that changed with a one-sentence reason ("X now stands: you
 * judged Y over Z"). Pure, over the engine's results.
 */
import type { ClaimStatus, Evaluation } from '$lib/evaluate';
import { mutualAttacks } from '$lib/evaluate/judgement';
import { STATUS_NAMES, stands, type StatusKind } from '$lib/model/status';
import type { BallotJudgement } from './link';

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
	/** Person id. */
	person: string;
	label: string;
	judgement: BallotJudgement;
}

/**
 * "As <speaker> argues": that debater's claims prevail in every clash they are part of (a
 * clash between two of their own claims is left as it is). One per person in any clash, in
 * order of how many clashes they are in, then name.
 */
export function presets(
	clashes: ReadonlyArray<Pick<Clash, 'a' | 'b'>>,
	argues: Record<string, string[]>,
	people: Record<string, string>
): Preset[] {
	const count = new Map<string, number>();
	for (const { a, b } of clashes)
		for (const p of new Set([...(argues[a] ?? []), ...(argues[b] ?? [])]))
			count.set(p, (count.get(p) ?? 0) + 1);
	return [...count.keys()]
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
				person,
				label: `As ${people[person] ?? person} argues`,
				judgement: { rejected: [], prevails }
			};
		});
}

export interface ChangedVerdict {
	id: string;
	before: StatusKind;
	after: StatusKind;
	/** One sentence: "“X” now stands: you judged “Y” over “Z”." */
	sentence: string;
}

const verb = (k: StatusKind): string =>
	k === 'rejected'
		? 'is rejected'
		: k === 'clash'
			? 'is in an open clash'
			: k === 'contested'
				? 'is contested'
				: stands(k)
					? 'stands'
					: 'falls';

/**
 * Each claim whose status differs between the map's own evaluation and the ballot's, with the
 * judgement that changed it: its own (rejected, judged over a claim, or judged under one), or
 * else the nearest one up its attackers, reached through claims that changed too.
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
	const winsOver = new Map<string, string[]>();
	const losesTo = new Map<string, string[]>();
	for (const [w, l] of judged.judgement.prevails) {
		winsOver.set(w, [...(winsOver.get(w) ?? []), l]);
		losesTo.set(l, [...(losesTo.get(l) ?? []), w]);
	}
	const changed = (id: string) => own.status[id]?.status !== judged.status[id]?.status;
	/** The judgement that bears on `v` itself, said of `v` ("it" when v is the claim in question). */
	const direct = (v: string, self: boolean): string | undefined => {
		const it = self ? 'it' : q(v);
		if (rejected.has(v)) return `you rejected ${it}`;
		const judgedOver = judged.status[v]?.judgedOver ?? [];
		const over = judgedOver.filter((a) => !rejected.has(a));
		const gone = judgedOver.filter((a) => rejected.has(a));
		if (over.length) return `you judged ${it} over ${list(over.map(q))}`;
		if (gone.length) return `you rejected ${list(gone.map(q))}`;
		const by = losesTo.get(v);
		if (by?.length) return `you judged ${list(by.map(q))} over ${it}`;
		const beat = winsOver.get(v);
		if (beat?.length) return `you judged ${it} over ${list(beat.map(q))}`;
		return undefined;
	};
	/** The judgement behind a change: the claim's own, else the nearest up its changed attackers. */
	const cause = (id: string): string => {
		const seen = new Set([id]);
		const queue = [id];
		for (let i = 0; i < queue.length; i++) {
			const v = queue[i];
			const why = direct(v, v === id);
			if (why) return why;
			for (const a of [...attackers(v), ...(judged.status[v]?.judgedOver ?? [])])
				if (!seen.has(a) && changed(a)) {
					seen.add(a);
					queue.push(a);
				}
		}
		return 'the claims it rests on changed';
	};
	const out: ChangedVerdict[] = [];
	for (const id of order) {
		if (!judged.status[id] || !changed(id)) continue;
		const after = judged.status[id].status;
		out.push({
			id,
			before: own.status[id].status,
			after,
			sentence: `${q(id)} now ${verb(after)}: ${cause(id)} (the map says ${STATUS_NAMES[own.status[id].status]}).`
		});
	}
	return out;
}

function list(xs: string[]): string {
	return xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}
