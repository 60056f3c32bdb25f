/** `with:` lists the other claims of a linked group; a claim linked only with itself is a group of one. */
import { rule, type Rule } from '../rule';
import { known, type ClaimInput } from './context';

const r: Rule<ClaimInput> = rule<ClaimInput>({
	code: 'linked-with-self',
	severity: 'error',
	layer: 'claim',
	description: 'A claim lists its own id in `with:`, which lists the other claims of its group.',
	check(c) {
		if (!known(c, 'with')) return [];
		const others = (c.data.with ?? []).filter((w) => typeof w === 'string' && w !== c.id);
		return (c.data.with ?? []).flatMap((w, i) =>
			w === c.id
				? [
						r.at(
							c.path,
							c.locate(['with', i]),
							`with[${i}]: claim "${c.id}" is linked with itself${others.length ? '' : ', a group of one'}.`,
							others.length
								? 'Remove this item: "with:" lists the other claims of the group.'
								: 'List the other claims it holds only together with; if there are none, delete "with:": a claim that stands on its own needs no group.'
						)
					]
				: []
		);
	}
});
export default r;
