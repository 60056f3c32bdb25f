/**
 * CI checks what `npm test` checks (reliability review, code review §4 item 5): the pull-request
 * workflow runs .ci/run itself, .ci/run runs `npm test`, and `npm test` includes the lint.
 * So no step can be in one and missing from the other.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

describe('CI', () => {
	it('the pull-request workflow runs .ci/run, and no check of its own beside it', () => {
		const wf = parse(read('.github/workflows/pr.yml')) as {
			jobs: Record<string, { steps: Array<{ run?: string }> }>;
		};
		const runs = wf.jobs.check.steps.flatMap((s) => (s.run ? [s.run.trim()] : []));
		expect(runs).toEqual(['.ci/run']);
	});

	it('.ci/run runs npm test, and npm test runs validate, lint, check, unit and e2e', () => {
		const script = read('.ci/run');
		expect(script).toMatch(/^npm test$/m);
		expect(script).toMatch(/^set -euo pipefail$/m);
		const test = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts
			.test;
		expect(test.split(' && ')).toEqual([
			'npm run validate',
			'npm run lint',
			'npm run check',
			'npm run test:unit',
			'npm run test:e2e'
		]);
	});
});
