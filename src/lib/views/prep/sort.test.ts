import { describe, expect, it } from 'vitest';
import { byRank, rankStrength } from './sort';
import { strengthText } from '$lib/model/status';

describe('strongest first, with claims in an open clash (review 1, finding 3)', () => {
	// Newsham's "fear of Beijing" line: DF-QuAD leaves its open clash at 0.03, yet it is worth
	// 0.60 once its clash is won. It must not rank below a line that stands at 0.40.
	const fear = {
		order: 0,
		evidence: 1,
		status: { strength: 0.03, clashStrength: { low: 0.02, high: 0.6 } }
	};
	const plain = { order: 1, evidence: 1, status: { strength: 0.4 } };
	const strong = { order: 2, evidence: 1, status: { strength: 0.88 } };

	it('ranks a line in an open clash by its strength if it prevails', () => {
		expect(rankStrength(fear.status)).toBe(0.6);
		expect([plain, fear, strong].sort(byRank).map((x) => x.order)).toEqual([2, 0, 1]);
	});

	it('says the range in words, never the balance point alone', () => {
		expect(strengthText(fear.status)).toBe('0.02–0.60 as the clash is judged');
		expect(strengthText({ strength: 0.515, approximate: true })).toBe('≈0.52');
		expect(strengthText({ strength: 0.6, clashStrength: { low: 0.6, high: 0.6001 } })).toBe(
			'0.60 either way the clash goes'
		);
	});
});
