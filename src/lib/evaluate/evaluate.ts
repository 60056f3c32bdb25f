/**
 * Status of every claim, in words a debater can act on. The grounded labelling decides
 * whether a claim stands (unchallenged or answered), faces an unanswered attack, or is
 * contested; DF-QuAD supplies the strength; decisive.ts says what would change it. Every
 * line names the claims responsible, so a reader can follow the verdict through the map.
 *
 * Weak attacks (ArgGraph.weakAttacks: a speaker's concessions, a speaker's own claims) are in
 * the strength but not in the status, and the lines say so. When the badge and the strength
 * seem to disagree (an unanswered claim whose supports outweigh its attacks, a standing one
 * below its base), `agreement` explains why in words.
 */
import { attackOn, dfquadIndexed, supportOn } from './dfquad';
import { decisiveSets, type DecisiveOptions } from './decisive';
import { indexGraph, type IndexedGraph } from './graph';
import { groundedLabels, IN, OUT, UNDEC } from './grounded';
import type { ArgGraph, ClaimStatus, Decisive, DfquadOptions, GroundedLabel } from './types';
import type { StatusKind } from '$lib/model/status';

/** How many claims a line names before summarising the rest. */
const NAMED = 2;
const EPS = 1e-9;

export interface EvaluateOptions extends DfquadOptions, DecisiveOptions {
	/** Why a claim starts where it does, e.g. "a verbatim quote from one cited source". */
	baseReason?: (id: string) => string | undefined;
	/** Why a weak attack is weak, e.g. "conceded by Benjamin Self". */
	weakReason?: (from: string, to: string) => string;
	/** Leave out what-would-change-it (large synthetic graphs). */
	decisive?: boolean;
}

export function evaluate(
	g: ArgGraph,
	name: (id: string) => string = (id) => id,
	opts: EvaluateOptions = {}
): Record<string, ClaimStatus> {
	const ix = indexGraph(g);
	const label = groundedLabels(ix);
	const q = dfquadIndexed(ix, opts);
	const change = opts.decisive === false ? undefined : decisiveSets(ix, label, opts);
	const quote = (v: number) => `“${name(ix.ids[v])}”`;
	const weakWhy = (from: number, to: number) =>
		opts.weakReason?.(ix.ids[from], ix.ids[to]) ?? 'counted in the strength only';
	const result: Record<string, ClaimStatus> = {};
	for (let v = 0; v < ix.n; v++) {
		const counted = distinct(ix.attIn, ix.attInStart, v);
		const weak = distinct(ix.weakIn, ix.weakInStart, v);
		const standing = counted.filter((a) => label[a] === IN);
		const kind: StatusKind =
			label[v] === IN
				? counted.length
					? 'answered'
					: 'unchallenged'
				: label[v] === OUT
					? 'unanswered'
					: 'contested';
		const base = ix.base[v];
		const strength = q.strength[v];
		const attack = attackOn(ix, q.strength, v);
		const support = supportOn(ix, q.strength, v);
		const weakLine = weak.length
			? ` ${list(weak.map((a) => `${quote(a)} (${weakWhy(a, v)})`))} ${weak.length === 1 ? 'weighs' : 'weigh'} in its strength but never against its status.`
			: '';
		const decisive: Decisive = change?.[v] ?? {
			to: label[v] === IN ? 'fall' : 'stand',
			ids: [],
			possible: false,
			exhaustive: false
		};
		result[ix.ids[v]] = {
			status: kind,
			label: LABELS[label[v]],
			strength,
			base,
			attack,
			support,
			approximate: q.approximate[v] === 1,
			settles: q.unsettled[v] === 0,
			standingAttackers: standing.map((a) => ix.ids[a]),
			weakAttackers: weak.map((a) => ix.ids[a]),
			change: decisive,
			changeReason: change ? changeLine(decisive, name, weak.length > 0) : '',
			reason: statusLine(ix, label, v, kind, counted, standing, weak.length, quote) + weakLine,
			strengthReason: strengthLine(
				strength,
				base,
				opts.baseReason?.(ix.ids[v]),
				counted.length + weak.length,
				weak.length,
				attack,
				ix.supInStart[v + 1] - ix.supInStart[v],
				support,
				q.approximate[v] === 1,
				q.unsettled[v] === 1
			),
			agreement: agreementLine(kind, strength, base, weak.length, attack, support)
		};
	}
	return result;
}

const LABELS: Record<number, GroundedLabel> = { [IN]: 'in', [OUT]: 'out', [UNDEC]: 'undec' };

function distinct(adj: Int32Array, start: Int32Array, v: number): number[] {
	const out: number[] = [];
	for (let e = start[v]; e < start[v + 1]; e++) if (!out.includes(adj[e])) out.push(adj[e]);
	return out;
}

/** “A”; “A” and “B”; “A”, “B” and 3 more. */
function list(names: string[], all = false): string {
	if (names.length <= 1) return names.join('');
	if (all || names.length <= NAMED)
		return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
	return `${names.slice(0, NAMED).join(', ')} and ${names.length - NAMED} more`;
}

