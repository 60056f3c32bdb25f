/** Every id a file mentions must name a file of the right kind in the same debate. */
import { RELATIONS } from '$lib/schema';
import type { Problem } from '../../problem';
import { closest } from '../../suggest';
import type { DataPath } from '../../yaml-source';
import { rule, type Rule } from '../rule';
import { itemsOf, type DebateIndex, type Located } from './context';

const r: Rule<DebateIndex> = rule<DebateIndex>({
	code: 'dangling-reference',
	severity: 'error',
	layer: 'cross-file',
	description:
		'An id in `supports:`, `attacks:`, `with:`, `undercuts:`, `speaker:`, `by:` or a `source:` names no file of that kind in the debate.',
	check(d) {
		const out: Problem[] = [];
		const ref = (
			f: Located,
			at: DataPath,
			label: string,
			target: string,
			ids: Set<string> | undefined,
			noun: string,
			folder: string,
			candidates: Iterable<string>
		) => {
			if (!ids || ids.has(target)) return;
			const guess = closest(target, candidates);
			out.push(
				r.at(
					f.path,
					f.locate(at),
					`${label}: no ${noun} "${target}" in this debate.`,
					guess
						? `Did you mean "${guess}"?`
						: `Fix the id, or add the file ${folder}/${target}.yaml.`
				)
			);
		};
		for (const c of d.claims) {
			const data = c.data;
			if (!data) continue;
			for (const rel of RELATIONS)
				for (const [target, i] of itemsOf(data[rel], (t) => t))
					if (target !== c.id && !d.movedTo.has(target))
						ref(c, [rel, i], `${rel}[${i}]`, target, d.claimNs, 'claim', 'claims', d.liveIds);
			for (const [member, i] of itemsOf(data.with, (t) => t))
				if (member !== c.id && !d.movedTo.has(member))
					ref(c, ['with', i], `with[${i}]`, member, d.claimNs, 'claim', 'claims', d.liveIds);
			(data.undercuts ?? []).forEach((u, i) => {
				for (const field of ['from', ...RELATIONS] as const) {
					const target = u?.[field];
					if (typeof target === 'string' && !d.movedTo.has(target))
						ref(
							c,
							['undercuts', i, field],
							`undercuts[${i}].${field}`,
							target,
							d.claimNs,
							'claim',
							'claims',
							d.liveIds
						);
				}
			});
			if (typeof data.speaker === 'string')
				ref(c, ['speaker'], 'speaker', data.speaker, d.personNs, 'person', 'people', d.personIds);
			if (typeof data.by === 'string')
				ref(c, ['by'], 'by', data.by, d.personNs, 'person', 'people', d.personIds);
			for (const [source, i] of itemsOf(data.evidence, (e) => e.source))
				ref(
					c,
					['evidence', i, 'source'],
					`evidence[${i}].source`,
					source,
					d.sourceNs,
					'source',
					'sources',
					d.sourceIds
				);
		}
		for (const p of d.people)
			for (const [source, i] of itemsOf(p.data?.roles, (role) => role.source))
				ref(
					p,
					['roles', i, 'source'],
					`roles[${i}].source`,
					source,
					d.sourceNs,
					'source',
					'sources',
					d.sourceIds
				);
		return out;
	}
});
export default r;
