import { describe, expect, it } from 'vitest';
import { readDebateDir, validateDebateFiles } from '$lib/validate/node.server';
import { START } from '$lib/validate/problem';
import { attributionFindings, checkAttribution, voiceIndex, withNew } from './attribution';

// The fixture debate: Maya Chen and Tom Reyes each have a part of the assembly debate; the
// District Council publishes the survey; Class 7C is a contributor.
const { debate } = validateDebateFiles(readDebateDir('tests/fixtures/arguments/school-phones'));
const idx = voiceIndex(debate!);
const titles = { 'assembly-debate': 'School assembly debate on phones' };

const check = (voice: 'own' | 'source', data: Record<string, unknown>, index = idx) =>
	attributionFindings({ voice, data, sourceTitles: titles }, index);

const reyesQuote = {
	source: 'assembly-debate',
	quote: 'Parents need to know they can reach their children.',
	locator: 'Reyes, para. 3'
};

describe('voiceIndex', () => {
	it('knows where each speaker speaks, and who is a contributor', () => {
		expect(idx.sources).toEqual({
			'class-7c': [],
			'district-council': ['district-survey'],
			'maya-chen': ['assembly-debate'],
			'tom-reyes': ['assembly-debate']
		});
		expect(idx.contributors).toEqual(['class-7c']);
		expect(idx.parts['assembly-debate']).toEqual(['Chen', 'Reyes']);
	});

	it('finds authors, editors and publishers by name, and the speakers of existing quotes', () => {
		const i = voiceIndex({
			people: { 'a-b': { name: 'Ann  Béla' }, paper: { name: 'The Paper' }, x: { name: 'X' } },
			sources: {
				s1: { authors: ['ann bela'] },
				s2: { publisher: { value: 'The Paper', inferred: true, basis: 'masthead' } },
				s3: {}
			},
			claims: { c: { speaker: 'x', evidence: [{ source: 's3', quote: 'q', locator: 'p. 1' }] } }
		});
		expect(i.sources).toEqual({ 'a-b': ['s1'], paper: ['s2'], x: ['s3'] });
	});
});

describe('attribution of a proposed claim', () => {
	it('accepts an author quoted from their own part of their source', () => {
		expect(check('source', { speaker: 'tom-reyes', evidence: [reyesQuote] })).toEqual([]);
	});

	it('refuses a student’s sentence put in an author’s mouth with another author’s quote', () => {
		expect(check('source', { speaker: 'maya-chen', evidence: [reyesQuote] })).toEqual([
			{
				at: ['evidence', 0, 'locator'],
				message:
					'The quote is from Tom Reyes’s part of “School assembly debate on phones” (Reyes), not Maya Chen’s, so this would put Tom Reyes’s words in Maya Chen’s mouth.',
				hint: 'Quote Maya Chen’s own part of the source, or make Tom Reyes the speaker.'
			}
		]);
	});

	it('refuses a quote from a source where the speaker does not speak', () => {
		const f = check('source', {
			speaker: 'tom-reyes',
			evidence: [{ source: 'district-survey', quote: 'q', locator: 'p. 3' }]
		});
		expect(f.map((x) => x.at)).toEqual([['evidence', 0, 'source']]);
		expect(f[0].message).toBe(
			'None of the quotes is from a source where Tom Reyes speaks, so this would put words in Tom Reyes’s mouth.'
		);
		expect(f[0].hint).toMatch(/^Quote Tom Reyes from “School assembly debate on phones”/);
	});

	it('a source’s claim needs a quote, and a speaker who is not a contributor', () => {
		expect(check('source', { speaker: 'district-council' })[0]).toMatchObject({
			at: [],
			message:
				'A claim a source makes needs a quote from that source: the words where District Council says it.'
		});
		expect(check('source', { speaker: 'class-7c', evidence: [reyesQuote] })[0].at).toEqual([
			'speaker'
		]);
		expect(check('source', {})[0].at).toEqual([]);
	});

	it('a reported claim is carried by its reporter’s source', () => {
		const data = {
			speaker: 'tom-reyes',
			role: 'reported',
			by: 'district-council',
			evidence: [{ source: 'district-survey', quote: 'q', locator: 'p. 1' }]
		};
		expect(check('source', data)).toEqual([]);
		expect(check('source', { ...data, by: 'maya-chen' })[0].at).toEqual(['evidence', 0, 'source']);
	});

	it('an own claim is a contributor’s, never an author’s', () => {
		expect(check('own', { speaker: 'class-7c' })).toEqual([]);
		expect(check('own', { speaker: 'class-7c', evidence: [reyesQuote] })).toEqual([]);
		const f = check('own', { speaker: 'maya-chen', role: 'conceded', by: 'tom-reyes' });
		expect(f.map((x) => x.at)).toEqual([['role'], ['by'], ['speaker']]);
		expect(f[2].message).toBe(
			'Maya Chen is a published voice in this debate, so your own claim cannot be theirs: its speaker is the class or your own chosen name.'
		);
		expect(check('own', {})[0].at).toEqual([]);
	});

	it('a new speaker speaks where a role or a new source’s authors say', () => {
		const plain = withNew(idx, { person: { id: 'jo-lee', name: 'Jo Lee' } });
		const q = { source: 'blog', quote: 'q', locator: 'para. 1' };
		expect(check('source', { speaker: 'jo-lee', evidence: [q] }, plain)).toHaveLength(1);
		const byRole = withNew(idx, { person: { id: 'jo-lee', name: 'Jo Lee', roleSource: 'blog' } });
		expect(check('source', { speaker: 'jo-lee', evidence: [q] }, byRole)).toEqual([]);
		const byAuthor = withNew(plain, { source: { id: 'blog', authors: ['Jo Lee'] } });
		expect(check('source', { speaker: 'jo-lee', evidence: [q] }, byAuthor)).toEqual([]);
		// The index it was made from is left as it was.
		expect(idx.sources['jo-lee']).toBeUndefined();
	});

	it('checkAttribution locates each finding in the file', () => {
		const ps = checkAttribution(
			{
				path: 'x.crux.yaml',
				voice: 'own',
				data: { speaker: 'maya-chen' },
				locate: (p) => (p.length ? { line: 7, column: 16 } : START)
			},
			idx
		);
		expect(ps.map((p) => `${p.file}:${p.line}:${p.column} ${p.code} ${p.severity}`)).toEqual([
			'x.crux.yaml:7:16 misattributed error'
		]);
	});
});
