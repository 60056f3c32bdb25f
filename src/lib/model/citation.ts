/**
 * Citations for evidence, and the only path by which a source address becomes a link.
 * Imports only types from the schema, so pages that cite never ship zod.
 */
import type { Inferable, Source } from '$lib/schema';

/** A field that may be marked inferred, unwrapped with its flag and basis. */
export function inferredValue<T>(
	v: Inferable<T> | undefined
): { value: T; inferred: boolean; basis?: string } | undefined {
	if (v === undefined) return undefined;
	if (typeof v === 'object' && v !== null && 'inferred' in v)
		return { value: v.value, inferred: true, basis: v.basis };
	return { value: v as T, inferred: false };
}

/** Only http(s) addresses become links; anything else (javascript:, data:…) stays text. */
export function safeHref(url: string | undefined): string | undefined {
	if (!url) return undefined;
	try {
		const parsed = new URL(url);
		return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
	} catch {
		return undefined;
	}
}

export interface CitationPart {
	text: string;
	inferred?: string;
}

/** Authors. "Title." Container. Publisher, date. — with inferred values flagged. */
export function citationParts(source: Source): CitationPart[] {
	const parts: CitationPart[] = [];
	if (source.authors?.length) parts.push({ text: joinNames(source.authors) + '.' });
	parts.push({ text: `“${source.title}.”` });
	if (source.container) parts.push({ text: source.container + '.' });
	const publisher = inferredValue(source.publisher);
	if (publisher)
		parts.push({
			text: publisher.value + (publisher.inferred ? ' (inferred)' : '') + ',',
			inferred: publisher.basis
		});
	const date = inferredValue(source.date);
	if (date)
		parts.push({
			text: date.value + (date.inferred ? ' (inferred)' : '') + '.',
			inferred: date.basis
		});
	else parts.push({ text: 'n.d.' });
	return parts;
}

export function citationText(source: Source): string {
	return citationParts(source)
		.map((p) => p.text)
		.join(' ')
		.replace(/,$/, '.');
}

export function sourceUrl(source: Source): { href?: string; inferred: boolean } {
	const url = inferredValue(source.url);
	return { href: safeHref(url?.value), inferred: url?.inferred ?? false };
}

function joinNames(names: string[]): string {
	if (names.length <= 2) return names.join(' and ');
	return names.slice(0, -1).join(', ') + ', and ' + names[names.length - 1];
}

/**
 * A quote in quotation marks, unless the source's own words already open and close
 * with them (a quoted slogan), which would otherwise print doubled: ““…””.
 */
export function quoted(quote: string): string {
	return /^["“‘'].*["”’']$/s.test(quote.trim()) ? quote : `“${quote}”`;
}