function statusLine(
	ix: IndexedGraph,
	label: Uint8Array,
	v: number,
	kind: StatusKind,
	counted: number[],
	standing: number[],
	weak: number,
	quote: (v: number) => string
): string {
	if (kind === 'unchallenged')
		return weak ? 'Unchallenged: only concessions attack it.' : 'Unchallenged: nothing attacks it.';
	if (kind === 'answered') {
		if (counted.length === 1) {
			const a = counted[0];
			const by = distinct(ix.attIn, ix.attInStart, a).filter((d) => label[d] === IN);
			return `Holds: its one attack, ${quote(a)}, is answered by ${list(by.map(quote))}.`;
		}
		return `Holds: all ${counted.length} attacks on it are answered.`;
	}
	if (kind === 'unanswered') {
		const names = standing.map(quote);
		return `Falls: ${list(names)} ${names.length === 1 ? 'stands' : 'stand'} unanswered.`;
	}
	return contestedLine(ix, label, v, quote);
}

/**
 * An undecided claim has no standing attacker but at least one undecided one (else it
 * would be in). The most telling one to name is a mutual rebuttal, since the fix is to
 * settle that pair; then any other undecided attacker; a bare self-attack only when
 * nothing else explains it.
 */
function contestedLine(
	ix: IndexedGraph,
	label: Uint8Array,
	v: number,
	quote: (v: number) => string
): string {
	const undecided = distinct(ix.attIn, ix.attInStart, v).filter(
		(a) => a !== v && label[a] === UNDEC
	);
	const rebuts = (a: number) => distinct(ix.attOut, ix.attOutStart, v).includes(a);
	const mutual = undecided.find(rebuts);
	if (mutual !== undefined) {
		return `Contested: ${quote(v)} and ${quote(mutual)} rebut each other and neither is settled.`;
	}
	if (undecided.length > 0) {
		return `Contested: ${quote(undecided[0])} attacks it and is itself unsettled.`;
	}
	return 'Contested: it attacks itself, so it can be neither accepted nor rejected.';
}

/** "Answer “A” and it stands." and the like: what would change the status, in a sentence. */
export function changeLine(d: Decisive, name: (id: string) => string, conceded = false): string {
	const names = list(
		d.ids.map((id) => `“${name(id)}”`),
		true
	);
	const maybe = d.exhaustive ? '' : ' (a smaller set may exist)';
	if (d.to === 'stand') {
		if (!d.possible) return 'It attacks itself, so no answer can make it stand.';
		return `Answer ${names} and it stands${maybe}.`;
	}
	if (!d.possible)
		return conceded
			? 'No attack on it counts against its status: only a new attack could challenge it.'
			: 'Nothing in the map attacks it: only a new attack could challenge it.';
	return `If ${names} ${d.ids.length === 1 ? 'were' : 'were all'} answered, it would no longer stand${maybe}.`;
}

const n2 = (x: number) => x.toFixed(2);
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function strengthLine(
	strength: number,
	base: number,
	why: string | undefined,
	attacks: number,
	weak: number,
	attack: number,
	supports: number,
	support: number,
	approximate: boolean,
	unsettled: boolean
): string {
	const start = `base ${n2(base)}${why ? ` (${why})` : ''}`;
	let line: string;
	const a = `${count(attacks, 'attack')}${weak ? `, ${weak === attacks ? (weak === 1 ? 'a concession' : 'all concessions') : `${weak} of them conceded`}` : ''} (combined ${n2(attack)})`;
	const s = `${count(supports, 'support')} (combined ${n2(support)})`;
	if (!attacks && !supports)
		line = `Strength ${n2(strength)} is its ${start}: nothing attacks or supports it.`;
	else if (Math.abs(attack - support) < EPS)
		line = `Strength ${n2(strength)} is its ${start}: its ${a} and ${s} balance.`;
	else if (attack > support)
		line = `Strength ${n2(strength)}: from its ${start}, lowered because its ${a} ${attacks === 1 ? 'outweighs' : 'outweigh'} its ${s}.`;
	else
		line = `Strength ${n2(strength)}: from its ${start}, raised because its ${s} ${supports === 1 ? 'outweighs' : 'outweigh'} its ${a}.`;
	if (unsettled)
		line +=
			' It depends on a loop of claims whose strengths do not settle: the value shown is the loop’s balance point, where the values are consistent.';
	else if (approximate)
		line += ' It sits in or below a loop of claims, so the value comes from repeated calculation.';
	return line;
}

function agreementLine(
	kind: StatusKind,
	strength: number,
	base: number,
	weak: number,
	attack: number,
	support: number
): string {
	if (kind === 'unanswered' && strength >= base - EPS)
		return 'Its supports weigh at least as much as the attacks on it, so its strength is not below its base; but supports never answer an attack, and the status counts only whether the attacks are answered.';
	if ((kind === 'unchallenged' || kind === 'answered') && strength < base - EPS) {
		if (kind === 'unchallenged' || weak)
			return 'It stands, yet its strength is below its base: the concessions against it weigh in the strength, though a concession never decides a status.';
		return attack > support
			? 'It stands, yet its strength is below its base: an answered attack still carries some weight in the strength, while the status counts only that it is answered.'
			: '';
	}
	if (kind === 'contested')
		return 'Its strength is the balance of a loop of attacks; the status says the loop is not settled either way.';
	return '';
}
