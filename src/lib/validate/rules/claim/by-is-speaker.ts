/** Whoever raises or reports a claim is not its speaker. */
import { rule, type Rule } from '../rule';
import { type ClaimInput } from './context';

const r: Rule<ClaimInput> = rule<ClaimInput>({
	code: 'by-is-speaker',
	severity: 'error',
	layer: 'claim',
	description: 'A claim names the same person as its `speaker:` and its `by:`.',
	check(c) {
		const { by, speaker } = c.data;
		if (!by || !speaker || by !== speaker) return [];
		const role = c.data.role ?? 'asserted';
		return [
			r.at(
				c.path,
				c.locate(['by']),
				`Claim "${c.id}" names "${by}" as both its speaker and the one who ${role === 'reported' ? 'reports' : 'raises'} it.`,
				role === 'raised'
					? 'The speaker of a raised objection is whose view it is ("some", "the public"), or leave it out; "by:" is the author who answers it.'
					: 'A claim someone makes themselves is asserted: remove "role:" and "by:".'
			)
		];
	}
});
export default r;
