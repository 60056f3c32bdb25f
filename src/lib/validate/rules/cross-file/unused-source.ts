/** A source nobody cites is probably a leftover. */
import { rule, type Rule } from '../rule';
import { itemsOf, type DebateIndex } from './context';

const r: Rule<DebateIndex> = rule<DebateIndex>({
	code: 'unused-source',
	severity: 'warning',
	layer: 'cross-file',
	description: 'A source is cited by no evidence and no role.',
	check(d) {
		if (!d.allRead) return [];
		const used = new Set<string>();
		for (const c of d.claims)
			for (const [s] of itemsOf(c.data?.evidence, (e) => e.source)) used.add(s);
		for (const p of d.people)
			for (const [s] of itemsOf(p.data?.roles, (x) => x.source)) used.add(s);
		return d.sources
			.filter((s) => !used.has(s.id))
			.map((s) =>
				r.at(
					s.path,
					s.locate([]),
					`Source "${s.id}" is not cited by any evidence or role.`,
					'Cite it in a claim’s evidence, or delete the file.'
				)
			);
	}
});
export default r;
