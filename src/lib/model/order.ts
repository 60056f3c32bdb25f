/**
 * The one reading order of a debate, shared by the outline, the map, the column view and
 * the prep pages, so that a side's case reads as its debater made it.
 *
 * Replies to a claim come in two groups: the claims that support it, then the claims that
 * attack it (for the resolution: For, then Against). Within a group, a side's own case
 * comes first and what the other side granted or raised only to answer it comes after
 * (roles "conceded" and "raised"), so the Against lines open with Self, not with the
 * objections Newsham put up to knock down. Then they follow the sources: sources by
 * publication date (the debate that started it first), then by where a claim's earliest
 * quote appears in its source: the named part of the piece (a source's `parts`, e.g.
 * Newsham's essay before Self's), then the paragraph number of the locator. Claims without
 * evidence come after those with it; ties go by id so the order is stable.
 */
import type { Relation } from '$lib/schema';
import { inferredValue } from './citation';
import type { Debate } from './types';

/** Where a claim first appears in the sources: compared field by field. */
export type Position = readonly [source: number, part: number, paragraph: number];

const NOWHERE: Position = [Infinity, Infinity, Infinity];

/** "para. 14", "Newsham, para. 14", "paras. 3–4", "paragraph 2" → 14, 14, 3, 2. */
export function paragraphOf(locator: string): number {
	const m = /\bpara(?:graph)?s?\.?\s*(\d+)/i.exec(locator);
	return m ? Number(m[1]) : Infinity;
}

/** The named part a locator points into ("Newsham, para. 14" → "Newsham"), if it names one. */
export function partOf(locator: string): string | undefined {
	const comma = locator.indexOf(',');
	return comma > 0 ? locator.slice(0, comma).trim() : undefined;
}

/** Sources by date (undated last), then title: the order a reader would meet them in. */
export function sourceRanks(debate: Debate): Map<string, number> {
	const key = (id: string) => inferredValue(debate.sources[id].date)?.value ?? '9999';
	const ids = Object.keys(debate.sources).sort(
		(a, b) =>
			key(a).localeCompare(key(b)) ||
			debate.sources[a].title.localeCompare(debate.sources[b].title) ||
			a.localeCompare(b)
	);
	return new Map(ids.map((id, i) => [id, i]));
}

function compare(a: Position, b: Position): number {
	return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || 0;
}

/** Each claim's earliest position over all its quotes. */
export function readingPositions(debate: Debate): Map<string, Position> {
	const ranks = sourceRanks(debate);
	const out = new Map<string, Position>();
	for (const claim of Object.values(debate.claims)) {
		let best = NOWHERE;
		for (const ev of claim.evidence ?? []) {
			const source = debate.sources[ev.source];
			const rank = ranks.get(ev.source);
			if (!source || rank === undefined) continue;
			const part = partOf(ev.locator);
			const partIndex = part && source.parts ? source.parts.indexOf(part) : -1;
			const p: Position = [rank, partIndex < 0 ? 0 : partIndex, paragraphOf(ev.locator)];
			if (compare(p, best) < 0) best = p;
		}
		out.set(claim.id, best);
	}
	return out;
}

/** Supports before attacks: a claim's backing, then the challenges to it. */
export const RELATION_ORDER: Record<Relation, number> = { supports: 0, attacks: 1 };

/** A side's own case first; what the other side conceded or raised to answer, after. */
export function voiceRank(debate: Debate, id: string): number {
	const role = debate.claims[id]?.role;
	return role === 'conceded' || role === 'raised' ? 1 : 0;
}

/**
 * A comparator for the replies to one claim, given each reply's relation to it. Build it
 * once per debate: it closes over the positions of every claim.
 */
export function replyOrder(
	debate: Debate,
	positions: Map<string, Position> = readingPositions(debate)
): (a: { id: string; relation: Relation }, b: { id: string; relation: Relation }) => number {
	return (a, b) =>
		RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation] ||
		voiceRank(debate, a.id) - voiceRank(debate, b.id) ||
		compare(positions.get(a.id) ?? NOWHERE, positions.get(b.id) ?? NOWHERE) ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Claim ids in reading order regardless of relation: the order of a speaker's case. */
export function readingOrder(
	debate: Debate,
	ids: Iterable<string>,
	positions: Map<string, Position> = readingPositions(debate)
): string[] {
	return [...ids].sort(
		(a, b) =>
			compare(positions.get(a) ?? NOWHERE, positions.get(b) ?? NOWHERE) ||
			(a < b ? -1 : a > b ? 1 : 0)
	);
}
