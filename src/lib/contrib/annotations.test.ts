/** GitHub's workflow-command format, as `npm run validate -- --format github` prints it for pull-request annotations. */
import { describe, expect, it } from 'vitest';
import { formatProblems, type Problem } from '$lib/validate/index';

const p = (over: Partial<Problem>): Problem => ({
	file: 'arguments/d/claims/a.yaml',
	line: 3,
	column: 7,
	severity: 'error',
	code: 'bad-id',
	message: 'Bad.',
	...over
});

describe('formatProblems(…, "github")', () => {
	it('writes one ::error / ::warning command per problem, with file, line, col and title', () => {
		const out = formatProblems(
			[
				p({}),
				p({ severity: 'warning', code: 'no-evidence', line: 1, column: 1, message: 'No evidence.' })
			],
			'github'
		).split('\n');
		expect(out[0]).toBe(
			'::warning file=arguments/d/claims/a.yaml,line=1,col=1,title=Crux no-evidence::No evidence.'
		);
		expect(out[1]).toBe(
			'::error file=arguments/d/claims/a.yaml,line=3,col=7,title=Crux bad-id::Bad.'
		);
		expect(out[2]).toBe('1 error, 1 warning in 1 file.');
	});

	it('escapes %, CR and LF in the message, and the hint goes on an escaped new line', () => {
		const [line] = formatProblems(
			[p({ message: '100% wrong\r\nreally', hint: 'Write "x".\nOr "y".' })],
			'github'
		).split('\n');
		expect(line).toBe(
			'::error file=arguments/d/claims/a.yaml,line=3,col=7,title=Crux bad-id::100%25 wrong%0D%0Areally%0AWrite "x".%0AOr "y".'
		);
	});

	it('also escapes ":" and "," in properties', () => {
		const [line] = formatProblems(
			[p({ file: 'arguments/d/claims/a,b:c%.yaml', code: 'x:y,z' })],
			'github'
		).split('\n');
		expect(line).toBe(
			'::error file=arguments/d/claims/a%2Cb%3Ac%25.yaml,line=3,col=7,title=Crux x%3Ay%2Cz::Bad.'
		);
	});

	it('keeps every command on one line, whatever the contributor wrote', () => {
		const out = formatProblems(
			[p({ message: 'a\nb\rc', hint: '\n\n' }), p({ line: 9, message: '::error::injected' })],
			'github'
		);
		const lines = out.split('\n');
		expect(lines).toHaveLength(3);
		expect(lines.slice(0, 2).every((l) => l.startsWith('::error file='))).toBe(true);
	});
});
