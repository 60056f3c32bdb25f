/** Facts, examples and statements state something checkable: they need a quote. */
import { rule, type Rule } from '../rule';
import { EVIDENCE_REQUIRED, isThesis, known, type ClaimInput } from './context';

const r: Rule<ClaimInput> = rule<ClaimInput>({
	code: 'fact-without-evidence',
	severity: 'error',
	layer: 'claim',
	description: 'A claim of kind fact, example or statement gives no evidence.',
	check(c) {
		const kind = c.data.kind;
		if (isThesis(c) || !known(c, 'kind', 'evidence') || c.data.evidence?.length) return [];
		if (!kind || !EVIDENCE_REQUIRED.has(kind)) return [];
		return [
			r.at(
				c.path,
				c.locate(['kind']),
				`Claim "${c.id}" is a ${kind} but gives no evidence.`,
				'Add "evidence:" with at least one verbatim quote (source, quote, locator), or change its kind.'
			)
		];
	}
});
export default r;
