/**
 * A ballot in the address and in the browser's storage: `?prevail=<winner>~<loser>,…&reject=<id>,…`.
 * Claim ids are lower-case words joined by hyphens, so `~` and `,` never occur in one and
 * the link stays readable. Parsing never throws: a malformed value is dropped with a message,
 * a well-formed one is kept whatever ids it names (the engine reports the unknown ones).
 */
import type { Judgement } from '$lib/evaluate';

export const PREVAIL_PARAM = 'prevail';
export const REJECT_PARAM = 'reject';
/** The address parameters a ballot owns. */
export const BALLOT_PARAMS: readonly string[] = [PREVAIL_PARAM, REJECT_PARAM];

const ID = /^[a-z0-9][a-z0-9-]*$/;

export interface BallotJudgement {
	rejected: string[];
	prevails: Array<[string, string]>;
}

export interface ParsedBallot {
	judgement: BallotJudgement;
	/** What could not be read, in words ("“prevail” is not a list of winner~loser pairs"). */
	malformed: string[];
	/** True when the address names a ballot at all. */
	present: boolean;
}

export const EMPTY_BALLOT: BallotJudgement = { rejected: [], prevails: [] };

export function isEmpty(j: Judgement): boolean {
	return !j.rejected?.length && !j.prevails?.length;
}

/** Reads a ballot from the address's parameters. */
export function parseBallot(params: URLSearchParams): ParsedBallot {
	const malformed: string[] = [];
	const prevails: Array<[string, string]> = [];
	const rejected: string[] = [];
	const p = params.get(PREVAIL_PARAM);
	const r = params.get(REJECT_PARAM);
	if (p !== null && p !== '') {
		for (const item of p.split(',')) {
			const pair = item.split('~');
			if (pair.length === 2 && ID.test(pair[0]) && ID.test(pair[1]) && pair[0] !== pair[1]) {
				if (!prevails.some(([w, l]) => w === pair[0] && l === pair[1]))
					prevails.push([pair[0], pair[1]]);
			} else malformed.push(`“${item.slice(0, 60)}” is not a pair of claims (winner~loser)`);
		}
	}
	if (r !== null && r !== '') {
		for (const id of r.split(',')) {
			if (ID.test(id)) {
				if (!rejected.includes(id)) rejected.push(id);
			} else malformed.push(`“${id.slice(0, 60)}” is not a claim id`);
		}
	}
	return { judgement: { rejected, prevails }, malformed, present: p !== null || r !== null };
}

/** Writes a ballot into `params` (removing both parameters when it is empty). */
export function writeBallot(params: URLSearchParams, j: BallotJudgement): URLSearchParams {
	params.delete(PREVAIL_PARAM);
	params.delete(REJECT_PARAM);
	if (j.prevails.length)
		params.set(PREVAIL_PARAM, j.prevails.map(([w, l]) => `${w}~${l}`).join(','));
	if (j.rejected.length) params.set(REJECT_PARAM, j.rejected.join(','));
	return params;
}

/** The query string of a ballot ("prevail=a~b&reject=c"), for links; '' when empty. */
export function ballotQuery(j: BallotJudgement): string {
	return writeBallot(new URLSearchParams(), j)
		.toString()
		.replaceAll('%7E', '~')
		.replaceAll('%2C', ',');
}

/** The storage key of a debate's ballot. */
export const storageKey = (debate: string) => `crux:ballot:${debate}`;

/** Reads a stored ballot; anything unreadable counts as none. */
export function readStored(text: string | null): BallotJudgement | undefined {
	if (!text) return undefined;
	try {
		const v = JSON.parse(text) as unknown;
		if (!v || typeof v !== 'object') return undefined;
		const o = v as Record<string, unknown>;
		const rejected = Array.isArray(o.rejected)
			? o.rejected.filter((x): x is string => typeof x === 'string' && ID.test(x))
			: [];
		const prevails = Array.isArray(o.prevails)
			? o.prevails.filter(
					(x): x is [string, string] =>
						Array.isArray(x) &&
						x.length === 2 &&
						typeof x[0] === 'string' &&
						typeof x[1] === 'string' &&
						ID.test(x[0]) &&
						ID.test(x[1])
				)
			: [];
		return { rejected, prevails };
	} catch {
		return undefined;
	}
}

/** Whether the address or the browser holds a ballot for this debate (cheap: no parsing). */
export function hasBallot(search: string, debate: string): boolean {
	const params = new URLSearchParams(search);
	if (params.has(PREVAIL_PARAM) || params.has(REJECT_PARAM)) return true;
	try {
		return !!globalThis.localStorage?.getItem(storageKey(debate));
	} catch {
		return false;
	}
}
