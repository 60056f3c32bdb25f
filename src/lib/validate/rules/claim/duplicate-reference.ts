/** The same target listed twice under one relation. */
import { RELATIONS } from '$lib/schema';
import { rule, type Rule } from '../rule';
import { isThesis, targets, type ClaimInput } from './context';

const r: Rule<ClaimInput> = rule<ClaimInput>({
	code: 'duplicate-reference',
	severity: 'warning',
	layer: 'claim',
	description: 'The same id is listed twice under `supports:` or under `attacks:`.',
	check(c) {
		if (isThesis(c)) return [];
		return RELATIONS.flatMap((rel) => {
			const seen = new Set<string>();
			return targets(c, rel).flatMap(([t, i]) => {
				if (t === c.id) return [];
				if (!seen.has(t)) {
					seen.add(t);
					return [];
				}
				return [
					r.at(
						c.path,
						c.locate([rel, i]),
						`${rel}[${i}]: "${t}" is listed twice.`,
						'Remove the repeated item.'
					)
				];
			});
		});
	}
});
export default r;
