/**
 * The same claim filed twice: the same text (ignoring case, punctuation and spacing), or a
 * reworded copy: the same quote answering the same claim in the same way, with text that
 * shares most of its words. (One quote may well back two different claims; that is not a
 * copy.) A warning, so a reviewer sees it on the pull request.
 */
import { RELATIONS } from '$lib/schema';
import { slugWords } from '$lib/shared/text';
import { normalizeQuote } from '../../quote-text';
import type { Problem } from '../../problem';
import { rule, type Rule } from '../rule';
import { itemsOf, type DebateIndex } from './context';

type Claims = DebateIndex['claims'];

const textKey = (text: string) => slugWords(text).join(' ');
const quoteKey = (quote: string) => normalizeQuote(quote).toLowerCase();

/** Shared words over all words: 1 for the same words, 0 for none in common. */
function overlap(a: string, b: string): number {
	const x = new Set(slugWords(a));
	const y = new Set(slugWords(b));
	let both = 0;
	for (const w of x) if (y.has(w)) both++;
	return both / Math.max(1, x.size + y.size - both);
}
/** A reworded copy keeps at least this share of the words. */
const REWORDED = 0.6;

const r: Rule<DebateIndex> = rule<DebateIndex>({
	code: 'duplicate-claim',
	severity: 'warning',
	layer: 'cross-file',
	description:
		'Two claims have the same text, or nearly the same text and the same quote supporting (or attacking) the same claim; the warning names the other file.',
	check(d) {
		const out: Problem[] = [];
		const live: Claims = d.claims.filter((c) => !c.moved && c.data);
		const firstByText = new Map<string, Claims[number]>();
		const sameText = new Set<string>();
		for (const c of live) {
			const text = c.data!.text;
			if (typeof text !== 'string' || !textKey(text)) continue;
			const key = textKey(text);
			const first = firstByText.get(key);
			if (!first) firstByText.set(key, c);
			else {
				for (const [a, b] of [
					[first, c],
					[c, first]
				])
					if (!sameText.has(a.path)) {
						sameText.add(a.path);
						out.push(
							r.at(
								a.path,
								a.locate(['text']),
								`Claim "${a.id}" has the same text as ${b.path}.`,
								'If they are one claim, keep one file and point the other’s replies at it; if they differ, word them so the difference shows.'
							)
						);
					}
			}
		}
		// Same words quoted to answer the same claim: a copy with reworded text.
		const firstByQuote = new Map<string, { c: Claims[number]; i: number }>();
		const reported = new Set<string>();
		for (const c of live) {
			if (sameText.has(c.path)) continue;
			const answers = RELATIONS.flatMap((rel) =>
				itemsOf(c.data![rel], (t) => t).map(([t]) => ({ rel, target: t }))
			);
			for (const [quote, i] of itemsOf(c.data!.evidence, (e) => e.quote))
				for (const { rel, target } of answers) {
					const key = `${rel}:${target}\n${quoteKey(quote)}`;
					const first = firstByQuote.get(key);
					if (!first) {
						firstByQuote.set(key, { c, i });
						continue;
					}
					if (first.c.path === c.path) continue;
					const [ta, tb] = [first.c.data!.text, c.data!.text];
					if (typeof ta !== 'string' || typeof tb !== 'string' || overlap(ta, tb) < REWORDED)
						continue;
					for (const [a, ai, b] of [
						[first.c, first.i, c],
						[c, i, first.c]
					] as const)
						if (!reported.has(a.path) && !sameText.has(a.path)) {
							reported.add(a.path);
							out.push(
								r.at(
									a.path,
									a.locate(['evidence', ai, 'quote']),
									`Claim "${a.id}" quotes the same words as ${b.path} to ${rel === 'supports' ? 'support' : 'attack'} the same claim "${target}".`,
									'If they are one claim, keep one file; if they make different points, give each the words that back it.'
								)
							);
						}
				}
		}
		return out;
	}
});
export default r;
