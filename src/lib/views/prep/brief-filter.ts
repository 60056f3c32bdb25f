/**
 * The brief's chooser: which lines, speakers and sources a printed brief includes, kept in
 * the address (?lines=…&speakers=…&sources=…) so a teacher can share the exact brief; and its
 * layout: cards numbered in reading order, each printed in full once (a claim that answers
 * two attacks is a reference the second time). Pure, so the page can apply both in the
 * browser to the brief the server prepared.
 */
import type { Brief, BriefAttack, Card } from './cards';

/** Ids to keep; an empty list keeps everything. */
export interface BriefChoice {
	lines: string[];
	speakers: string[];
	sources: string[];
}

export const ALL: BriefChoice = { lines: [], speakers: [], sources: [] };
const KEYS = ['lines', 'speakers', 'sources'] as const;

export function parseChoice(params: URLSearchParams): BriefChoice {
	const list = (k: string) =>
		(params.get(k) ?? '')
			.split(',')
			.map((s) => s.trim())
			.filter(Boolean);
	return { lines: list('lines'), speakers: list('speakers'), sources: list('sources') };
}

/** Writes the choice into `params` (removing what keeps everything); returns it for chaining. */
export function writeChoice(params: URLSearchParams, choice: BriefChoice): URLSearchParams {
	for (const k of KEYS) {
		if (choice[k].length) params.set(k, choice[k].join(','));
		else params.delete(k);
	}
	return params;
}

export function isEverything(choice: BriefChoice): boolean {
	return KEYS.every((k) => choice[k].length === 0);
}

/** The brief with only what the choice keeps: a card needs a chosen speaker and a quote from a chosen source. */
export function chosenBrief(b: Brief, choice: BriefChoice): Brief {
	const speakers = new Set(choice.speakers);
	const sources = new Set(choice.sources);
	const lines = new Set(choice.lines);
	const keep = (c: Card): Card | undefined => {
		if (speakers.size && !c.people.some((p) => speakers.has(p))) return undefined;
		if (!sources.size) return c;
		const quotes = c.quotes.filter((q) => sources.has(q.source));
		return quotes.length ? { ...c, quotes } : undefined;
	};
	const cards = (cs: Card[]) => cs.map(keep).filter((c): c is Card => !!c);
	const attack = (a: BriefAttack): BriefAttack | undefined => {
		const card = keep(a.card);
		if (!card) return undefined;
		return { ...a, card, authorAnswers: cards(a.authorAnswers), answers: cards(a.answers) };
	};
	const attacks = (as: BriefAttack[]) => as.map(attack).filter((a): a is BriefAttack => !!a);
	return {
		...b,
		sections: b.sections.flatMap((s) => {
			if (lines.size && !lines.has(s.line.id)) return [];
			const line = keep(s.line);
			if (!line) return [];
			return [{ line, supporters: cards(s.supporters), attacks: attacks(s.attacks) }];
		}),
		raised: attacks(b.raised)
	};
}

/** A card's place in the printed brief: its number, and whether it was printed in full earlier. */
export interface Slot {
	n: number;
	repeat: boolean;
	card: Card;
}

/** Numbers every card in the order the brief prints them; later copies become references. */
export function numberBrief(b: Brief): Brief<Slot> {
	const numbers = new Map<string, number>();
	const slot = (card: Card): Slot => {
		const seen = numbers.get(card.id);
		if (seen !== undefined) return { n: seen, repeat: true, card };
		const n = numbers.size + 1;
		numbers.set(card.id, n);
		return { n, repeat: false, card };
	};
	const attack = (a: BriefAttack): BriefAttack<Slot> => {
		const card = slot(a.card);
		return {
			...a,
			card,
			authorAnswers: a.authorAnswers.map(slot),
			answers: a.answers.map(slot)
		};
	};
	return {
		...b,
		sections: b.sections.map((s) => {
			const line = slot(s.line);
			const supporters = s.supporters.map(slot);
			return { line, supporters, attacks: s.attacks.map(attack) };
		}),
		raised: b.raised.map(attack)
	};
}
