/**
 * A linked group holds together: every claim named in `with:` makes the same relation (support
 * or attack) to the same claim as the claim that names it. One that does not is a member missing
 * from the group's relation.
 */
import { RELATIONS, type Relation } from '$lib/schema';
import type { Problem } from '../../problem';
import { rule, type Rule } from '../rule';
import { claimData, itemsOf, liveId, type DebateIndex } from './context';

const r: Rule<DebateIndex> = rule<DebateIndex>({
	code: 'linked-member-missing',
	severity: 'error',
	layer: 'cross-file',
	description:
		'A claim named in `with:` does not support (or attack) the same claim, so it is missing from the linked group’s relation.',
	check(d) {
		const out: Problem[] = [];
		const data = claimData(d);
		for (const c of d.claims) {
			const own = c.data;
			if (!own?.with || own.kind === 'thesis') continue;
			const rels = RELATIONS.flatMap((rel) =>
				itemsOf(own[rel], (t) => t).map(([t]) => [rel, t] as [Relation, string])
			);
			if (rels.length !== 1) continue; // linked-one-relation reports the rest
			const [rel, target] = rels[0];
			const to = liveId(d, target);
			if (to === undefined) continue;
			for (const [member, i] of itemsOf(own.with, (w) => w)) {
				const m = liveId(d, member);
				const made = m === undefined ? undefined : data.get(m);
				if (!made || m === c.id) continue; // dangling-reference and linked-with-self
				if (itemsOf(made[rel], (t) => t).some(([t]) => liveId(d, t) === to)) continue;
				const verb = rel === 'supports' ? 'support' : 'attack';
				out.push(
					r.at(
						c.path,
						c.locate(['with', i]),
						`with[${i}]: "${member}" does not ${verb} "${target}", so it cannot ${verb} it together with "${c.id}".`,
						`Add "${target}" to the ${rel} of "${member}" (claims/${m}.yaml), or remove "${member}" from "with:".`
					)
				);
			}
		}
		return out;
	}
});
export default r;
