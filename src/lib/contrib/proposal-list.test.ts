import { describe, expect, it } from 'vitest';
import { proposalFileName } from './proposal-list';

const at = (s: string) => new Date(`2026-12-06T09:14:${s}`);

describe('proposalFileName', () => {
	it('says who, which debate, which claim and when, to the second', () => {
		expect(
			proposalFileName(
				'japan-taiwan',
				[{ id: 'china-already-spends-at-near-maximum-capacity' }],
				'Ben K.',
				'a',
				at('07')
			)
		).toMatch(
			/^ben-k-japan-taiwan-china-already-spends-at-near-maximum-20261206-091407-[0-9a-f]{6}\.crux\.yaml$/
		);
		expect(proposalFileName('japan-taiwan', [{ id: 'a' }, { id: 'b' }], '', 'x', at('07'))).toMatch(
			/^japan-taiwan-2-proposals-20261206-091407-[0-9a-f]{6}\.crux\.yaml$/
		);
	});

	it('never gives two different downloads of the same minute one name', () => {
		// Review 2, finding 10: two downloads at 09:14 were both "…-20261206-0914.crux.yaml".
		const one = proposalFileName('japan-taiwan', [{ id: 'first-claim' }], '', 'text 1', at('05'));
		const two = proposalFileName('japan-taiwan', [{ id: 'second-claim' }], '', 'text 2', at('05'));
		const later = proposalFileName('japan-taiwan', [{ id: 'first-claim' }], '', 'text 1', at('41'));
		// The same claim written twice (two students, one idea), even in the same second.
		const other = proposalFileName('japan-taiwan', [{ id: 'first-claim' }], '', 'text 3', at('05'));
		const names = [one, two, later, other];
		expect(new Set(names).size).toBe(names.length);
	});
});
