/** The thesis is the root of the map: it supports and attacks nothing. */
import { RELATIONS } from '$lib/schema';
import { rule, type Rule } from '../rule';
import { isThesis, type ClaimInput } from './context';

const r: Rule<ClaimInput> = rule<ClaimInput>({
	code: 'thesis-relation',
	severity: 'error',
	layer: 'claim',
	description:
		'The thesis has `supports:`, `attacks:`, `undercuts:` or `with:`, but it is the root of the map.',
	check(c) {
		if (!isThesis(c)) return [];
		const fields = [...RELATIONS, 'undercuts', 'with'] as const;
		return fields
			.filter((rel) => c.data[rel] !== undefined || c.invalid?.includes(rel))
			.map((rel) =>
				r.at(
					c.path,
					c.locate([rel], 'key'),
					`The thesis "${c.id}" has "${rel}:", but the thesis is the root of the map: it supports or attacks nothing.`,
					`Delete the "${rel}:" field, or give this claim another kind if it is not the thesis.`
				)
			);
	}
});
export default r;
