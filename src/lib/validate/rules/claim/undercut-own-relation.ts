/** A claim cannot say that its own relation shows nothing: it would take the relation back. */
import { rule, type Rule } from '../rule';
import { known, type ClaimInput } from './context';

const r: Rule<ClaimInput> = rule<ClaimInput>({
	code: 'undercut-own-relation',
	severity: 'error',
	layer: 'claim',
	description: 'A claim undercuts a relation it makes itself (`from:` is its own id).',
	check(c) {
		if (!known(c, 'undercuts')) return [];
		return (c.data.undercuts ?? []).flatMap((u, i) =>
			u?.from === c.id
				? [
						r.at(
							c.path,
							c.locate(['undercuts', i, 'from']),
							`undercuts[${i}]: claim "${c.id}" undercuts its own relation.`,
							`An undercut answers another claim's support or attack. If "${c.id}" should not ${u.supports !== undefined ? 'support' : 'attack'} that claim, remove the relation instead; otherwise put the id of the claim whose relation it answers in "from:".`
						)
					]
				: []
		);
	}
});
export default r;
