/** Every quote occurs word for word in its source's text. */
import type { Problem } from '../../problem';
import { closestPassage, containsQuote, normalizeQuote } from '../../quote-text';
import { rule, type Rule } from '../rule';
import { quotesOf, textOf, type QuoteInput } from './context';

function clip(s: string, max = 300): string {
	return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

const r: Rule<QuoteInput> = rule<QuoteInput>({
	code: 'quote-not-found',
	severity: 'error',
	layer: 'quotes',
	description:
		'An evidence quote does not occur in its source’s text (only spacing, quote marks, dashes and the first letter’s case may differ). Needs `--sources`.',
	check({ claims, texts }) {
		const out: Problem[] = [];
		const normalised = new Map<string, string>();
		const norm = (id: string) => {
			let n = normalised.get(id);
			if (n === undefined) normalised.set(id, (n = normalizeQuote(textOf(texts, id) ?? '')));
			return n;
		};
		for (const c of claims)
			for (const { source, quote, i } of quotesOf(c)) {
				const text = textOf(texts, source);
				if (text === undefined) continue;
				const q = normalizeQuote(quote);
				if (containsQuote(norm(source), q)) continue;
				const elsewhere = Object.keys(texts).find(
					(id) => id !== source && containsQuote(norm(id), q)
				);
				const near = elsewhere ? undefined : closestPassage(quote, text);
				out.push(
					r.at(
						c.path,
						c.locate(['evidence', i, 'quote']),
						`evidence[${i}].quote does not occur in the text of source "${source}".`,
						elsewhere
							? `It occurs in the text of source "${elsewhere}": write "source: ${elsewhere}" for this quote.`
							: (near
									? `Closest passage (${Math.round(near.similarity * 100)}% alike): "${clip(near.passage)}". `
									: '') +
									'Quote the source word for word; only spacing, quote marks, dashes and the case of the first letter may differ.'
					)
				);
			}
		return out;
	}
});
export default r;
