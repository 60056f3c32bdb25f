import { describe, expect, it } from 'vitest';
import { checkFile, partialParse } from './check-file';
import { claimSchema } from '$lib/schema';

const H = '# yaml-language-server: $schema=../../../static/schema/claim.schema.json\n';
const claim = (body: string, id = 'c') => checkFile(`claims/${id}.yaml`, H + body, 'claim', id);
const brief = (r: ReturnType<typeof claim>) =>
	r.problems.map((p) => `${p.line}:${p.column} ${p.code} ${p.message}`);

describe('checkFile: claims', () => {
	it('accepts a valid claim and returns its data', () => {
		const r = claim('text: A claim.\nsupports: [t]\n');
		expect(r.problems).toEqual([]);
		expect(r.kind === 'claim' && r.data).toEqual({ text: 'A claim.', supports: ['t'] });
	});

	it('chooses the moved schema by the presence of "moved", without union noise', () => {
		const r = claim('moved: new-id\nspeaker: x\n');
		expect(brief(r)).toEqual(['3:1 unknown-key Unknown field "speaker" in a moved-claim stub.']);
		expect(r.problems[0].hint).toBe('Allowed fields: moved, note.');
	});

	it('numbers where strings are expected', () => {
		expect(brief(claim('text: 3.14\nspeaker: 7\nsupports: [1]\n'))).toEqual([
			'2:7 wrong-type "text" must be text, but it is 3.14.',
			'3:10 wrong-type "speaker" must be text, but it is 7.',
			'4:12 wrong-type "supports[0]" must be text, but it is 1.'
		]);
	});

	it('missing required field points at the nearest parent', () => {
		expect(brief(claim('kind: fact\n'))).toEqual([
			'2:1 missing-field Missing required field "text" in a claim.'
		]);
	});

	it('an empty relation list explains itself', () => {
		expect(brief(claim('text: x\nsupports: []\n'))).toEqual([
			'3:11 invalid-value "supports" must list at least one claim id; leave the field out if there is none.'
		]);
	});

	it('an "id:" field that disagrees with the file name', () => {
		const r = claim('id: other\ntext: x\n');
		expect(brief(r)).toEqual([
			'2:1 file-name-mismatch This file says id: "other", but its file name makes its id "c".'
		]);
	});

	it('a file name that is not an id', () => {
		const r = checkFile('claims/Sea Lanes.yaml', H + 'text: x\n', 'claim', 'Sea Lanes');
		expect(r.problems[0]).toMatchObject({
			line: 1,
			column: 1,
			code: 'bad-id',
			hint: 'Rename the file to sea-lanes.yaml (and update any references to it).'
		});
	});

	it('inferable values report the branch the contributor meant', () => {
		const r = checkFile(
			'sources/s.yaml',
			'title: T\nkind: news\ndate:\n  value: "2020"\n  inferred: true\n',
			'source',
			's'
		);
		expect(r.problems.map((p) => `${p.line}:${p.column} ${p.code} ${p.message}`)).toEqual([
			'4:3 missing-field Missing required field "basis" in date.'
		]);
		const r2 = checkFile('sources/s.yaml', 'title: T\nkind: news\ndate: 20-20\n', 'source', 's');
		expect(r2.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
			'3:7 "date" is "20-20", but it must be a date written YYYY, YYYY-MM or YYYY-MM-DD.'
		]);
	});

	it('an invalid tag id in debate.yaml is reported at the key', () => {
		const r = checkFile(
			'debate.yaml',
			'title: T\nresolution: R\ndescription: D\nsides: {for: a, against: b}\ntags:\n  Big Tag:\n    label: x\n',
			'debate',
			'd'
		);
		expect(r.problems.map((p) => `${p.line}:${p.column} ${p.code} ${p.hint}`)).toEqual([
			'6:3 bad-id Write "big-tag".'
		]);
	});

	it('hostile text is valid data and is kept exactly; a direction override is warned', () => {
		const text = '<script>alert(1)</script> "quoted" & \u202E ${x}';
		const r = claim(`text: ${JSON.stringify(text)}\nsupports: [t]\n`);
		expect(r.problems.map((p) => `${p.severity} ${p.code}`)).toEqual([
			'warning invisible-character'
		]);
		expect(r.kind === 'claim' && r.data?.text).toBe(text);
	});

	it('never throws on garbage', () => {
		for (const text of [
			'',
			'\u0000\u0001',
			'[[[[[[',
			'{a: ',
			'- - - -',
			':',
			'? ? ?',
			'!!binary x',
			'&a *a',
			'a: !!js/function "x"',
			'\t\t',
			'"'.repeat(1000)
		]) {
			expect(() => claim(text)).not.toThrow();
			expect(claim(text).problems.length).toBeGreaterThan(0);
		}
	});
});

describe('partialParse', () => {
	it('keeps the fields that are valid on their own', () => {
		expect(partialParse(claimSchema, { text: '', supports: ['a'], speekr: 'x', base: 9 })).toEqual({
			partial: { supports: ['a'] },
			invalid: ['text', 'base']
		});
	});
});
