import { describe, expect, it } from 'vitest';
import { checkClaim } from './check-claim';
import { claimInput } from './test-helpers';

const codes = (id: string, data: Parameters<typeof claimInput>[1]) =>
	checkClaim(claimInput(id, data)).map((p) => `${p.severity}:${p.code}`);
const ev = [{ source: 's', quote: 'q', locator: 'p. 1' }];

describe('checkClaim', () => {
	it('a well-formed claim passes', () => {
		expect(codes('a', { supports: ['t'], evidence: ev, speaker: 'p' })).toEqual([]);
	});
	it('the thesis must not support or attack', () => {
		expect(codes('t', { kind: 'thesis', supports: ['a'], attacks: ['b'] })).toEqual([
			'error:thesis-relation',
			'error:thesis-relation'
		]);
		expect(codes('t', { kind: 'thesis' })).toEqual([]);
	});
	it('a non-thesis claim needs a relation', () => {
		expect(codes('a', { evidence: ev, speaker: 'p' })).toEqual(['error:no-relation']);
	});
	it('facts, examples and statements need evidence; others get a warning', () => {
		for (const kind of ['fact', 'example', 'statement'] as const)
			expect(codes('a', { kind, supports: ['t'], speaker: 'p' })).toEqual([
				'error:fact-without-evidence'
			]);
		expect(codes('a', { kind: 'contention', supports: ['t'], speaker: 'p' })).toEqual([
			'warning:no-evidence'
		]);
	});
	it('a missing speaker is a warning', () => {
		expect(codes('a', { supports: ['t'], evidence: ev })).toEqual(['warning:no-speaker']);
	});
	it('self-reference, repeats and contradictory relations', () => {
		expect(
			codes('a', { supports: ['a', 't', 't'], attacks: ['t'], evidence: ev, speaker: 'p' })
		).toEqual([
			'error:self-reference',
			'warning:duplicate-reference',
			'error:supports-and-attacks'
		]);
	});
});
