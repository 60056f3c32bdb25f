/** `by:` names who raised or reported a claim, so it needs one of those roles. */
import { rule, type Rule } from '../rule';
import { known, ROLES_WITH_BY, type ClaimInput } from './context';

const r: Rule<ClaimInput> = rule<ClaimInput>({
	code: 'by-without-role',
	severity: 'error',
	layer: 'claim',
	description: 'A claim has `by:` but its role is not raised or reported.',
	check(c) {
		const role = c.data.role ?? 'asserted';
		if (!c.data.by || ROLES_WITH_BY.has(role) || !known(c, 'role')) return [];
		return [
			r.at(
				c.path,
				c.locate(['by']),
				`Claim "${c.id}" has "by:" but its role is ${role}: "by:" names who raised or reported a claim.`,
				c.data.role
					? 'Remove "by:", or change the role to raised or reported.'
					: 'Add "role: raised" (an objection put forward to be answered) or "role: reported", or remove "by:".'
			)
		];
	}
});
export default r;
