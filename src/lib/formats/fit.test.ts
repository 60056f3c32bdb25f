import { describe, expect, it } from 'vitest';
import { triples, validated } from '$lib/testing/formats';
import { draftClaim, emptyDraft, type Draft } from './draft';
import { finishImport } from './import-draft';
import { Reporter } from './report';

function run(build: (d: Draft) => void) {
	const d = emptyDraft('Test topic');
	build(d);
	const r = finishImport(d, new Reporter(), {
		format: 'test',
		locator: (c) => c.key,
		debateId: 'test'
	});
	const debate = validated(r);
	const codes = Object.fromEntries(r.report.adjustments.map((a) => [a.code, a.count]));
	const key = Object.fromEntries(Object.entries(r.ids).map(([k, id]) => [id, k]));
	return {
		debate,
		codes,
		rels: triples(debate, (id) => key[id]),
		note: (k: string) => debate.claims[r.ids[k]].note ?? ''
	};
}
const claims = (d: Draft, ...keys: string[]) =>
	keys.forEach((k) => d.claims.push(draftClaim(k, `Claim ${k}.`)));

describe('fitting a foreign graph to Crux’s rules', () => {
	it('adds a topic thesis above several conclusions and joins each to it', () => {
		const { debate, codes, rels, note } = run((d) => {
			claims(d, 'a', 'b', 'c');
			d.relations.push({ from: 'c', to: 'a', rel: 'attacks' });
		});
		expect(debate.claims[debate.thesis].text).toBe('Test topic');
		expect(rels).toEqual(['a supports __thesis', 'b supports __thesis', 'c attacks a']);
		expect(codes).toMatchObject({ 'topic-thesis': 1, 'joined-to-topic': 2 });
		expect(note('b')).toMatch(/answers no other claim/);
	});

	it('breaks a support circle at one edge, noting it', () => {
		const { codes, rels, note } = run((d) => {
			claims(d, 't', 'a', 'b');
			d.thesis = 't';
			d.relations.push(
				{ from: 'a', to: 't', rel: 'supports' },
				{ from: 'b', to: 'a', rel: 'supports' },
				{ from: 'a', to: 'b', rel: 'supports' }
			);
		});
		expect(codes['support-cycle']).toBe(1);
		// The support that turns back from the thesis goes; the chain towards it stays.
		expect(rels).toEqual(['a supports t', 'b supports a']);
		expect(codes['joined-to-thesis']).toBeUndefined();
		expect(note('a') + note('b')).toMatch(/support may not run in a circle/);
	});

	it('keeps attack circles (mutual rebuttal is legal) and joins a circle that leads nowhere', () => {
		const { codes, rels } = run((d) => {
			claims(d, 't', 'a', 'x', 'y');
			d.thesis = 't';
			d.relations.push(
				{ from: 'a', to: 't', rel: 'supports' },
				{ from: 'x', to: 'y', rel: 'attacks' },
				{ from: 'y', to: 'x', rel: 'attacks' }
			);
		});
		expect(rels).toContain('x attacks y');
		expect(rels).toContain('y attacks x');
		expect(codes['joined-to-thesis']).toBe(1);
	});

	it('keeps one relation between two claims, one thesis, no self-answer, and kinds that need quotes only with quotes', () => {
		const { debate, codes, rels, note } = run((d) => {
			claims(d, 't', 'a', 'b');
			d.claims[1].kind = 'fact';
			d.claims[2].kind = 'thesis';
			d.thesis = 't';
			d.relations.push(
				{ from: 'a', to: 't', rel: 'supports' },
				{ from: 'a', to: 't', rel: 'attacks' },
				{ from: 'b', to: 'b', rel: 'supports' },
				{ from: 'b', to: 'a', rel: 'attacks' },
				{ from: 't', to: 'b', rel: 'attacks' },
				{ from: 'a', to: 'missing', rel: 'supports' }
			);
		});
		expect(rels).toEqual(['a supports t', 'b attacks a']);
		expect(codes).toMatchObject({
			'supports-and-attacks': 1,
			'self-relation': 1,
			'thesis-relation': 1,
			'second-thesis': 1,
			'kind-without-evidence': 1,
			'dangling-relation': 1
		});
		expect(Object.values(debate.claims).filter((c) => c.kind === 'thesis')).toHaveLength(1);
		expect(note('a')).toMatch(/Marked as a fact/);
		expect(note('t')).toMatch(/a thesis answers nothing/);
	});

	it('gives unknown speakers and tags files of their own, and cuts over-long notes saying so', () => {
		const { debate, codes } = run((d) => {
			claims(d, 't', 'a');
			d.thesis = 't';
			Object.assign(d.claims[1], {
				speaker: 'Some One',
				tags: ['Big Idea'],
				notes: ['x'.repeat(300), 'y'.repeat(300)]
			});
			d.relations.push({ from: 'a', to: 't', rel: 'supports' });
		});
		const a = Object.values(debate.claims).find((c) => c.kind !== 'thesis')!;
		expect(debate.people[a.speaker!].name).toBe('Some One');
		expect(debate.meta.tags![a.tags![0]].label).toBe('Big Idea');
		expect(a.note!.length).toBeLessThanOrEqual(500);
		expect(codes).toMatchObject({ 'person-added': 1, 'tag-added': 1, 'note-shortened': 1 });
	});
});
