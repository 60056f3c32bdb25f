/** Every map has a root: exactly one claim states the resolution. */
import { START } from '../../problem';
import { rule, type Rule } from '../rule';
import type { GraphIndex } from './context';

const r: Rule<GraphIndex> = rule<GraphIndex>({
	code: 'no-thesis',
	severity: 'error',
	layer: 'graph',
	description: 'No claim has `kind: thesis`, so the map has no root.',
	check(g) {
		if (g.theses.length || g.unreadable.length) return [];
		return [
			r.at(
				g.debatePath,
				START,
				g.claims.length
					? 'This debate has no thesis: no claim has "kind: thesis".'
					: 'This debate has no claims, so it has no thesis.',
				'Add "kind: thesis" to the claim that states the resolution; every other claim leads to it.'
			)
		];
	}
});
export default r;
