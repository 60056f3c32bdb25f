import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatProblems } from './format';
import { problem, warning } from './problem';

const ps = [
	warning('b.yaml', { line: 2, column: 1 }, 'no-evidence', 'Claim "b" has no evidence.'),
	problem(
		'a.yaml',
		{ line: 7, column: 3 },
		'unknown-key',
		'Unknown field "speekr" in a claim.',
		'Did you mean "speaker"?'
	),
	problem('a.yaml', { line: 1, column: 1 }, 'bad-id', 'Bad, 100%: yes\nreally')
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
