/**
 * Undercuts and linked premises in words, the same on every page that names them (claim
 * pages, the map's panel and column view, prep, the brief, the PR diff): an undercut "says
 * X does not show Y" (of a support) or "says X does not count against Y" (of an attack); a
 * linked group supports or attacks "only together". Pure: callers pass the names to use.
 */
import type { Relation } from '$lib/vocabulary';

/** "does not show" / "does not count against": what an undercut denies of a relation. */
export function undercutVerb(relation: Relation): string {
	return relation === 'supports' ? 'does not show' : 'does not count against';
}

/** "“U” says “X” does not show “Y”", with each name as given (already quoted or marked up by the caller). */
export function undercutSentence(by: string, from: string, relation: Relation, to: string): string {
	return `${by} says ${from} ${undercutVerb(relation)} ${to}`;
}

/** "“A”, “B” and “C”": names joined for a sentence. */
export function joinNames(names: string[]): string {
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "supports “T” only together with “B”" for a member of a linked group. */
export function togetherPhrase(relation: Relation, to: string, others: string[]): string {
	return `${relation} ${to} only together with ${joinNames(others)}`;
}

/** "“A” and “B” together" for a linked group as one reply. */
export function togetherName(members: string[]): string {
	return `${joinNames(members)} together`;
}
