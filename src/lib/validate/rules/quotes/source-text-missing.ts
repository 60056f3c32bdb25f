/** With --sources, a cited source whose text is not there could not be checked. */
import { rule, type Rule } from '../rule';
import { quotesOf, textOf, type QuoteInput } from './context';

const r: Rule<QuoteInput> = rule<QuoteInput>({
	code: 'source-text-missing',
	severity: 'warning',
	layer: 'quotes',
	description:
		'With `--sources`, a cited source has no text in the folder, so its quotes were not checked.',
	check({ claims, texts, sources }) {
		const cited = new Set(claims.flatMap((c) => quotesOf(c).map((q) => q.source)));
		return sources
			.filter((s) => cited.has(s.id) && textOf(texts, s.id) === undefined)
			.map((s) =>
				r.at(
					s.path,
					s.locate([]),
					`No text was given for source "${s.id}", so its quotes were not checked.`,
					`Add ${s.id}.txt to the source-text folder, or map "${s.id}" to its text file in sources.yaml there.`
				)
			);
	}
});
export default r;
