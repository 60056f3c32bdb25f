import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkClaimFile } from '$lib/validate/index';
import {
	claimYaml,
	fieldsByLine,
	personYaml,
	schemaComment,
	sourceYaml,
	type ClaimDraft
} from './claim-yaml';
import { checkFile } from '$lib/validate/check-file';

const known = {
	claims: ['taiwans-defense-is-japans-defense', 'resolution'],
	people: ['benjamin-self'],
	sources: ['csis-debating-japan-newsham-self'],
	tags: ['deterrence', 'china-reaction']
};
const PATH = 'arguments/japan-taiwan/claims/map-ignores-chinas-view.yaml';

const draft: ClaimDraft = {
	text: 'A map alone says nothing about what Beijing "intends": geography is not policy # really',
	label: 'Geography: not policy',
	kind: 'objection',
	speaker: 'benjamin-self',
	attacks: ['taiwans-defense-is-japans-defense'],
	evidence: [
		{
			source: 'csis-debating-japan-newsham-self',
			quote: 'Line one,\nline two — with “quotes” & 100% %0A',
			locator: 'Self, para. 3'
		}
	],
	tags: ['deterrence', 'china-reaction']
};

describe('claimYaml', () => {
	it('starts with the schema comment and keeps the field order', () => {
		const y = claimYaml(draft);
		expect(y.split('\n')[0]).toBe(schemaComment('claim'));
		expect(y.split('\n')[0]).toBe(
			'# yaml-language-server: $schema=../../../static/schema/claim.schema.json'
		);
		const keys = y
			.split('\n')
			.filter((l) => /^[a-z]+:/.test(l))
			.map((l) => l.split(':')[0]);
		expect(keys).toEqual(['text', 'label', 'kind', 'speaker', 'attacks', 'evidence', 'tags']);
		expect(y).toContain('attacks: [taiwans-defense-is-japans-defense]');
		expect(y).toContain('tags: [deterrence, china-reaction]');
	});

	it('round-trips through the validator with no problems, and parses back to the same fields', () => {
		const y = claimYaml(draft);
		expect(checkClaimFile(PATH, y, known)).toEqual([]);
		expect(parse(y)).toEqual(draft);
	});

	it('quotes hostile text so it stays text', () => {
		for (const text of [
			'- not a list',
			'key: value',
			'"quoted"',
			"it's",
			'[a, b]',
			'{x: 1}',
			'&anchor *alias',
			'!tag yes',
			'yes',
			'123',
			'null',
			'@home `code`',
			'<script>alert(1)</script>'
		]) {
			const y = claimYaml({ ...draft, text, label: text });
			expect(parse(y).text).toBe(text);
			expect(parse(y).label).toBe(text);
			expect(checkClaimFile(PATH, y, known).filter((p) => p.severity === 'error')).toEqual([]);
		}
	});

	it('keeps every value on one line so problems map to fields', () => {
		const y = claimYaml({
			...draft,
			evidence: [
				{ source: 'csis-debating-japan-newsham-self', quote: '', locator: 'Self, para. 3' }
			]
		});
		const problems = checkClaimFile(PATH, y, known);
		expect(problems.map((p) => p.code)).toEqual(['invalid-value']);
		expect(fieldsByLine(y).get(problems[0].line)).toBe('evidence.quote');
		const lines = fieldsByLine(y);
		expect([...new Set(lines.values())]).toEqual([
			'text',
			'label',
			'kind',
			'speaker',
			'attacks',
			'evidence.source',
			'evidence.quote',
			'evidence.locator',
			'evidence',
			'tags'
		]);
		expect(lines.has(1)).toBe(false);
	});

	it('leaves out empty optional fields and trims', () => {
		const y = claimYaml({ text: '  Just text.  ', label: ' ', supports: ['x', ' '], tags: [] });
		expect(y).toBe(`${schemaComment('claim')}\ntext: "Just text."\nsupports: [x]\n`);
	});

	it('adds the path as a comment when asked', () => {
		expect(claimYaml({ text: 'T', attacks: ['x'] }, { path: PATH }).split('\n')[1]).toBe(
			`# ${PATH}`
		);
	});
});

describe('personYaml and sourceYaml', () => {
	it('produce files that pass the schema', () => {
		const p = personYaml({
			name: 'Ann O’Neil',
			role: 'Teacher, history',
			affiliation: 'A School',
			source: 'src'
		});
		expect(p.split('\n')[0]).toBe(schemaComment('person'));
		expect(
			checkFile('arguments/x/people/ann-oneil.yaml', p, 'person', 'ann-oneil').problems
		).toEqual([]);
		const s = sourceYaml({
			title: 'Report: "A", part 2',
			kind: 'report',
			authors: ['A. B', ' '],
			date: '2023-09',
			url: 'https://example.org/a?b=c'
		});
		expect(s.split('\n')[0]).toBe(schemaComment('source'));
		expect(checkFile('arguments/x/sources/report.yaml', s, 'source', 'report').problems).toEqual(
			[]
		);
	});

	it('lets the schema catch a bad URL or date', () => {
		const s = sourceYaml({
			title: 'T',
			kind: 'news',
			date: '23/9/2023',
			url: 'javascript:alert(1)'
		});
		const codes = checkFile('arguments/x/sources/t.yaml', s, 'source', 't').problems.map((p) =>
			fieldsByLine(s).get(p.line)
		);
		expect(codes.sort()).toEqual(['date', 'url']);
	});
});
