/**
 * What to call a claim and who argues it: the one rule for a claim's title, its speaker and
 * its role in the source ("Raised by Grant Newsham", "Reported by Reuters", "Conceded by
 * Benjamin Self"), used by the map, the outline, claim pages, prep, brief, drill, the PR
 * comment and the CLI alike, and the one rule for whose case a claim is, which the status
 * rules use (see src/lib/evaluate/debate-status.ts).
 */
import type { ClaimRole, Evidence } from '$lib/schema';
import { shorten } from '$lib/shared/text';
import { inferredValue } from './citation';
import type { ClaimRecord, Debate } from './types';

export function claimTitle(claim: ClaimRecord): string {
	return claim.label ?? shorten(claim.text, 90);
}

/**
 * What marks a contributor wherever a speaker is named: "student" (a person) or "class" (the
 * class speaking as one), so a student's claim never reads like a published author's.
 */
export function contributorMark(p: {
	kind?: 'person' | 'organisation';
	contributor?: true;
}): string | undefined {
	if (p.contributor !== true) return undefined;
	return p.kind === 'organisation' ? 'class' : 'student';
}

/** A speaker's name as shown: "Benjamin Self"; a contributor's with its mark, "Aiko (student)". */
export function displayName(p: {
	name: string;
	kind?: 'person' | 'organisation';
	contributor?: true;
}): string {
	const mark = contributorMark(p);
	return mark ? `${p.name} (${mark})` : p.name;
}

/** A person's name by id as shown (displayName), or the id itself when there is no such file. */
export function personName(debate: Pick<Debate, 'people'>, id: string): string {
	const p = Object.hasOwn(debate.people, id) ? debate.people[id] : undefined;
	return p ? displayName(p) : id;
}

/**
 * Who holds the claim. A raised objection with no named holder is shown by who raised it
 * ("Raised by Grant Newsham"), never as that author's own claim.
 */
export function speakerName(debate: Pick<Debate, 'people'>, claim: ClaimRecord): string {
	if (!claim.speaker) {
		if (roleOf(claim) === 'raised' && claim.by) return `Raised by ${personName(debate, claim.by)}`;
		return claim.kind === 'thesis' ? 'Resolution' : 'Unattributed';
	}
	return personName(debate, claim.speaker);
}

export function roleOf(claim: Pick<ClaimRecord, 'role'>): ClaimRole {
	return claim.role ?? 'asserted';
}

/**
 * Whose case the claim belongs to, for the status rules: its speaker when asserted or
 * reported; for a raised objection, the holder the source names (never the author who
 * raises it), else nobody; nobody for a concession, a point granted to the other side.
 */
export function caseOwner(claim: ClaimRecord): string | undefined {
	const role = roleOf(claim);
	if (role === 'conceded') return undefined;
	if (role === 'raised')
		return claim.speaker && claim.speaker !== claim.by ? claim.speaker : undefined;
	return claim.speaker;
}

/** Who puts the claim forward in the source: the raiser or reporter, else its speaker. */
export function authorOf(claim: ClaimRecord): string | undefined {
	const role = roleOf(claim);
	return (role === 'raised' || role === 'reported') && claim.by ? claim.by : claim.speaker;
}

/** Everyone a claim is attributed to, holder and author: what a speaker filter matches. */
export function peopleOf(claim: ClaimRecord): string[] {
	return [...new Set([claim.speaker, claim.by].filter((x): x is string => !!x))];
}

/** The role in words, for a badge or a line under the claim; undefined when simply asserted. */
export function roleLine(debate: Pick<Debate, 'people'>, claim: ClaimRecord): string | undefined {
	const role = roleOf(claim);
	if (role === 'raised' && claim.by) return `Raised by ${personName(debate, claim.by)}`;
	if (role === 'reported' && claim.by) return `Reported by ${personName(debate, claim.by)}`;
	if (role === 'conceded' && claim.speaker)
		return `Conceded by ${personName(debate, claim.speaker)}`;
	if (role === 'raised') return 'Raised to be answered';
	if (role === 'conceded') return 'Conceded';
	return undefined;
}

