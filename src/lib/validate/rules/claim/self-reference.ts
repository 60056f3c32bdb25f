/** A claim cannot answer itself. */
import { RELATIONS } from '$lib/schema';
import { rule, type Rule } from '../rule';
import { isThesis, targets, type ClaimInput } from './context';

const r: Rule<ClaimInput> = rule<ClaimInput>({
	code: 'self-reference',
	severity: 'error',
	layer: 'claim',
	description: 'A claim lists its own id in `supports:` or `attacks:`.',
	check(c) {
		if (isThesis(c)) return [];
		return RELATIONS.flatMap((rel) =>
			targets(c, rel)
				.filter(([t]) => t === c.id)
				.map(([, i]) =>
					r.at(
						c.path,
						c.locate([rel, i]),
						`${rel}[${i}]: claim "${c.id}" ${rel} itself.`,
						'A claim cannot answer itself: remove this item.'
					)
				)
		);
	}
});
export default r;
