/**
 * What a class's unsourced claims decide. A student's own reasoning may answer a claim with no
 * quote from any source; that is allowed, but when it changes verdicts (above all when it
 * settles an open clash or moves the resolution) the teacher must see it before merging.
 * For each added claim with no evidence, the verdicts that differ with it and without it (and
 * the replies that hang on it); and for several such claims, what they decide only together.
 * Pure: `npm run collect` prints it and puts it in the pull request under "Check before merging".
 */
import { buildGraph } from '$lib/model/graph';
import type { StatusKind } from '$lib/model/status';
import type { Debate } from '$lib/model/types';
import { claimTitle } from '$lib/model/labels';
import { debateStatus } from '$lib/evaluate/debate-status';

export interface VerdictChange {
	id: string;
	title: string;
	/** Without the unsourced claim(s). */
	without: StatusKind;
	/** With it, as the pull request would merge it. */
	with: StatusKind;
}

export interface UnsourcedImpact {
	/** The unsourced claim, or several that decide these verdicts only together. */
	claims: Array<{ id: string; title: string; file: string; speaker?: string }>;
	changes: VerdictChange[];
	/** Claims in an open clash without it that are no longer in one with it. */
	settles: string[];
	/** How many open clashes that is (two claims that attack each other are one clash). */
	clashes: number;
	/** The resolution's verdict changes. */
	resolution?: VerdictChange;
}

/** Every added claim that refers to one of `ids`, followed to the end: they go with it. */
function withReplies(after: Debate, added: Set<string>, ids: string[]): Set<string> {
	const out = new Set(ids);
	for (let grew = true; grew;) {
		grew = false;
		for (const id of added) {
			if (out.has(id)) continue;
			const c = after.claims[id];
			const refs = [
				...(c.supports ?? []),
				...(c.attacks ?? []),
				...(c.with ?? []),
				...(c.undercuts ?? []).flatMap((u) => [u.from, u.supports ?? '', u.attacks ?? ''])
			];
			if (refs.some((r) => out.has(r))) {
				out.add(id);
				grew = true;
			}
		}
	}
	return out;
}

/** Settled claims counted as clashes: two that attack each other are one. */
function clashCount(after: Debate, ids: string[]): number {
	const left = new Set(ids);
	let n = 0;
	for (const id of ids) {
		if (!left.has(id)) continue;
		left.delete(id);
		n++;
		const partner = [...left].find(
			(o) =>
				(after.claims[id].attacks ?? []).includes(o) && (after.claims[o].attacks ?? []).includes(id)
		);
		if (partner) left.delete(partner);
	}
	return n;
}

function without(after: Debate, gone: Set<string>): Debate {
	return {
		...after,
		claims: Object.fromEntries(Object.entries(after.claims).filter(([id]) => !gone.has(id)))
	};
}

/**
 * The verdicts the added claims with no evidence decide. `added` maps each added claim id to the
 * proposal file it came from; `after` is the debate with every added claim in it.
 */
export function unsourcedImpacts(after: Debate, added: Map<string, string>): UnsourcedImpact[] {
	const unsourced = [...added.keys()].filter(
		(id) => Object.hasOwn(after.claims, id) && !after.claims[id].evidence?.length
	);
	if (!unsourced.length) return [];
	const addedIds = new Set(added.keys());
	const status = debateStatus(after, buildGraph(after));
	const compare = (ids: string[]): UnsourcedImpact | undefined => {
		const gone = withReplies(after, addedIds, ids);
		const d = without(after, gone);
		const s = debateStatus(d, buildGraph(d));
		const changes: VerdictChange[] = Object.keys(s)
			.filter((id) => status[id] && s[id].status !== status[id].status)
			.sort()
			.map((id) => ({
				id,
				title: claimTitle(after.claims[id]),
				without: s[id].status,
				with: status[id].status
			}));
		if (!changes.length) return undefined;
		const settles = changes
			.filter((c) => c.without === 'clash' && c.with !== 'clash')
			.map((c) => c.id);
		return {
			clashes: clashCount(after, settles),
			settles,
			claims: ids.map((id) => {
				const sp = after.claims[id].speaker;
				return {
					id,
					title: claimTitle(after.claims[id]),
					file: added.get(id)!,
					...(sp && Object.hasOwn(after.people, sp) ? { speaker: after.people[sp].name } : {})
				};
			}),
			changes,
			resolution: changes.find((c) => c.id === after.thesis)
		};
	};
	const out = unsourced.flatMap((id) => compare([id]) ?? []);
	if (unsourced.length > 1) {
		// Two unsourced answers to one claim: neither alone changes it, both together do.
		const together = compare(unsourced);
		const seen = new Set(out.flatMap((x) => x.changes.map((c) => c.id)));
		if (together && together.changes.some((c) => !seen.has(c.id))) {
			const changes = together.changes.filter((c) => !seen.has(c.id));
			out.push({
				...together,
				changes,
				settles: together.settles.filter((id) => !seen.has(id)),
				clashes: clashCount(
					after,
					together.settles.filter((id) => !seen.has(id))
				),
				resolution: changes.find((c) => c.id === after.thesis)
			});
		}
	}
	return out;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "A claim with no evidence (…) changes 3 verdicts: it settles an open clash and changes the resolution’s verdict." */
export function impactHeadline(x: UnsourcedImpact): string {
	const one = x.claims.length === 1;
	const verb = (s: string) => (one ? `${s}s` : s);
	const including = [
		x.clashes
			? `${verb('settle')} ${x.clashes === 1 ? 'an open clash' : `${x.clashes} open clashes`}`
			: '',
		x.resolution ? `${verb('change')} the resolution’s verdict` : ''
	].filter(Boolean);
	const who = one
		? 'A claim with no evidence (a student’s own, with no quote from any source)'
		: `${x.claims.length} claims with no evidence, together,`;
	return `${who} ${verb('change')} ${plural(x.changes.length, 'verdict')}${including.length ? `: ${one ? 'it' : 'they'} ${including.join(' and ')}` : ''}.`;
}

/** The changes in the order a teacher should read them: the resolution, settled clashes, the rest. */
export function orderedChanges(x: UnsourcedImpact): VerdictChange[] {
	const rank = (c: VerdictChange) =>
		c.id === x.resolution?.id ? 0 : x.settles.includes(c.id) ? 1 : 2;
	return [...x.changes].sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : 1));
}

export const UNSOURCED_ADVICE =
	'A student’s own reasoning may do this; read it and judge whether it is enough to decide these verdicts before merging, or ask for a source.';

/** " (the resolution)", " (its open clash is settled)" or "". */
export function changeNote(x: UnsourcedImpact, c: VerdictChange): string {
	return c.id === x.resolution?.id
		? ' (the resolution)'
		: x.settles.includes(c.id)
			? ' (its open clash is settled)'
			: '';
}