/**
 * The attribution every listed claim carries: "Ada Ortiz"; "Raised by Grant Newsham" (with
 * "for Business" when the source names whose view it is); "Conceded by Benjamin Self";
 * "Teachers in the pilot, reported by Valley Gazette".
 */
export function attribution(debate: Pick<Debate, 'people'>, claim: ClaimRecord): string {
	const role = roleOf(claim);
	if (role === 'raised' && claim.by) {
		const holder = caseOwner(claim);
		return `Raised by ${personName(debate, claim.by)}${holder ? `, as the view of ${personName(debate, holder)}` : ''}`;
	}
	if (role === 'reported' && claim.by && claim.speaker)
		return `${personName(debate, claim.speaker)}, reported by ${personName(debate, claim.by)}`;
	if (role === 'conceded' && claim.speaker)
		return `Conceded by ${personName(debate, claim.speaker)}`;
	return speakerName(debate, claim);
}

/**
 * Who wrote the quoted words: the source's author whose name the locator's part names
 * ("Self, para. 4" → "Benjamin Self"), its only author, or else its publisher. Undefined
 * when the source says none of these.
 */
export function quoteAuthor(debate: Pick<Debate, 'sources'>, ev: Evidence): string | undefined {
	const source = debate.sources[ev.source];
	if (!source) return undefined;
	const authors = source.authors ?? [];
	const comma = ev.locator.indexOf(',');
	const part = comma > 0 ? ev.locator.slice(0, comma).trim().toLowerCase() : undefined;
	if (part) {
		const named = authors.find((a) => a.toLowerCase().split(/\s+/).includes(part));
		if (named) return named;
	}
	if (authors.length === 1) return authors[0];
	if (authors.length === 0 && source.publisher) {
		const p = source.publisher;
		return typeof p === 'string' ? p : p.value;
	}
	return undefined;
}

const same = (a: string | undefined, b: string | undefined) =>
	!!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

/** Who said a claim's quote, in words: the claim's speaker, and the author when they differ. */
export function quoteWho(
	debate: Pick<Debate, 'people' | 'sources'>,
	claim: ClaimRecord,
	ev: Evidence
): string {
	const role = roleOf(claim);
	const speaker = claim.speaker ? personName(debate, claim.speaker) : undefined;
	const by = claim.by ? personName(debate, claim.by) : undefined;
	const author = quoteAuthor(debate, ev);
	// A student's or class's own claim quotes a source for support: the words are the source's.
	const holder = claim.speaker && Object.hasOwn(debate.people, claim.speaker);
	if (holder && debate.people[claim.speaker!].contributor) {
		const source = debate.sources[ev.source];
		return author ?? inferredValue(source?.publisher)?.value ?? source?.title ?? 'Unattributed';
	}
	if (role === 'raised') return `Raised by ${by ?? author ?? 'its author'}`;
	// The words are the reporting piece's: its own author reports, whoever `by` names overall.
	if (role === 'reported' && (author || by) && !same(speaker, author))
		return `${speaker ?? 'Unattributed'}, as reported by ${author ?? by}`;
	const source = debate.sources[ev.source];
	const publisher = inferredValue(source?.publisher)?.value;
	const base = speaker ?? author ?? 'Unattributed';
	const who = role === 'conceded' ? `${base}, conceding` : base;
	if (!speaker || !author || same(speaker, author) || same(speaker, publisher)) return who;
	return `${who}, as quoted by ${author}`;
}

/** Every claim's id and title: the small index the 404 page, ids.json and the form share. */
export function claimIndex(debate: Debate): Array<{ id: string; title: string }> {
	return Object.values(debate.claims).map((c) => ({ id: c.id, title: claimTitle(c) }));
}
