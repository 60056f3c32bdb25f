/** Any other claim without a quote: allowed, but readers cannot check it. */
import { rule, type Rule } from '../rule';
import { EVIDENCE_REQUIRED, isThesis, known, type ClaimInput } from './context';

const r: Rule<ClaimInput> = rule<ClaimInput>({
	code: 'no-evidence',
	severity: 'warning',
	layer: 'claim',
	description:
		'A claim gives no evidence (allowed for kinds other than fact, example and statement).',
	check(c) {
		const kind = c.data.kind;
		if (isThesis(c) || !known(c, 'kind', 'evidence') || c.data.evidence?.length) return [];
		if (kind && EVIDENCE_REQUIRED.has(kind)) return [];
		return [
			r.at(
				c.path,
				c.locate([]),
				`Claim "${c.id}" has no evidence.`,
				'Add "evidence:" with a verbatim quote from a source, so readers can check it.'
			)
		];
	}
});
export default r;
