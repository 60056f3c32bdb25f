/**
 * Status of every claim, in words a debater can act on. The grounded labelling decides
 * whether a claim stands (unchallenged or answered), falls to an unanswered attack, is in an
 * open clash (it and another claim attack each other and nothing settles which prevails) or
 * is contested (downstream of an open clash or in an unsettled loop); DF-QuAD supplies the
 * strength; decisive.ts says what would change it. Every line names the claims responsible,
 * so a reader can follow the verdict through the map.
 *
 * The engine contract (README.md beside this file): `evaluate(graph, judgement, opts)`. A
 * judgement (a reader's ballot) rejects claims and decides clashes; the labels, strengths and
 * decisive sets are those of the graph so changed (judgement.ts), and what could not be
 * applied is reported back, never thrown.
 *
 * Weak attacks (ArgGraph.weakAttacks: a speaker's concessions, a speaker's own claims) are in
 * the strength but not in the status, and the lines say so. When the badge and the strength
 * seem to disagree (an unanswered claim whose supports outweigh its attacks, a standing one
 * below its base), `agreement` explains why in words.
 */
import { attackOn, dfquadIndexed, supportOn } from './dfquad';
import { clashStrengthLine, clashStrengths } from './clash-strength';
import { decisiveFor, type DecisiveOptions } from './decisive';
import { indexGraph, type IndexedGraph } from './graph';
import { groundedLabels, IN, OUT, UNDEC } from './grounded';
import { applyJudgement } from './judgement';
import { instancesInto, isPlain, membersOf, undercuttersOf } from './structure';
import type {
	ArgGraph,
	ClaimStatus,
	Decisive,
	DfquadOptions,
	Evaluation,
	GroundedLabel,
	Judgement
} from './types';
import type { StatusKind } from '$lib/model/status';

/** How many claims a line names before summarising the rest. */
const NAMED = 2;
const EPS = 1e-9;

export interface EvaluateOptions extends DfquadOptions, DecisiveOptions {
	/** A claim's title, for the lines; the id when not given. */
	name?: (id: string) => string;
	/** Why a claim starts where it does, e.g. "a verbatim quote from one cited source". */
	baseReason?: (id: string) => string | undefined;
	/** Why a weak attack is weak, e.g. "conceded by Benjamin Self". */
	weakReason?: (from: string, to: string) => string;
	/**
	 * What-would-change-it: for every claim (true, the default), none (false: large synthetic
	 * graphs), or only the listed ids (the claims on screen).
	 */
	decisive?: boolean | readonly string[];
	/**
	 * The explaining lines (reason, strengthReason, agreement, changeReason): for every claim
	 * (true, the default) or only the listed ids, others '' (a ballot at 10,000 claims writes
	 * the lines of the claims on screen; building every sentence is most of its cost).
	 */
	lines?: boolean | readonly string[];
}

/**
 * Evaluates `graph` under a reader's `judgement` (none by default: the map's own verdicts).
 * Never throws on a judgement; throws only on a malformed graph (duplicate ids, an edge naming
 * an unknown claim, a base outside [0, 1]).
 */
