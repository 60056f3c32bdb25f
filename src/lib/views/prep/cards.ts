/**
 * Debate cards and the brief they make: one card per claim with every quote behind it,
 * each quote cited by who said it and where (speaker, piece, publisher, date, paragraph),
 * so a card read aloud never puts one author's words in another's mouth. Computed on the
 * server from the side's prep; the brief page gets only this.
 */
import type { ClaimRole, Evidence, Side } from '$lib/schema';

export { quoteWho } from '$lib/model/labels';
import type { DebateGraph } from '$lib/model/graph';
import type { ClaimRecord, Debate } from '$lib/model/types';
import { inferredValue, sourceUrl } from '$lib/model/citation';
import { attribution, claimTitle, peopleOf, personName, quoteWho, roleOf } from '$lib/model/labels';
import type { StatusKind } from '$lib/model/status';
import type { ClaimStatus } from '$lib/evaluate/debate-status';
import { sidePrep, type AttackItem, type SidePrep } from './lines';
import { joinNames } from '$lib/model/structure-words';

export interface QuoteCite {
	source: string;
	quote: string;
	/** Who said the quoted words: "Benjamin Self", "Shinzo Abe, as quoted by Tetsuo Kotani". */
	who: string;
	/** The piece: “Title.” Publisher, date. */
	where: string;
	locator: string;
	/** Only ever an http(s) address (see safeHref). */
	url?: string;
	urlInferred: boolean;
}

/** What a card shows of a claim's status. */
export interface CardStatus {
	status: StatusKind;
	reason: string;
	strength: number;
	approximate: boolean;
}

export interface Card {
	id: string;
	tag: string;
	text: string;
	/** Who argues it, role included. */
	who: string;
	role: ClaimRole;
	status: CardStatus;
	/** People ids a speaker filter matches: its speaker, and who raised or reported it. */
	people: string[];
	quotes: QuoteCite[];
}

/** The brief's shapes hold cards (C = Card), or numbered slots once laid out (see brief-filter.ts). */
export interface BriefAttack<C = Card> {
	card: C;
	/** Titles of this side's claims it attacks. */
	targets: string[];
	/** "Raised by …" / "Conceded by …" when it is not its author's own case. */
	raisedBy?: string;
	authorAnswers: C[];
	answers: C[];
	/** Undercuts and linked attacks in words: "Says it does not show “T”", "Only together with “B”". */
	notes?: string[];
}

export interface BriefSection<C = Card> {
	line: C;
	supporters: C[];
	/** Attacks on the line or its supporters, each once, in reading order. */
	attacks: BriefAttack<C>[];
}

export interface Brief<C = Card> {
	side: Side;
	sections: BriefSection<C>[];
	/** Points for this side that their authors raise or concede in order to answer them. */
	raised: BriefAttack<C>[];
	/** What the chooser offers: every line, every speaker and every source in the brief. */
	options: {
		lines: Array<{ id: string; title: string; who: string }>;
		speakers: Array<{ id: string; name: string }>;
		/** With the piece in full and its address, for the list of sources the brief ends with. */
		sources: Array<{
			id: string;
			title: string;
			where: string;
			url?: string;
			urlInferred: boolean;
		}>;
	};
}

/**
 * “Title.” Publisher, date. — the piece, with inferred values flagged; with `full`, its
 * container too (“…” Debating Japan Vol. 3 Issue 3. CSIS Japan Chair, 2020.), as the list of
 * sources gives it. Cards use the short form: the list gives the rest once.
 */
export function pieceText(debate: Pick<Debate, 'sources'>, sourceId: string, full = false): string {
	const source = debate.sources[sourceId];
	if (!source) return sourceId;
	const parts = [`“${source.title}.”`];
	if (full && source.container) parts.push(`${source.container}.`);
	const publisher = inferredValue(source.publisher);
	const date = inferredValue(source.date);
	const pub = publisher ? `${publisher.value}${publisher.inferred ? ' (inferred)' : ''}` : '';
	const when = date ? `${date.value}${date.inferred ? ' (inferred)' : ''}` : 'n.d.';
	parts.push(`${[pub, when].filter(Boolean).join(', ')}.`);
	return parts.join(' ');
}

