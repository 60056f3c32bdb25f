import { describe, expect, it } from 'vitest';
import { checkReferences, resolveMoved } from './check-references';
import { claimInput, fakeLocate } from '$lib/testing/claim-input';

const person = (id: string, data = {}) => ({
	path: `people/${id}.yaml`,
	id,
	locate: fakeLocate,
	data: { name: id, kind: 'person' as const, ...data }
});
const source = (id: string) => ({
	path: `sources/${id}.yaml`,
	id,
	locate: fakeLocate,
	data: { title: id, kind: 'report' as const }
});
const moved = (id: string, to: string) => ({
	path: `claims/${id}.yaml`,
	id,
	locate: fakeLocate,
	moved: { moved: to }
});
const debate = {
	path: 'debate.yaml',
	id: 'd',
	locate: fakeLocate,
	data: { tags: { security: { label: 'S' } } }
};
const ev = (source: string) => [{ source, quote: 'q', locator: 'l' }];

describe('checkReferences', () => {
	it('resolves ids in their own namespaces and suggests near misses', () => {
		const problems = checkReferences({
			debate,
			claims: [
				claimInput('thesis', { kind: 'thesis' }),
				claimInput('taiwan-sea-lanes', {
					supports: ['thesis'],
					speaker: 'alice',
					evidence: ev('report'),
					tags: ['security']
				}),
				claimInput('b', {
					supports: ['taiwan-sea-lane'],
					speaker: 'alicia',
					evidence: ev('reprt'),
					tags: ['secrity', 'zzz']
				})
			],
			people: [person('alice')],
			sources: [source('report')]
		});
		expect(problems.map((p) => [p.code, p.message, p.hint])).toEqual([
			[
				'dangling-reference',
				'supports[0]: no claim "taiwan-sea-lane" in this debate.',
				'Did you mean "taiwan-sea-lanes"?'
			],
			[
				'dangling-reference',
				'speaker: no person "alicia" in this debate.',
				'Did you mean "alice"?'
			],
			[
				'dangling-reference',
				'evidence[0].source: no source "reprt" in this debate.',
				'Did you mean "report"?'
			],
			[
				'undefined-tag',
				'tags[0]: tag "secrity" is not defined in debate.yaml.',
				'Did you mean "security"?'
			],
			[
				'undefined-tag',
				'tags[1]: tag "zzz" is not defined in debate.yaml.',
				'Use the tag listed under "tags:" in debate.yaml (security), or add "zzz" there with a label.'
			]
		]);
	});

	it('live data must not point at a moved stub; stubs must lead somewhere', () => {
		const problems = checkReferences({
			claims: [
				claimInput('new', { supports: ['old'] }),
				moved('old', 'newer'),
				moved('newer', 'new'),
				moved('lost', 'nowhere'),
				moved('self', 'self'),
				moved('ring-a', 'ring-b'),
				moved('ring-b', 'ring-a')
			],
			people: [],
			sources: []
		});
		expect(problems.map((p) => `${p.file} ${p.code} ${p.hint ?? ''}`)).toEqual([
			'claims/new.yaml moved-referenced Write "new" instead.',
			'claims/lost.yaml moved-target-missing Write the id the claim was renamed to.',
			'claims/self.yaml moved-target-missing Write the id the claim was renamed to.',
			'claims/ring-a.yaml moved-target-missing Point the stub at the claim’s current id.',
			'claims/ring-b.yaml moved-target-missing Point the stub at the claim’s current id.'
		]);
	});

	it('warns about unused sources and people, and checks role sources', () => {
		const problems = checkReferences({
			claims: [claimInput('a', { speaker: 'alice', evidence: ev('used') })],
			people: [person('alice'), person('bob', { roles: [{ role: 'R', source: 'gone' }] })],
			sources: [source('used'), source('spare')]
		});
		expect(problems.map((p) => `${p.severity} ${p.code} ${p.file}`)).toEqual([
			'error dangling-reference people/bob.yaml',
			'warning unused-source sources/spare.yaml',
			'warning unused-person people/bob.yaml'
		]);
	});

	it('skips namespaces marked unknown', () => {
		expect(
			checkReferences({
				claims: [claimInput('a', { supports: ['x'], speaker: 'y' })],
				people: [],
				sources: [],
				unknown: ['claims', 'people']
			})
		).toEqual([]);
	});

	it('resolveMoved follows chains and gives up on loops', () => {
		const r = resolveMoved(
			new Map([
				['a', 'b'],
				['b', 'c'],
				['x', 'y'],
				['y', 'x']
			]),
			(id) => id === 'c'
		);
		expect(Object.fromEntries(r)).toEqual({ a: 'c', b: 'c', x: undefined, y: undefined });
	});
});