export function evaluate(
	graph: ArgGraph,
	judgement: Judgement = {},
	opts: EvaluateOptions = {}
): Evaluation {
	const name = opts.name ?? ((id: string) => id);
	const judged = applyJudgement(graph, judgement);
	const ix = indexGraph(judged.graph);
	const label = groundedLabels(ix);
	const q = dfquadIndexed(ix, opts);
	const wanted =
		opts.decisive === false
			? undefined
			: Array.isArray(opts.decisive)
				? new Set(opts.decisive as readonly string[])
				: true;
	const worded =
		opts.lines === undefined || opts.lines === true
			? true
			: opts.lines === false
				? undefined
				: new Set(opts.lines as readonly string[]);
	const quote = (v: number) => `“${name(ix.ids[v])}”`;
	const weakWhy = (from: number, to: number) =>
		opts.weakReason?.(ix.ids[from], ix.ids[to]) ?? 'counted in the strength only';
	const partners = clashPartners(ix, label);
	let near: Int32Array | undefined;
	const nearest = () => (near ??= nearestClashes(ix, label, partners));
	const result: Record<string, ClaimStatus> = {};
	for (let v = 0; v < ix.n; v++) {
		const id = ix.ids[v];
		if (judged.rejected.has(id)) {
			result[id] = rejectedStatus(ix.base[v]);
			continue;
		}
		const counted = distinct(ix.attIn, ix.attInStart, v);
		const weak = distinct(ix.weakIn, ix.weakInStart, v);
		const standing = standingAgainst(ix, label, v);
		const over = judged.judgedOver.get(id) ?? [];
		const kind: StatusKind =
			label[v] === IN
				? counted.length || over.length
					? 'answered'
					: 'unchallenged'
				: label[v] === OUT
					? 'unanswered'
					: partners[v].length
						? 'clash'
						: 'contested';
		const base = ix.base[v];
		const strength = q.strength[v];
		const attack = attackOn(ix, q.strength, v);
		const support = supportOn(ix, q.strength, v);
		const words = worded === true || (worded?.has(id) ?? false);
		const weakLine =
			words && weak.length
				? ` ${list(weak.map((a) => `${quote(a)} (${weakWhy(a, v)})`))} ${weak.length === 1 ? 'weighs' : 'weigh'} in its strength but never against its status.`
				: '';
		const computed =
			wanted === true || wanted?.has(id) ? decisiveFor(ix, label, v, opts) : undefined;
		const decisive: Decisive =
			computed ?? (label[v] === IN ? NOT_COMPUTED.fall : NOT_COMPUTED.stand);
		const judgedLine =
			words && over.length
				? judgedClause(over.map((a) => [name(a), judged.rejected.has(a)] as const))
				: '';
		result[id] = {
			status: kind,
			label: LABELS[label[v]],
			strength,
			base,
			attack,
			support,
			approximate: q.approximate[v] === 1,
			settles: q.unsettled[v] === 0,
			standingAttackers: idsOf(ix, standing),
			weakAttackers: idsOf(ix, weak),
			clash: idsOf(ix, partners[v]),
			judgedOver: over.length ? over.slice() : NONE,
			change: decisive,
			changeReason: computed && words ? changeLine(decisive, name, weak.length > 0) : '',
			reason: words
				? statusLine(
						ix,
						label,
						partners,
						nearest,
						v,
						kind,
						counted,
						standing,
						weak.length,
						quote,
						judgedLine
					) + weakLine
				: '',
			strengthReason: words
				? strengthLine(
						strength,
						base,
						opts.baseReason?.(id),
						counted.length + weak.length,
						weak.length,
						attack,
						ix.supInStart[v + 1] - ix.supInStart[v],
						support,
						q.approximate[v] === 1,
						q.unsettled[v] === 1
					)
				: '',
			agreement: words ? agreementLine(kind, strength, base, weak.length, attack, support) : ''
		};
	}
	// A claim in an open clash: its strength as the range the clash can leave it (clash-strength.ts).
	const inWords = (v: number) => worded === true || (worded?.has(ix.ids[v]) ?? false);
	const exact = (v: number, pairs: Array<[number, number]>) => {
		const more = pairs.map(([w, l]) => [ix.ids[w], ix.ids[l]] as const);
		const again = applyJudgement(graph, {
			...judgement,
			prevails: [...(judgement.prevails ?? []), ...more]
		});
		const jx = indexGraph(again.graph);
		return dfquadIndexed(jx, opts).strength[v];
	};
	for (const [v, range] of clashStrengths(ix, q.strength, q.sccs, partners, inWords, opts, exact)) {
		const st = result[ix.ids[v]];
		st.clashStrength = range;
		st.strengthReason = clashStrengthLine(
			st.strength,
			range,
			partners[v].map((p) => ({
				name: quote(p),
				strength: q.strength[p],
				support: supportOn(ix, q.strength, p)
			})),
			st.support
		);
		st.agreement = '';
	}
	const openClashes: Array<[string, string]> = [];
	for (let v = 0; v < ix.n; v++)
		for (const p of partners[v]) if (v < p) openClashes.push([ix.ids[v], ix.ids[p]]);
	return { status: result, judgement: judged.report, openClashes };
}

function rejectedStatus(base: number): ClaimStatus {
	return {
		status: 'rejected',
		label: 'out',
		strength: 0,
		base,
		attack: 0,
		support: 0,
		approximate: false,
		settles: true,
		standingAttackers: [],
		weakAttackers: [],
		clash: [],
		judgedOver: [],
		change: { to: 'stand', ids: [], possible: false, exhaustive: true },
		changeReason: 'Take it off your ballot’s rejected claims and it counts again.',
		reason:
			'Rejected: your ballot judges it unconvincing, so its attacks and supports do not count.',
		strengthReason: 'Strength 0.00: rejected on your ballot, it counts for nothing.',
		agreement: ''
	};
}

