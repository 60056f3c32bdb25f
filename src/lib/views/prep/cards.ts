/**
 * Debate cards: the unit debaters file and read from. Each is one quote with the
 * tag line that says what it proves and a citation full enough to be checked.
 */
import type { Debate } from '$lib/model/types';
import { citationText, sourceUrl } from '$lib/model/citation';
import { claimTitle, speakerName } from '$lib/model/labels';
import type { ClaimRef, Line, SidePrep } from './lines';

export interface Card {
	/** Unique within a debate: claim id and evidence index. */
	key: string;
	claimId: string;
	tag: string;
	claimText: string;
	speaker: string;
	citation: string;
	/** Only ever an http(s) address (see safeHref). */
	url?: string;
	urlInferred: boolean;
	locator: string;
	quote: string;
}

export function claimCards(debate: Debate, id: string): Card[] {
	const claim = debate.claims[id];
	if (!claim) return [];
	return (claim.evidence ?? []).map((ev, i) => {
		const source = debate.sources[ev.source];
		const url = source ? sourceUrl(source) : { href: undefined, inferred: false };
		return {
			key: `${id}#${i}`,
			claimId: id,
			tag: claimTitle(claim),
			claimText: claim.text,
			speaker: speakerName(debate, claim),
			citation: source ? citationText(source) : ev.source,
			url: url.href,
			urlInferred: url.inferred,
			locator: ev.locator,
			quote: ev.quote
		};
	});
}

/** Every card of a side, line by line: the line, then its supporters; each claim once. */
export function sideCards(debate: Debate, prep: SidePrep): Card[] {
	const seen = new Set<string>();
	const out: Card[] = [];
	for (const line of prep.lines) {
		for (const c of [line, ...line.supporters]) {
			if (seen.has(c.id)) continue;
			seen.add(c.id);
			out.push(...claimCards(debate, c.id));
		}
	}
	return out;
}

export interface BriefAnswer {
	claim: ClaimRef;
	cards: Card[];
}

export interface BriefAttack {
	claim: ClaimRef;
	text: string;
	speaker: string;
	/** The claims of this line it attacks. */
	targets: ClaimRef[];
	answers: BriefAnswer[];
}

export interface BriefSection {
	line: Line;
	/** Cards for the line and for each supporter, in that order. */
	claims: Array<{ claim: ClaimRef; text: string; speaker: string; cards: Card[] }>;
	/** Attacks on the line or its supporters, each once, strongest first. */
	attacks: BriefAttack[];
}

export function briefSections(debate: Debate, prep: SidePrep): BriefSection[] {
	return prep.lines.map((line) => {
		const members = [line, ...line.supporters];
		const attacks = new Map<string, BriefAttack>();
		for (const member of members) {
			for (const a of member.attacks) {
				let entry = attacks.get(a.claim.id);
				if (!entry) {
					const claim = debate.claims[a.claim.id];
					entry = {
						claim: a.claim,
						text: claim.text,
						speaker: speakerName(debate, claim),
						targets: [],
						answers: a.answers.map((ans) => ({ claim: ans, cards: claimCards(debate, ans.id) }))
					};
					attacks.set(a.claim.id, entry);
				}
				entry.targets.push(member);
			}
		}
		return {
			line,
			claims: members.map((m) => ({
				claim: m,
				text: debate.claims[m.id].text,
				speaker: speakerName(debate, debate.claims[m.id]),
				cards: claimCards(debate, m.id)
			})),
			attacks: [...attacks.values()].sort(
				(a, b) =>
					b.claim.status.strength - a.claim.status.strength || (a.claim.id < b.claim.id ? -1 : 1)
			)
		};
	});
}
