/** A rule that throws is one located internal-error naming it; the layer's other rules still run. */
import { describe, expect, it } from 'vitest';
import { START, type Problem } from '../problem';
import { rule, type Rule } from './rule';
import { runRules } from './index';

describe('runRules', () => {
	it('isolates a throwing rule', () => {
		const found: Rule<{ n: number }> = rule<{ n: number }>({
			code: 'found-it',
			severity: 'warning',
			layer: 'claim',
			description: 'A test rule.',
			check: (ctx): Problem[] => [found.at('claims/x.yaml', START, `n is ${ctx.n}`)]
		});
		const broken = rule<{ n: number }>({
			code: 'broken-rule',
			severity: 'error',
			layer: 'claim',
			description: 'A test rule that throws.',
			check: () => {
				throw new TypeError("Cannot read properties of undefined (reading 'x')");
			}
		});
		const problems = runRules([broken, found, broken], { n: 3 }, 'claims/x.yaml');
		expect(problems.map((p) => [p.code, p.file, p.message])).toEqual([
			[
				'internal-error',
				'claims/x.yaml',
				'The check "broken-rule" failed on this claim (Cannot read properties of undefined (reading \'x\')), so it was skipped; every other check ran.'
			],
			['found-it', 'claims/x.yaml', 'n is 3'],
			[
				'internal-error',
				'claims/x.yaml',
				'The check "broken-rule" failed on this claim (Cannot read properties of undefined (reading \'x\')), so it was skipped; every other check ran.'
			]
		]);
	});
});