/**
 * For each undecided claim, the claims it is in an open clash with: a different claim that
 * attacks it and that it attacks (counted attacks), itself undecided. Graph order.
 */
function clashPartners(ix: IndexedGraph, label: Uint8Array): number[][] {
	const out: number[][] = new Array(ix.n);
	for (let v = 0; v < ix.n; v++) {
		out[v] = [];
		if (label[v] !== UNDEC) continue;
		const attacks = distinct(ix.attOut, ix.attOutStart, v);
		for (const a of distinct(ix.attIn, ix.attInStart, v))
			if (a !== v && label[a] === UNDEC && attacks.includes(a)) out[v].push(a);
		out[v].sort((x, y) => x - y);
	}
	return out;
}

/** "you judged it over “B”", "you rejected “R”", or both. */
function judgedClause(over: ReadonlyArray<readonly [string, boolean]>): string {
	const q = (n: string) => `“${n}”`;
	const beat = over.filter(([, r]) => !r).map(([n]) => q(n));
	const rejected = over.filter(([, r]) => r).map(([n]) => q(n));
	const parts: string[] = [];
	if (beat.length) parts.push(`you judged it over ${list(beat, true)}`);
	if (rejected.length) parts.push(`you rejected ${list(rejected, true)}`);
	return parts.join(' and ');
}
/** Shared empties (most claims have no standing attacker, concession or clash): fewer allocations per recompute. */
const NONE: string[] = Object.freeze([]) as unknown as string[];
const idsOf = (ix: IndexedGraph, vs: number[]): string[] =>
	vs.length ? vs.map((a) => ix.ids[a]) : NONE;
const NOT_COMPUTED: Record<'stand' | 'fall', Decisive> = {
	stand: Object.freeze({ to: 'stand', ids: NONE, possible: false, exhaustive: false }) as Decisive,
	fall: Object.freeze({ to: 'fall', ids: NONE, possible: false, exhaustive: false }) as Decisive
};

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
	partners: number[][],
	nearest: () => Int32Array,
	v: number,
	kind: StatusKind,
	counted: number[],
	standing: number[],
	weak: number,
	quote: (v: number) => string,
	judged: string
): string {
	if (kind === 'unchallenged')
		return weak ? 'Unchallenged: only concessions attack it.' : 'Unchallenged: nothing attacks it.';
	if (kind === 'answered') {
		if (counted.length === 0) return `Holds: ${judged}.`;
		const also = judged ? `, and ${judged}` : '';
		const x = ix.att;
		const attacks = x.inStart[v + 1] - x.inStart[v];
		if (attacks === 1)
			return `Holds: its one attack, ${outOfForce(ix, label, x.list[x.inStart[v]], quote)}${also}.`;
		return `Holds: all ${attacks} attacks on it are answered${also}.`;
	}
	if (kind === 'unanswered') {
		// "stands unanswered" only for an attack nothing answers (review finding 8).
		const x = ix.att;
		const bare: number[] = [];
		const answered: number[] = [];
		for (let i = x.inStart[v]; i < x.inStart[v + 1]; i++) {
			const k = x.list[i];
			if (inForceNow(ix, label, k)) (isBare(x, k) ? bare : answered).push(k);
		}
		const clauses: string[] = [];
		const bareMembers: number[] = [];
		for (const k of bare) if (isPlain(x, k)) bareMembers.push(x.mem[x.memStart[k]]);
		if (bareMembers.length)
			clauses.push(
				`${list(bareMembers.map(quote))} ${bareMembers.length === 1 ? 'stands' : 'stand'} unanswered`
			);
		for (const k of bare)
			if (!isPlain(x, k)) clauses.push(`${together(ix, k, quote)} stand unanswered`);
		for (const k of answered.slice(0, NAMED))
			clauses.push(
				isPlain(x, k)
					? standsClause(ix, label, x.mem[x.memStart[k]], quote)
					: jointStandsClause(ix, label, k, quote)
			);
		if (answered.length > NAMED)
			clauses.push(`${answered.length - NAMED} more attacks stand, their answers falling`);
		return `Falls: ${clauses.join('; ')}.`;
	}
	if (kind === 'clash') {
		return `Open clash: ${quote(v)} and ${list(partners[v].map(quote))} attack each other, and the map cannot say which prevails; judge it.`;
	}
	return contestedLine(ix, label, partners, nearest, v, quote);
}

