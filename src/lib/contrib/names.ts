/**
 * Names that could pass for a published author's. A student's own claim appears under a name
 * of their choosing, so that name must not read as an author's: not the same name in other
 * letters ("Bеnjamin Self" with a Cyrillic е, "Ｂｅｎ Self"), with a title ("Prof. Benjamin
 * Self"), in part ("Self", "Ben Self", "B. Self"), or with more around it ("Benjamin Self Jr").
 * Names are compared after Unicode compatibility folding, with accents, case and punctuation
 * ignored, and through the Unicode confusables skeleton (UTS #39, the `unhomoglyph` package),
 * with titles and honorifics left out. Pure, browser-safe.
 */
import unhomoglyph from 'unhomoglyph';
import { rule } from '$lib/validate/rules/rule';

export const LOOKALIKE_NAME = rule({
	code: 'lookalike-name',
	severity: 'error',
	layer: 'cross-file',
	description:
		'A student’s chosen name could pass for a published author’s (other letters, a title, part of the name), or a new speaker is one the debate has, written otherwise.'
});

const TITLE_WORDS = (
	'mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend hon honourable ' +
	'honorable gen general col colonel adm admiral capt captain maj major lt sgt amb ambassador ' +
	'president minister senator sen rep gov governor mp phd jr sr ii iii esq san sama sensei ' +
	'kun chan'
).split(' ');

type Variant = (s: string) => string;

/** Each way of folding a name; two names meet when they meet under any one of them. */
const VARIANTS: Variant[] = [
	(s) => s.toLowerCase(),
	// The skeleton is case-sensitive ("I" and "l" meet, "i" does not): fold case before and after.
	(s) => unhomoglyph(s.toLowerCase()).toLowerCase(),
	(s) => unhomoglyph(s).toLowerCase(),
	// Capitals have lookalikes of their own (Greek "ΒΕΝ"): compare in capitals too.
	(s) => unhomoglyph(s.toUpperCase()).toLowerCase()
];

const plain = (s: string) =>
	s
		.normalize('NFKC')
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '');

function tokensOf(name: string, v: Variant, titles: Set<string>): string[] {
	return v(plain(name))
		.split(/[^\p{L}\p{N}]+/u)
		.filter((t) => t && !titles.has(t));
}

const TITLES = VARIANTS.map((v) => new Set(TITLE_WORDS.map((t) => v(t))));

/** Whether a contributor's chosen name could pass for `published`, under one folding. */
function passesFor(mine: string[], theirs: string[]): boolean {
	if (!mine.length || !theirs.length) return false;
	if (mine.join('') === theirs.join('')) return true;
	// The whole name with more around it.
	if (theirs.every((t) => mine.includes(t))) return true;
	// Part of the name: every word of mine is one of theirs, its initial, or its start.
	const free = [...theirs];
	return mine.every((m) => {
		const i = free.findIndex(
			(t) => t === m || (m.length === 1 && t.startsWith(m)) || (m.length >= 3 && t.startsWith(m))
		);
		if (i < 0) return false;
		free.splice(i, 1);
		return true;
	});
}

/** The published name a contributor's chosen name could pass for, or undefined. */
export function lookalikeOf(name: string, published: readonly string[]): string | undefined {
	return published.find((p) =>
		VARIANTS.some((v, i) => passesFor(tokensOf(name, v, TITLES[i]), tokensOf(p, v, TITLES[i])))
	);
}

/** The same speaker's name written otherwise (other letters, a title): for a new published speaker. */
export function sameNameAs(name: string, known: readonly string[]): string | undefined {
	return known.find((p) =>
		VARIANTS.some((v, i) => {
			const a = tokensOf(name, v, TITLES[i]);
			const b = tokensOf(p, v, TITLES[i]);
			return a.length > 0 && a.join(' ') === b.join(' ');
		})
	);
}
