/** A claim cannot both support and attack the same claim. */
import { rule, type Rule } from '../rule';
import { isThesis, targets, type ClaimInput } from './context';

const r: Rule<ClaimInput> = rule<ClaimInput>({
	code: 'supports-and-attacks',
	severity: 'error',
	layer: 'claim',
	description: 'A claim both supports and attacks the same claim.',
	check(c) {
		if (isThesis(c)) return [];
		const supported = new Set(targets(c, 'supports').map(([t]) => t));
		const reported = new Set<string>();
		return targets(c, 'attacks').flatMap(([t, i]) => {
			if (t === c.id || !supported.has(t) || reported.has(t)) return [];
			reported.add(t);
			return [
				r.at(
					c.path,
					c.locate(['attacks', i]),
					`Claim "${c.id}" both supports and attacks "${t}".`,
					'Keep the relation it really has and remove the other.'
				)
			];
		});
	}
});
export default r;