/**
 * Why a standing attacker stands: "“A” stands unanswered" only when nothing attacks it;
 * otherwise its answers exist and fall: "“A” stands: its answer “B” falls to “C”".
 */
function standsClause(
	ix: IndexedGraph,
	label: Uint8Array,
	a: number,
	quote: (v: number) => string
): string {
	const answers = distinct(ix.attIn, ix.attInStart, a);
	if (answers.length === 1) {
		const b = answers[0];
		const by = standingAgainst(ix, label, b);
		return `${quote(a)} stands: its answer ${quote(b)} falls to ${list(by.map(quote))}`;
	}
	return `${quote(a)} stands: its ${answers.length} answers, ${list(answers.map(quote))}, all fall`;
}

/* Undercuts and linked premises (structure.ts): an attack is an instance, in force while all
   its members stand and none of its undercutters does. With plain attacks only, these say
   exactly what the lines above said before. */

/** Whether counted attack instance k is in force under `label`. */
function inForceNow(ix: IndexedGraph, label: Uint8Array, k: number): boolean {
	const x = ix.att;
	for (let i = x.memStart[k]; i < x.memStart[k + 1]; i++) if (label[x.mem[i]] !== IN) return false;
	for (let i = x.undStart[k]; i < x.undStart[k + 1]; i++) if (label[x.und[i]] !== OUT) return false;
	return true;
}

/** No undercutter, and nothing attacks any member: an attack nothing answers. */
function isBare(x: IndexedGraph['att'], k: number): boolean {
	if (x.undStart[k + 1] !== x.undStart[k]) return false;
	for (let i = x.memStart[k]; i < x.memStart[k + 1]; i++)
		if (x.inStart[x.mem[i] + 1] !== x.inStart[x.mem[i]]) return false;
	return true;
}

/** The claims that stand against v: the members of its counted attacks in force. */
function standingAgainst(ix: IndexedGraph, label: Uint8Array, v: number): number[] {
	const x = ix.att;
	const out: number[] = [];
	for (let i = x.inStart[v]; i < x.inStart[v + 1]; i++) {
		const k = x.list[i];
		if (!inForceNow(ix, label, k)) continue;
		for (let j = x.memStart[k]; j < x.memStart[k + 1]; j++)
			if (!out.includes(x.mem[j])) out.push(x.mem[j]);
	}
	return out;
}

/** “A” and “B” together (a linked attack), or “A”. */
function together(ix: IndexedGraph, k: number, quote: (v: number) => string): string {
	const ms = membersOf(ix.att, k);
	return ms.length === 1 ? quote(ms[0]) : `${list(ms.map(quote), true)} together`;
}

/** Why attack k does not count: "“A”, is answered by “B”", "“A”, is undercut: …", "“A” and “B” together, …". */
function outOfForce(
	ix: IndexedGraph,
	label: Uint8Array,
	k: number,
	quote: (v: number) => string
): string {
	const ms = membersOf(ix.att, k);
	const unders = undercuttersOf(ix.att, k).filter((u) => label[u] === IN);
	if (unders.length)
		return `${together(ix, k, quote)}, does not count: ${list(unders.map(quote), true)} ${unders.length === 1 ? 'says' : 'say'} it does not show what it claims against this, and ${unders.length === 1 ? 'that stands' : 'they stand'}`;
	const out = ms.filter((m) => label[m] === OUT);
	if (ms.length === 1) {
		const by = standingAgainst(ix, label, ms[0]);
		return `${quote(ms[0])}, is answered by ${list(by.map(quote))}`;
	}
	const by = standingAgainst(ix, label, out[0]);
	return `${together(ix, k, quote)}, is answered: it needs ${quote(out[0])}, which falls to ${list(by.map(quote))}`;
}

/** Why a linked or undercut attack in force stands. */
function jointStandsClause(
	ix: IndexedGraph,
	label: Uint8Array,
	k: number,
	quote: (v: number) => string
): string {
	const ms = membersOf(ix.att, k);
	const verb = ms.length === 1 ? 'stands' : 'stand';
	const unders = undercuttersOf(ix.att, k);
	if (unders.length)
		return `${together(ix, k, quote)} ${verb}: ${list(unders.map(quote))}, which ${unders.length === 1 ? 'says' : 'say'} it does not count, ${unders.length === 1 ? 'falls' : 'all fall'}`;
	return `${together(ix, k, quote)} ${verb}: every answer to ${ms.length === 1 ? 'it' : 'them'} falls`;
}