export function quoteCite(debate: Debate, claim: ClaimRecord, ev: Evidence): QuoteCite {
	const source = debate.sources[ev.source];
	const url = source ? sourceUrl(source) : { href: undefined, inferred: false };
	return {
		source: ev.source,
		quote: ev.quote,
		who: quoteWho(debate, claim, ev),
		where: pieceText(debate, ev.source),
		locator: ev.locator,
		url: url.href,
		urlInferred: url.inferred
	};
}

export function cardStatus(s: ClaimStatus): CardStatus {
	return { status: s.status, reason: s.reason, strength: s.strength, approximate: s.approximate };
}

export function claimCard(debate: Debate, status: Record<string, ClaimStatus>, id: string): Card {
	const claim = debate.claims[id];
	return {
		id,
		tag: claimTitle(claim),
		text: claim.text,
		who: attribution(debate, claim),
		role: roleOf(claim),
		status: cardStatus(status[id]),
		people: peopleOf(claim),
		quotes: (claim.evidence ?? []).map((ev) => quoteCite(debate, claim, ev))
	};
}

function briefAttack(
	card: (id: string) => Card,
	item: AttackItem,
	targets: string[] = []
): BriefAttack {
	const notes = attackNotes(item);
	return {
		card: card(item.claim.id),
		targets,
		raisedBy: item.raisedBy,
		authorAnswers: item.authorAnswers.map((a) => card(a.id)),
		// An undercut of the attack answers it too: it says the attack does not count.
		answers: [...item.answers, ...item.undercutBy].map((a) => card(a.id)),
		...(notes.length ? { notes } : {})
	};
}

/** What an attack item's undercuts and group say, in the words every page uses. */
export function attackNotes(item: AttackItem): string[] {
	const q = (r: { title: string }) => `“${r.title}”`;
	const notes: string[] = [];
	if (item.undercut)
		notes.push(
			`Undercut: it says ${q(item.undercut.of)} ${item.undercut.verb} ${q(item.undercut.to)}`
		);
	if (item.together.length) notes.push(`Only together with ${joinNames(item.together.map(q))}`);
	if (item.undercutBy.length)
		notes.push(
			`${joinNames(item.undercutBy.map(q))} ${item.undercutBy.length === 1 ? 'says' : 'say'} it does not count against this claim`
		);
	return notes;
}

export function brief(
	debate: Debate,
	graph: DebateGraph,
	side: Side,
	status: Record<string, ClaimStatus>,
	prep: SidePrep = sidePrep(debate, graph, side, status)
): Brief {
	const cache = new Map<string, Card>();
	const card = (id: string) => {
		let c = cache.get(id);
		if (!c) cache.set(id, (c = claimCard(debate, status, id)));
		return c;
	};
	const sections = prep.lines.map((line): BriefSection => {
		const attacks = new Map<string, { item: AttackItem; targets: string[] }>();
		for (const member of [line, ...line.supporters]) {
			for (const a of member.attacks) {
				const entry = attacks.get(a.claim.id) ?? { item: a, targets: [] };
				entry.targets.push(member.title);
				attacks.set(a.claim.id, entry);
			}
		}
		return {
			line: card(line.id),
			supporters: line.supporters.map((s) => card(s.id)),
			attacks: [...attacks.values()]
				.sort((a, b) => a.item.claim.order - b.item.claim.order)
				.map(({ item, targets }) => briefAttack(card, item, targets))
		};
	});
	const raised = prep.raised.map((item) => briefAttack(card, item));

	const cards = [...cache.values()];
	const people = new Set(cards.flatMap((c) => c.people));
	const sources = new Set(cards.flatMap((c) => c.quotes.map((q) => q.source)));
	return {
		side,
		sections,
		raised,
		options: {
			lines: prep.lines.map((l) => ({ id: l.id, title: l.title, who: l.who })),
			speakers: [...people]
				.map((id) => ({ id, name: personName(debate, id) }))
				.sort((a, b) => a.name.localeCompare(b.name)),
			sources: [...sources]
				.filter((id) => debate.sources[id])
				.map((id) => {
					const url = sourceUrl(debate.sources[id]);
					return {
						id,
						title: debate.sources[id].title,
						where: pieceText(debate, id, true),
						url: url.href,
						urlInferred: url.inferred
					};
				})
				.sort((a, b) => a.title.localeCompare(b.title))
		}
	};
}
