import { describe, expect, it } from 'vitest';
import { checkClaim } from './check-claim';
import { claimInput } from '$lib/testing/claim-input';

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
			'error:supports-and-attacks',
			'warning:duplicate-reference'
		]);
	});
	describe('roles', () => {
		const base = { supports: ['t'], evidence: ev };
		it('raised and reported claims name who raised or reported them', () => {
			expect(codes('a', { ...base, role: 'raised', by: 'newsham' })).toEqual([]);
			expect(codes('a', { ...base, role: 'reported', by: 'reuters', speaker: 'p' })).toEqual([]);
			expect(codes('a', { ...base, role: 'raised' })).toEqual(['error:role-without-by']);
			expect(codes('a', { ...base, role: 'reported', speaker: 'p' })).toEqual([
				'error:role-without-by'
			]);
		});
		it('a raised objection needs no speaker: the source may not say whose view it is', () => {
			expect(codes('a', { ...base, role: 'raised', by: 'newsham' })).not.toContain(
				'warning:no-speaker'
			);
		});
		it('"by" belongs with raised or reported only, and is not the speaker', () => {
			expect(codes('a', { ...base, speaker: 'p', by: 'q' })).toEqual(['error:by-without-role']);
			expect(codes('a', { ...base, speaker: 'p', role: 'conceded', by: 'q' })).toEqual([
				'error:by-without-role'
			]);
			expect(codes('a', { ...base, speaker: 'p', role: 'raised', by: 'p' })).toEqual([
				'error:by-is-speaker'
			]);
		});
		it('a note that says "raised by … to answer it" without a role gets a hint', () => {
			const r = checkClaim(
				claimInput('a', { ...base, speaker: 'p', note: 'Raised by Newsham in order to answer it.' })
			);
			expect(r.map((p) => p.code)).toEqual(['role-in-note']);
			expect(r[0].severity).toBe('warning');
			expect(r[0].hint).toContain('role: raised');
			expect(
				codes('a', {
					...base,
					speaker: 'p',
					role: 'raised',
					by: 'q',
					note: 'Raised by Newsham in order to answer it.'
				})
			).toEqual([]);
		});
	});
});
