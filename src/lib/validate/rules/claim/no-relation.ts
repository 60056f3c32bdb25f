/** A claim that supports and attacks nothing is not part of the argument. */
import { rule, type Rule } from '../rule';
import { isThesis, known, type ClaimInput } from './context';

const r: Rule<ClaimInput> = rule<ClaimInput>({
	code: 'no-relation',
	severity: 'error',
	layer: 'claim',
	description:
		'A claim other than the thesis neither supports nor attacks any claim, nor undercuts a relation.',
	check(c) {
		if (isThesis(c) || !known(c, 'kind', 'supports', 'attacks', 'undercuts')) return [];
		if (c.data.supports || c.data.attacks || c.data.undercuts) return [];
		return [
			r.at(
				c.path,
				c.locate([]),
				`Claim "${c.id}" neither supports nor attacks any claim, so it is not part of the argument.`,
				'Add "supports:" or "attacks:" with the id of the claim it answers, e.g.\n  supports: [some-claim-id]'
			)
		];
	}
});
export default r;
