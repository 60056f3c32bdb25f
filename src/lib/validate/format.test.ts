/** Problems → text for people, and → GitHub workflow commands for pull-request annotations. */
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatProblems } from './format';
import type { Problem } from './problem';
import BAD_ID from './rules/file/bad-id';
import NO_EVIDENCE from './rules/claim/no-evidence';
import UNKNOWN_KEY from './rules/file/unknown-key';

const ps = [
	NO_EVIDENCE.at('b.yaml', { line: 2, column: 1 }, 'Claim "b" has no evidence.'),
	UNKNOWN_KEY.at(
		'a.yaml',
		{ line: 7, column: 3 },
		'Unknown field "speekr" in a claim.',
		'Did you mean "speaker"?'
	),
	BAD_ID.at('a.yaml', { line: 1, column: 1 }, 'Bad, 100%: yes\nreally')
];

describe('formatProblems', () => {
	it('text: sorted, one location line and one hint line each, then a summary', () => {
		expect(formatProblems(ps, 'text', { fileCount: 5 })).toBe(
			[
				'a.yaml:1:1  Bad, 100%: yes\nreally',
				'a.yaml:7:3  Unknown field "speekr" in a claim.',
				'    hint: Did you mean "speaker"?',
				'b.yaml:2:1  warning: Claim "b" has no evidence.',
				'2 errors, 1 warning in 2 files (5 files checked).'
			].join('\n')
		);
	});
	it('text: no problems', () => {
		expect(formatProblems([], 'text', { fileCount: 123 })).toBe('No problems in 123 files.');
		expect(formatProblems([], 'text')).toBe('No problems.');
	});
	it('text: colour only when asked', () => {
		expect(formatProblems(ps, 'text')).not.toContain('\x1b[');
		expect(formatProblems(ps, 'text', { color: true })).toContain('\x1b[');
	});
	it('github: workflow commands with escaping', () => {
		const out = formatProblems(ps, 'github').split('\n');
		expect(out[0]).toBe(
			'::error file=a.yaml,line=1,col=1,title=Crux bad-id::Bad, 100%25: yes%0Areally'
		);
		expect(out[1]).toBe(
			'::error file=a.yaml,line=7,col=3,title=Crux unknown-key::Unknown field "speekr" in a claim.%0ADid you mean "speaker"?'
		);
		expect(out[2]).toBe(
			'::warning file=b.yaml,line=2,col=1,title=Crux no-evidence::Claim "b" has no evidence.'
		);
		expect(out[3]).toBe('2 errors, 1 warning in 2 files.');
	});
	it('escapes per GitHub rules', () => {
		expect(escapeData('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac:d,e');
		expect(escapeProperty('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac%3Ad%2Ce');
	});
});

const p = (over: Partial<Problem>): Problem => ({
	file: 'arguments/d/claims/a.yaml',
	line: 3,
	column: 7,
	severity: 'error',
	code: 'bad-id',
	message: 'Bad.',
	...over
});

describe('formatProblems(…, "github") for pull-request annotations', () => {
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
