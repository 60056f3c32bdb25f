/** A forwarding stub must lead to a live claim. */
import type { Problem } from '../../problem';
import { closest } from '../../suggest';
import { rule, type Rule } from '../rule';
import type { DebateIndex } from './context';

const r: Rule<DebateIndex> = rule<DebateIndex>({
	code: 'moved-target-missing',
	severity: 'error',
	layer: 'cross-file',
	description: 'A `moved:` stub names no claim, names itself, or its renames go round in a circle.',
	check(d) {
		const out: Problem[] = [];
		if (!d.claimNs) return out;
		for (const c of d.claims) {
			if (!c.moved) continue;
			const target = c.moved.moved;
			const at = c.locate(['moved']);
			if (target === c.id)
				out.push(
					r.at(
						c.path,
						at,
						`Claim stub "${c.id}" says it moved to itself.`,
						'Write the id the claim was renamed to.'
					)
				);
			else if (!d.claimIds.has(target)) {
				const guess = closest(target, d.liveIds);
				out.push(
					r.at(
						c.path,
						at,
						`moved: no claim "${target}" in this debate, so this forwarding stub leads nowhere.`,
						guess ? `Did you mean "${guess}"?` : `Write the id the claim was renamed to.`
					)
				);
			} else if (d.resolved.get(c.id) === undefined)
				out.push(
					r.at(
						c.path,
						at,
						`moved: following the renames from "${c.id}" goes round in a circle and never reaches a claim.`,
						'Point the stub at the claim’s current id.'
					)
				);
		}
		return out;
	}
});
export default r;
