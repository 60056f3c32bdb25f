/** A note that says in words what `role:` should say in data. */
import { rule, type Rule } from '../rule';
import { known, type ClaimInput } from './context';

const RAISED_NOTE = /\braised by\b.*\b(?:in order )?to (?:answer|rebut|refute|knock)/i;

const r: Rule<ClaimInput> = rule<ClaimInput>({
	code: 'role-in-note',
	severity: 'warning',
	layer: 'claim',
	description: "A claim's note says it was raised in order to be answered, but it has no `role:`.",
	check(c) {
		if (c.data.role || !known(c, 'role') || !c.data.note || !RAISED_NOTE.test(c.data.note))
			return [];
		return [
			r.at(
				c.path,
				c.locate(['note']),
				`The note of "${c.id}" says it was raised in order to be answered, but the claim has no "role:".`,
				'Add "role: raised" and "by: <author-id>", so the map, prep and brief count it for the view it states, not as the author’s own case.'
			)
		];
	}
});
export default r;
