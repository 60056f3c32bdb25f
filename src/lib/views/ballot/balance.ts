/**
 * The resolution's balance: never a bare badge. Each side's lines and whether each stands,
 * falls or is open (in a clash, or contested), the open clashes the resolution's status turns
 * on, and its strength, from one evaluation (the map's own, or a ballot's). Pure: the server
 * renders it into prep pages, the brief and claim pages; the ballot recomputes it in the
 * browser.
 */
import type { Side } from '$lib/schema';
import type { ClaimStatus } from '$lib/evaluate';
import { open, stands, type StatusKind } from '$lib/model/status';

export interface BalanceInput {
	thesis: string;
	/** Each side's lines on the resolution (claims that support it / attack it), in reading order. */
	lines: Record<Side, string[]>;
	/** Counted attackers of a claim (what the status is computed over; concessions left out). */
	attackers: (id: string) => readonly string[];
	title: (id: string) => string;
}

export interface BalanceRef {
	id: string;
	title: string;
}

export interface BalanceLine extends BalanceRef {
	status: StatusKind;
	/** "stands", "falls", "open clash", "contested", "rejected": the word for the tally. */
	word: string;
	/** For a line in a clash, the claims it clashes with. */
	clash: string[];
}

export interface SideBalance {
	lines: BalanceLine[];
	stand: number;
	fall: number;
	/** In an open clash or contested. */
	open: number;
	/** Rejected on a ballot. */
	rejected: number;
}

export interface Balance {
	status: StatusKind;
	reason: string;
	strength: number;
	sides: Record<Side, SideBalance>;
	/** Open clashes the resolution's status turns on: judge any of them and it may change. */
	deciding: Array<[BalanceRef, BalanceRef]>;
	/** One line: "For: 3 of 9 lines stand, 2 fall, 4 open · Against: …". */
	tally: string;
}

const word = (k: StatusKind) =>
	k === 'clash'
		? 'open clash'
		: k === 'contested'
			? 'contested'
			: k === 'rejected'
				? 'rejected'
				: stands(k)
					? 'stands'
					: 'falls';

export function balance(input: BalanceInput, status: Record<string, ClaimStatus>): Balance {
	const side = (ids: string[]): SideBalance => {
		const lines = ids
			.filter((id) => status[id])
			.map((id) => {
				const s = status[id];
				return {
					id,
					title: input.title(id),
					status: s.status,
					word: word(s.status),
					clash: s.clash
				};
			});
		return {
			lines,
			stand: lines.filter((l) => stands(l.status)).length,
			fall: lines.filter((l) => l.status === 'unanswered').length,
			open: lines.filter((l) => open(l.status)).length,
			rejected: lines.filter((l) => l.status === 'rejected').length
		};
	};
	const sides = { for: side(input.lines.for), against: side(input.lines.against) };
	const t = status[input.thesis];
	return {
		status: t.status,
		reason: t.reason,
		strength: t.strength,
		sides,
		deciding: decidingClashes(input, status).map(
			([a, b]) =>
				[
					{ id: a, title: input.title(a) },
					{ id: b, title: input.title(b) }
				] as [BalanceRef, BalanceRef]
		),
		tally: `For: ${tallyOf(sides.for)} · Against: ${tallyOf(sides.against)}`
	};
}

function tallyOf(s: SideBalance): string {
	const n = s.lines.length;
	if (!n) return 'no lines';
	const parts = [`${s.stand} of ${n} ${n === 1 ? 'line stands' : 'lines stand'}`];
	if (s.fall) parts.push(`${s.fall} ${s.fall === 1 ? 'falls' : 'fall'}`);
	if (s.open) parts.push(`${s.open} open`);
	if (s.rejected) parts.push(`${s.rejected} rejected`);
	return parts.join(', ');
}

/**
 * The open clashes reached from the resolution up its undecided attackers (breadth-first, so
 * the nearest first): the resolution is open because of them, and judging one can settle it.
 * Each pair once, the claim nearer the resolution first.
 */
export function decidingClashes(
	input: Pick<BalanceInput, 'thesis' | 'attackers'>,
	status: Record<string, ClaimStatus>
): Array<[string, string]> {
	const t = status[input.thesis];
	if (!t || t.label !== 'undec') return [];
	const out: Array<[string, string]> = [];
	const seenPair = new Set<string>();
	const seen = new Set([input.thesis]);
	const queue = [input.thesis];
	for (let i = 0; i < queue.length; i++) {
		const v = queue[i];
		for (const p of status[v]?.clash ?? []) {
			const key = [v, p].sort().join('\u0000');
			if (!seenPair.has(key)) {
				seenPair.add(key);
				out.push([v, p]);
			}
		}
		for (const a of input.attackers(v))
			if (!seen.has(a) && status[a]?.label === 'undec') {
				seen.add(a);
				queue.push(a);
			}
	}
	return out;
}
