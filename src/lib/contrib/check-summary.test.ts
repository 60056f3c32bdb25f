import { describe, expect, it } from 'vitest';
import { checkSummary } from './check-summary';

const base = { pristine: false, errors: 0, warnings: 0, viaTeacher: false, quoted: true };

describe('checkSummary', () => {
	it('in a teacher’s class, says the teacher’s collect checks the quote, never a pull request', () => {
		const t = checkSummary({ ...base, viaTeacher: true });
		expect(t).toBe(
			'No problems: your proposal is ready to download. When your teacher collects it, the quote is checked word for word against the source text.'
		);
		expect(t).not.toMatch(/pull request/);
		expect(checkSummary({ ...base, viaTeacher: true, quoted: false })).toBe(
			'No problems: your proposal is ready to download.'
		);
	});

	it('says which items are the problem and which are suggestions', () => {
		expect(checkSummary({ ...base, errors: 1, warnings: 2 })).toBe(
			'1 problem to fix (marked “To fix”); 2 suggestions you may leave as they are.'
		);
		expect(checkSummary({ ...base, warnings: 1 })).toMatch(
			/^No problems \(1 suggestion you may leave as it is\): the file is ready\./
		);
		expect(checkSummary({ ...base, pristine: true, errors: 3 })).toBe(
			'Write your reply: the check runs as you type.'
		);
	});
});
