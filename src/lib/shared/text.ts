/**
 * String utilities every layer uses: the one slug normalisation (and the one `slugify`), the
 * one word-boundary cut, and edit distance for "did you mean". The bottom of the pipeline:
 * imports nothing.
 */

/**
 * Words of a text as an id would spell them: accents folded, lowercase, apostrophes
 * dropped ("Japan's" → "japans"), split at anything that is not a letter or digit.
 */
export function slugWords(text: string): string[] {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
}

/**
 * The id a text or file name spells: its slug words joined by hyphens, cut at a word
 * boundary to at most `max` characters (a single longer word is cut to `max`).
 */
export function slugify(text: string | readonly string[], max = Infinity): string {
	const words = typeof text === 'string' ? slugWords(text) : text;
	let out = '';
	for (const w of words) {
		const next = out ? `${out}-${w}` : w;
		if (next.length > max) {
			if (!out) out = w.slice(0, max);
			break;
		}
		out = next;
	}
	return out;
}

/** Cut at a word boundary so a title never ends mid-word; whitespace is collapsed first. */
export function shorten(text: string, max: number): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max) return clean;
	const cut = clean.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '') + '…';
}

/**
 * Edit distance where swapping two neighbouring letters counts as one edit ("tgas" → "tags"),
 * the commonest typo of all (optimal string alignment). Bails out early once it exceeds
 * `max` (returns max + 1 then).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
	if (a === b) return 0;
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let before = new Array<number>(b.length + 1);
	let prev = new Array<number>(b.length + 1);
	let cur = new Array<number>(b.length + 1);
	for (let j = 0; j <= b.length; j++) prev[j] = j;
	let prevMin = 0;
	for (let i = 1; i <= a.length; i++) {
		cur[0] = i;
		let rowMin = i;
		const ca = a.charCodeAt(i - 1);
		for (let j = 1; j <= b.length; j++) {
			const cb = b.charCodeAt(j - 1);
			const cost = ca === cb ? 0 : 1;
			let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
			if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
				d = Math.min(d, before[j - 2] + 1);
			cur[j] = d;
			if (d < rowMin) rowMin = d;
		}
		// A swap reaches back two rows, so stop only when both are past `max`.
		if (rowMin > max && prevMin > max) return max + 1;
		prevMin = rowMin;
		[before, prev, cur] = [prev, cur, before];
	}
	return prev[b.length];
}
