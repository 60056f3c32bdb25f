/** A person who says nothing in the debate is probably a leftover. */
import { rule, type Rule } from '../rule';
import type { DebateIndex } from './context';

const r: Rule<DebateIndex> = rule<DebateIndex>({
	code: 'unused-person',
	severity: 'warning',
	layer: 'cross-file',
	description: 'A person is the `speaker:` or `by:` of no claim.',
	check(d) {
		if (!d.allRead) return [];
		const used = new Set<string>();
		for (const c of d.claims) {
			if (typeof c.data?.speaker === 'string') used.add(c.data.speaker);
			if (typeof c.data?.by === 'string') used.add(c.data.by);
		}
		return d.people
			.filter((p) => !used.has(p.id))
			.map((p) =>
				r.at(
					p.path,
					p.locate([]),
					`Person "${p.id}" is not the speaker of any claim.`,
					'Name them as a claim’s "speaker:", or delete the file.'
				)
			);
	}
});
export default r;