/**
 * An undecided claim not itself in a clash has no standing attacker but at least one
 * undecided one. The most telling thing to name is the nearest open clash its attacks run
 * through, since judging that clash settles it; then any undecided attacker; a bare
 * self-attack only when nothing else explains it.
 */
function contestedLine(
	ix: IndexedGraph,
	label: Uint8Array,
	partners: number[][],
	nearest: () => Int32Array,
	v: number,
	quote: (v: number) => string
): string {
	const u = nearest()[v];
	if (u >= 0)
		return `Contested: it turns on the open clash between ${quote(u)} and ${quote(partners[u][0])}; judge that clash to settle it.`;
	const undecided = influencers(ix, v).filter((a) => a !== v && label[a] === UNDEC);
	if (undecided.length > 0) {
		const attacks = distinct(ix.attIn, ix.attInStart, v).includes(undecided[0]);
		return `Contested: ${quote(undecided[0])} ${attacks ? 'attacks it' : 'says an attack on it does not count'} and is itself unsettled, in a loop of attacks the map does not settle.`;
	}
	return 'Contested: it attacks itself, so it can be neither accepted nor rejected.';
}

/** Members and undercutters of the counted attacks on v (attackers first): whoever its label depends on. */
function influencers(ix: IndexedGraph, v: number): number[] {
	const out = distinct(ix.attIn, ix.attInStart, v);
	for (const k of instancesInto(ix.att, v))
		for (const u of undercuttersOf(ix.att, k)) if (!out.includes(u)) out.push(u);
	return out;
}

/**
 * For each undecided claim not itself in a clash, the nearest claim in an open clash up its
 * undecided attackers (-1 for none): one breadth-first pass down the attacks from every claim
 * in a clash, so naming it costs O(V + E) for the whole map, not per claim.
 */
function nearestClashes(ix: IndexedGraph, label: Uint8Array, partners: number[][]): Int32Array {
	const near = new Int32Array(ix.n).fill(-1);
	const queue: number[] = [];
	for (let v = 0; v < ix.n; v++)
		if (partners[v].length) {
			near[v] = v;
			queue.push(v);
		}
	for (let i = 0; i < queue.length; i++) {
		const u = queue[i];
		const reach = (w: number) => {
			if (near[w] < 0 && label[w] === UNDEC) {
				near[w] = near[u];
				queue.push(w);
			}
		};
		for (let e = ix.attOutStart[u]; e < ix.attOutStart[u + 1]; e++) reach(ix.attOut[e]);
		// An undecided undercutter leaves the attack it undercuts, and so its target, open too.
		const x = ix.att;
		for (let j = x.undercutsStart[u]; j < x.undercutsStart[u + 1]; j++)
			reach(x.target[x.undercuts[j]]);
	}
	return near;
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
	// Each number formatted once (toFixed is most of this line's cost at 10,000 claims).
	const start = `base ${n2(base)}${why ? ` (${why})` : ''}`;
	const shown = n2(strength);
	let line: string;
	if (!attacks && !supports)
		line = `Strength ${shown} is its ${start}: nothing attacks or supports it.`;
	else {
		const attackShown = n2(attack);
		const supportShown = n2(support);
		const attacksWord = `${count(attacks, 'attack')}${weak ? `, ${weak === attacks ? (weak === 1 ? 'a concession' : 'all concessions') : `${weak} of them conceded`}` : ''}`;
		const a = `${attacksWord} (combined ${attackShown})`;
		const s = `${count(supports, 'support')} (combined ${supportShown})`;
		if (Math.abs(attack - support) < EPS || attackShown === supportShown)
			// Equal as shown: never "raised because 1.00 outweighs 1.00".
			line = `Strength ${shown} stays at its ${start}: supports and attacks balance (${supportShown} vs ${attackShown}, from its ${count(supports, 'support')} and ${attacksWord}).`;
		else if (attack > support)
			line = `Strength ${shown}: from its ${start}, lowered because its ${a} ${attacks === 1 ? 'outweighs' : 'outweigh'} its ${s}.`;
		else
			line = `Strength ${shown}: from its ${start}, raised because its ${s} ${supports === 1 ? 'outweighs' : 'outweigh'} its ${a}.`;
	}
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
	if (kind === 'contested' || kind === 'clash')
		return 'Its strength is the balance of the attacks on it; the status says they are not settled either way.';
	return '';
}
