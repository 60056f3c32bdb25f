/**
 * A linked premise (`with:`) supports or attacks its target only together with the claims
 * it names, so it must make exactly one relation: otherwise no one can tell which relation
 * is the joint one.
 */
import { RELATIONS } from '$lib/schema';
import { rule, type Rule } from '../rule';
import { isThesis, known, targets, type ClaimInput } from './context';

const r: Rule<ClaimInput> = rule<ClaimInput>({
	code: 'linked-one-relation',
	severity: 'error',
	layer: 'claim',
	description:
		'A claim with `with:` (a linked premise) does not make exactly one relation in `supports:`/`attacks:`.',
	check(c) {
		if (isThesis(c) || c.data.with === undefined || !known(c, 'supports', 'attacks', 'with'))
			return [];
		const rels = RELATIONS.flatMap((rel) => targets(c, rel).map(([t]) => `${rel} "${t}"`));
		if (rels.length === 1) return [];
		return [
			r.at(
				c.path,
				c.locate(['with'], 'key'),
				rels.length
					? `"with:" makes this claim a linked premise, but it makes ${rels.length} relations (${rels.join(', ')}); a linked premise supports or attacks exactly one claim.`
					: '"with:" makes this claim a linked premise, but it supports or attacks nothing.',
				rels.length
					? 'Keep here the one relation it makes together with the claims in "with:", and put the others in a claim of its own; or delete "with:".'
					: 'Add "supports: [<id>]" (or "attacks:") with the claim it supports together with the claims in "with:".'
			)
		];
	}
});
export default r;
