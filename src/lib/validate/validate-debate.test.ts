import { describe, expect, it } from 'vitest';
import { checkClaimFile, validateDebateFiles } from './index';

const files = (entries: Record<string, string>) =>
	Object.entries(entries).map(([path, text]) => ({ path, text }));
const DEBATE =
	'title: T\nresolution: R\ndescription: D\nsides: {for: F, against: A}\ntags:\n  security: {label: Security}\n';
const valid = {
	'debate.yaml': DEBATE,
	'claims/t.yaml': 'text: The thesis.\nkind: thesis\n',
	'claims/a.yaml':
		'text: A reason.\nspeaker: p\nsupports: [t]\nevidence:\n  - {source: s, quote: Q, locator: p. 1}\ntags: [security]\n',
	'claims/old-a.yaml': 'moved: a\n',
	'people/p.yaml': 'name: P\n',
	'sources/s.yaml': 'title: S\nkind: report\n'
};

describe('validateDebateFiles (in memory, pure)', () => {
	it('assembles the Debate model from valid files', () => {
		const r = validateDebateFiles({ id: 'd', dir: '', files: files(valid) });
		expect(r.problems).toEqual([]);
		expect(r.debate).toEqual({
			id: 'd',
			meta: {
				title: 'T',
				resolution: 'R',
				description: 'D',
				sides: { for: 'F', against: 'A' },
				tags: { security: { label: 'Security' } }
			},
			thesis: 't',
			claims: {
				a: {
					id: 'a',
					text: 'A reason.',
					speaker: 'p',
					supports: ['t'],
					evidence: [{ source: 's', quote: 'Q', locator: 'p. 1' }],
					tags: ['security']
				},
				t: { id: 't', text: 'The thesis.', kind: 'thesis' }
			},
			people: { p: { id: 'p', name: 'P', kind: 'person' } },
			sources: { s: { id: 's', title: 'S', kind: 'report' } },
			moved: { 'old-a': 'a' }
		});
	});
	it('prefixes paths with dir and strips it for classification', () => {
		const r = validateDebateFiles({
			id: 'd',
			dir: 'arguments/d',
			files: files(valid).map((f) => ({ ...f, path: `arguments/d/${f.path}` }))
		});
		expect(r.debate?.thesis).toBe('t');
	});
	it('returns no debate when there is an error, and warnings do not block', () => {
		const bad = validateDebateFiles({
			id: 'd',
			dir: '',
			files: files({ ...valid, 'claims/b.yaml': 'text: B\nsupports: [zz]\n' })
		});
		expect(bad.debate).toBeUndefined();
		const warned = validateDebateFiles({
			id: 'd',
			dir: '',
			files: files({ ...valid, 'claims/b.yaml': 'text: B\nsupports: [t]\n' })
		});
		expect(warned.problems.map((p) => p.code)).toEqual(['no-evidence', 'no-speaker']);
		expect(warned.debate).toBeDefined();
	});
	it('reports a missing debate.yaml, a bad folder name, stray files and case-duplicate ids', () => {
		const { 'debate.yaml': _omit, ...rest } = valid;
		const r = validateDebateFiles({
			id: 'My Debate',
			dir: '',
			files: files({
				...rest,
				'claims/A.yaml': 'text: x\nsupports: [t]\n',
				'notes.md': 'hi',
				'claim/x.yaml': 'text: x\n',
				'.DS_Store': '\u0000'
			})
		});
		expect(r.problems.map((p) => `${p.file} ${p.code}`)).toEqual([
			'claim/x.yaml unexpected-file',
			'claims/A.yaml duplicate-id',
			'debate.yaml bad-id',
			'debate.yaml missing-file',
			'notes.md unexpected-file'
		]);
		expect(r.problems[0].hint).toMatch(/Did you mean "claims\/"\?/);
	});
	it('checks quotes when source texts are given', () => {
		const r = validateDebateFiles(
			{ id: 'd', dir: '', files: files(valid) },
			{ sourceTexts: { s: 'Nothing here.' } }
		);
		expect(r.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code}`)).toEqual([
			'claims/a.yaml:5:24 quote-not-found'
		]);
	});
	it('never throws on hostile files', () => {
		const hostile = {
			'claims/x.yaml': '['.repeat(10_000),
			'claims/y.yaml': 'a: &a [1]\n' + 'b: *a\n',
			'claims/z.yaml': '\u0000\u0001\u0002',
			'people/q.yaml': '- a\n',
			'sources/r.yaml': 'x'.repeat(300 * 1024)
		};
		const r = validateDebateFiles({ id: 'd', dir: '', files: files({ ...valid, ...hostile }) });
		expect(r.problems.map((p) => `${p.file} ${p.code}`)).toEqual(
			expect.arrayContaining([
				'claims/x.yaml too-deep',
				'claims/z.yaml not-text',
				'people/q.yaml wrong-type',
				'sources/r.yaml too-large'
			])
		);
	});
});

describe('checkClaimFile (browser form)', () => {
	const known = { claims: ['t', 'a'], people: ['p'], sources: ['s'], tags: ['security'] };
	it('accepts a good new claim', () => {
		expect(
			checkClaimFile(
				'claims/b.yaml',
				'text: B\nspeaker: p\nattacks: [a]\nevidence:\n  - {source: s, quote: Q, locator: l}\n',
				known
			)
		).toEqual([]);
	});
	it('reports file-level and reference problems against the known ids', () => {
		const r = checkClaimFile(
			'claims/a.yaml',
			'text: B\nspeker: p\nattacks: [aa]\ntags: [secrity]\n',
			known
		);
		expect(r.map((p) => `${p.line}:${p.column} ${p.code} ${p.hint ?? ''}`)).toEqual([
			'1:1 duplicate-id Choose another id (file name) for the new claim.',
			'1:1 no-evidence Add "evidence:" with a verbatim quote from a source, so readers can check it.',
			'2:1 unknown-key Did you mean "speaker"? Allowed fields: text, label, kind, speaker, role, by, supports, attacks, undercuts, with, evidence, tags, base, date, note.',
			'3:11 dangling-reference Did you mean "a"?',
			'4:8 undefined-tag Did you mean "security"?'
		]);
	});
	it('without known ids checks only the file itself', () => {
		expect(
			checkClaimFile(
				'claims/b.yaml',
				'text: B\nspeaker: p\nattacks: [zz]\nevidence:\n  - {source: s, quote: Q, locator: l}\n'
			)
		).toEqual([]);
	});
});

describe('holes that used to hide problems', () => {
	const run = (over: Record<string, string>, sourceTexts?: Record<string, string>) =>
		validateDebateFiles(
			{
				id: 'd',
				dir: 'arguments/d',
				files: files({ ...valid, ...over }).map((f) => ({ ...f, path: `arguments/d/${f.path}` }))
			},
			{ sourceTexts }
		).problems.map((p) => `${p.file.slice(12)}:${p.line}:${p.column} ${p.code}`);

	it('a typo’d key does not switch off the file’s other checks (quotes, self-reference, references)', () => {
		expect(
			run(
				{
					'claims/a.yaml':
						'text: A reason.\nspeakr: p\nsupports: [t, a, nobody]\nevidence:\n  - {source: s, quote: Not in the text, locator: p. 1, page: 3}\n'
				},
				{ s: 'Q is the text.' }
			)
		).toEqual([
			'claims/a.yaml:2:1 unknown-key',
			'claims/a.yaml:3:15 self-reference',
			'claims/a.yaml:3:18 dangling-reference',
			'claims/a.yaml:5:24 quote-not-found',
			'claims/a.yaml:5:56 unknown-key'
		]);
	});

	it('of two claim files that differ only in case, the valid one is kept and the other reported once', () => {
		const twin = valid['claims/a.yaml'];
		expect(
			run({
				'claims/A.yaml': twin,
				'claims/b.yaml':
					'text: B\nspeaker: p\nattacks: [a]\nevidence:\n  - {source: s, quote: Q, locator: l}\n'
			})
		).toEqual(['claims/A.yaml:1:1 duplicate-id']);
	});
});
