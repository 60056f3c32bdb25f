/** What the quote rules read: the claims (as far as valid), the source texts given, and the source files. */
import type { ClaimInput } from '../claim/context';
import type { Located } from '../cross-file/context';

export interface QuoteInput {
	claims: ClaimInput[];
	/** Source id → full text. */
	texts: Record<string, string>;
	sources: Located[];
}

export function textOf(texts: Record<string, string>, id: string): string | undefined {
	return Object.prototype.hasOwnProperty.call(texts, id) ? texts[id] : undefined;
}

/** Each evidence item whose source and quote are readable, with its index. */
export function quotesOf(c: ClaimInput): Array<{ source: string; quote: string; i: number }> {
	const out: Array<{ source: string; quote: string; i: number }> = [];
	(c.data.evidence ?? []).forEach((e, i) => {
		if (typeof e?.source === 'string' && typeof e.quote === 'string')
			out.push({ source: e.source, quote: e.quote, i });
	});
	return out;
}
