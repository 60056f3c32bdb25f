/** Relations point at a claim's current id, never at the stub a rename left behind. */
import { RELATIONS } from '$lib/schema';
import { rule, type Rule } from '../rule';
import { itemsOf, type DebateIndex } from './context';

const r: Rule<DebateIndex> = rule<DebateIndex>({
	code: 'moved-referenced',
	severity: 'error',
	layer: 'cross-file',
	description: 'A relation names a renamed claim by its old id (a `moved:` stub).',
	check(d) {
		return d.claims.flatMap((c) =>
			RELATIONS.flatMap((rel) =>
				itemsOf(c.data?.[rel], (t) => t)
					.filter(([target]) => target !== c.id && d.movedTo.has(target))
					.map(([target, i]) => {
						const now = d.resolved.get(target);
						return r.at(
							c.path,
							c.locate([rel, i]),
							`${rel}[${i}]: claim "${target}" was renamed${now ? ` to "${now}"` : ''}; claims/${target}.yaml is only a forwarding stub.`,
							now ? `Write "${now}" instead.` : `Point it at the claim's current id.`
						);
					})
			)
		);
	}
});
export default r;
