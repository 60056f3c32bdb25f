/** Every claim is somebody's: a raised objection may leave it open, others should say whose. */
import { rule, type Rule } from '../rule';
import { isThesis, known, type ClaimInput } from './context';

const r: Rule<ClaimInput> = rule<ClaimInput>({
	code: 'no-speaker',
	severity: 'warning',
	layer: 'claim',
	description: 'A claim does not say who holds it (`speaker:`), and it is not a raised objection.',
	check(c) {
		if (isThesis(c) || !known(c, 'kind', 'speaker', 'role')) return [];
		if (c.data.speaker || c.data.role === 'raised') return [];
		return [
			r.at(
				c.path,
				c.locate([]),
				`Claim "${c.id}" has no speaker.`,
				'Add "speaker:" with the id of whoever asserts it (a file in people/).'
			)
		];
	}
});
export default r;
