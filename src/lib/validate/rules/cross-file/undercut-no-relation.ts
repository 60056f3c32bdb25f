/** An undercut answers a relation that is in the map: `from` must support (or attack) the claim named. */
import { RELATIONS, type Relation } from '$lib/schema';
import type { Problem } from '../../problem';
import { rule, type Rule } from '../rule';
import { claimData, itemsOf, liveId, type DebateIndex } from './context';

const r: Rule<DebateIndex> = rule<DebateIndex>({
	code: 'undercut-no-relation',
	severity: 'error',
	layer: 'cross-file',
	description:
		'An item of `undercuts:` names a relation the map does not have: its `from:` claim does not support (or attack) the claim named.',
	check(d) {
		const out: Problem[] = [];
		const data = claimData(d);
		for (const c of d.claims) {
			(c.data?.undercuts ?? []).forEach((u, i) => {
				if (!u || typeof u.from !== 'string') return;
				const rel: Relation | undefined =
					u.supports !== undefined && u.attacks === undefined
						? 'supports'
						: u.attacks !== undefined && u.supports === undefined
							? 'attacks'
							: undefined; // undercut-shape reports the rest
				const target = rel && u[rel];
				const from = liveId(d, u.from);
				const to = typeof target === 'string' ? liveId(d, target) : undefined;
				const made = from === undefined ? undefined : data.get(from);
				// Unknown ids are dangling-reference's; a file whose relations are unreadable says nothing here.
				if (!rel || from === undefined || to === undefined || !made) return;
				const has = (x: Relation) => itemsOf(made[x], (t) => t).some(([t]) => liveId(d, t) === to);
				if (has(rel)) return;
				const other: Relation = rel === 'supports' ? 'attacks' : 'supports';
				const listed = RELATIONS.flatMap((x) =>
					itemsOf(made[x], (t) => t).map(([t]) => `${x} "${t}"`)
				);
				out.push(
					r.at(
						c.path,
						c.locate(['undercuts', i, rel]),
						`undercuts[${i}]: "${u.from}" does not ${rel === 'supports' ? 'support' : 'attack'} "${target}", so there is no such relation to undercut.`,
						has(other)
							? `"${u.from}" ${other} "${target}": write "${other}: ${target}" instead of "${rel}: ${target}".`
							: listed.length
								? `"${u.from}" ${listed.join(' and ')}: name one of those relations, or add "${target}" to the ${rel} of "${u.from}" if it is missing there.`
								: `"${u.from}" makes no relation yet: add "${rel}: [${target}]" to it first.`
					)
				);
			});
		}
		return out;
	}
});
export default r;
