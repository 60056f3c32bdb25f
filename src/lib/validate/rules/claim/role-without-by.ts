/** A raised or reported claim must say who raised or reported it. */
import { rule, type Rule } from '../rule';
import { known, ROLES_WITH_BY, type ClaimInput } from './context';

const r: Rule<ClaimInput> = rule<ClaimInput>({
	code: 'role-without-by',
	severity: 'error',
	layer: 'claim',
	description: 'A claim with `role: raised` or `role: reported` has no `by:`.',
	check(c) {
		const role = c.data.role;
		if (!role || !ROLES_WITH_BY.has(role) || c.data.by || !known(c, 'by')) return [];
		return [
			r.at(
				c.path,
				c.locate(['role']),
				`Claim "${c.id}" is ${role} but does not say by whom.`,
				`Add "by:" with the id of the author who ${role === 'raised' ? 'raises it in order to answer it' : 'reports it'} (a file in people/).`
			)
		];
	}
});
export default r;
