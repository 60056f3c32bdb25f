/** One root only: a second thesis splits the map in two. */
import { rule, type Rule } from '../rule';
import { quoteList, type GraphIndex } from './context';

const r: Rule<GraphIndex> = rule<GraphIndex>({
	code: 'two-theses',
	severity: 'error',
	layer: 'graph',
	description: 'More than one claim has `kind: thesis`.',
	check(g) {
		if (g.theses.length < 2) return [];
		const message = `This debate has ${g.theses.length} theses (${quoteList(g.theses.map((x) => x.id))}); it must have exactly one.`;
		return g.theses.map((t) =>
			r.at(
				t.path,
				t.locate(['kind']),
				message,
				'Keep "kind: thesis" on the claim that states the resolution; give the others another kind, such as contention.'
			)
		);
	}
});
export default r;
