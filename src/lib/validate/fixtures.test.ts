/**
 * Whole-run fixture folders (fixtures/<case>/arguments/<debate>/…): a valid debate, every mistake
 * in one run, near-miss ids in every namespace, quotes against source texts, hostile text. Each
 * test pins the exact file, line, column, code and message. A single rule's mistake is pinned by
 * its own fixture beside it instead (rules/<layer>/<code>.fixture.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadDebates } from './node.server';
import type { Problem } from './problem';

const FIXTURES = join(import.meta.dirname, 'fixtures');

function run(name: string, withTexts = false) {
	const cwd = join(FIXTURES, name);
	return loadDebates(join(cwd, 'arguments'), {
		cwd,
		sourcesDir: withTexts ? join(cwd, 'source-texts') : undefined
	});
}

/** Compact form to compare: "file:line:col code message-prefix". */
function rows(problems: Problem[], severity: Problem['severity'] = 'error') {
	return problems
		.filter((p) => p.severity === severity)
		.map((p) => ({
			at: `${p.file}:${p.line}:${p.column}`,
			code: p.code,
			message: p.message,
			hint: p.hint
		}));
}

describe('fixture: valid', () => {
	it('has no problems and loads one debate', () => {
		const r = run('valid');
		expect(r.problems).toEqual([]);
		expect(r.fileCount).toBe(7);
		expect(r.debates.map((d) => d.id)).toEqual(['japan-taiwan']);
		expect(r.debates[0].thesis).toBe('thesis');
		expect(Object.keys(r.debates[0].claims).sort()).toEqual(['provocation', 'sea-lanes', 'thesis']);
		expect(r.debates[0].people.bob).toEqual({ id: 'bob', name: 'Bob Example', kind: 'person' });
	});
});

describe('fixture: near-miss-id', () => {
	it('suggests the near id for claims, people, sources and tags', () => {
		const r = run('near-miss-id');
		expect(rows(r.problems).map((p) => [p.at, p.message, p.hint])).toEqual([
			[
				'arguments/japan-taiwan/claims/trade-exposure.yaml:4:10',
				'speaker: no person "alise" in this debate.',
				'Did you mean "alice"?'
			],
			[
				'arguments/japan-taiwan/claims/trade-exposure.yaml:6:5',
				'supports[0]: no claim "sea-lane" in this debate.',
				'Did you mean "sea-lanes"?'
			],
			[
				'arguments/japan-taiwan/claims/trade-exposure.yaml:8:13',
				'evidence[0].source: no source "reports" in this debate.',
				'Did you mean "report"?'
			],
			[
				'arguments/japan-taiwan/claims/trade-exposure.yaml:11:8',
				'tags[0]: tag "securty" is not defined in debate.yaml.',
				'Did you mean "security"?'
			]
		]);
	});
});

describe('fixture: quote-not-in-source', () => {
	it('accepts typographic variants and shows the closest passage for a changed quote', () => {
		const r = run('quote-not-in-source', true);
		expect(rows(r.problems)).toEqual([
			{
				at: 'arguments/japan-taiwan/claims/sea-lanes.yaml:12:12',
				code: 'quote-not-found',
				message: 'evidence[1].quote does not occur in the text of source "report".',
				hint:
					'Closest passage (75% alike): "Taiwan sits astride the sea lanes that carry Japan\'s". ' +
					'Quote the source word for word; only spacing, quote marks, dashes and the case of the first letter may differ.'
			}
		]);
	});
	it('does not check quotes without --sources', () => {
		expect(run('quote-not-in-source').problems).toEqual([]);
	});
});

describe('fixture: hostile-text', () => {
	it('accepts markup in claim text as data and loads it byte for byte', () => {
		const r = run('hostile-text');
		const accepted = r.debates.find((d) => d.id === 'accepted');
		expect(accepted).toBeDefined();
		const file = join(FIXTURES, 'hostile-text/arguments/accepted/claims/sea-lanes.yaml');
		const raw = parse(readFileSync(file, 'utf8'));
		expect(accepted!.claims['sea-lanes'].text).toBe(raw.text);
		expect(accepted!.claims['sea-lanes'].text).toContain('<script>alert(1)</script>');
		expect(accepted!.claims['sea-lanes'].text).toContain('\u202E');
		expect(accepted!.claims['sea-lanes'].note).toBe(raw.note);
	});
	it('rejects a javascript: URL in a source', () => {
		const r = run('hostile-text');
		expect(r.debates.map((d) => d.id)).toEqual(['accepted']);
		expect(rows(r.problems)).toEqual([
			{
				at: 'arguments/rejected/sources/report.yaml:4:6',
				code: 'invalid-value',
				message:
					'"url" is "javascript:alert(document.cookie)", but it must be an http:// or https:// address.',
				hint: undefined
			}
		]);
	});
});

describe('fixture: many-mistakes', () => {
	const r = run('many-mistakes');
	const at = (file: string, line: number, column: number, code: string, message: string) => ({
		at: `arguments/japan-taiwan/${file}:${line}:${column}`,
		code,
		message
	});
	it('reports every mistake in every file in one run', () => {
		expect(rows(r.problems).map(({ at, code, message }) => ({ at, code, message }))).toEqual([
			at(
				'claims/Bad_Name.yaml',
				1,
				1,
				'bad-id',
				'The file name "Bad_Name" is not a valid id: ids are lowercase kebab-case, such as "japan-sea-lanes" (a-z, 0-9 and single hyphens).'
			),
			at(
				'claims/broken.yaml',
				2,
				7,
				'yaml-syntax',
				'This text opens with " but never closes it, so YAML reads the rest of the file as part of the text.'
			),
			at(
				'claims/dupe-key.yaml',
				3,
				1,
				'duplicate-key',
				'The field "text" appears twice in the same mapping; this is the second.'
			),
			at(
				'claims/fact-no-evidence.yaml',
				3,
				7,
				'fact-without-evidence',
				'Claim "fact-no-evidence" is a fact but gives no evidence.'
			),
			at(
				'claims/loop-a.yaml',
				4,
				12,
				'support-cycle',
				'Support cycle: loop-a → loop-b → loop-a. A claim cannot support itself, even through other claims.'
			),
			at(
				'claims/loop-a.yaml',
				4,
				20,
				'moved-referenced',
				'supports[1]: claim "old-name" was renamed to "sea-lanes"; claims/old-name.yaml is only a forwarding stub.'
			),
			at(
				'claims/loop-b.yaml',
				4,
				12,
				'support-cycle',
				'Support cycle: loop-a → loop-b → loop-a. A claim cannot support itself, even through other claims.'
			),
			at(
				'claims/notes.txt',
				1,
				1,
				'unexpected-file',
				'"notes.txt" is not read: claims/ holds only .yaml files, one per claim.'
			),
			at('claims/provocation.yaml', 2, 7, 'invalid-value', '"text" must not be empty.'),
			at(
				'claims/provocation.yaml',
				3,
				7,
				'invalid-value',
				'"kind" is "objektion", which is not one of the allowed values.'
			),
			at(
				'claims/provocation.yaml',
				6,
				5,
				'bad-id',
				'"attacks[0]" is "Thesis", which is not a valid id: it must be a lowercase kebab-case id such as "japan-sea-lanes" (a-z, 0-9 and single hyphens).'
			),
			at(
				'claims/provocation.yaml',
				8,
				5,
				'missing-field',
				'Missing required field "locator" in evidence[0].'
			),
			at(
				'claims/provocation.yaml',
				10,
				7,
				'invalid-value',
				'"base" must be at most 1, but it is 2.'
			),
			at('claims/sea-lanes.yaml', 4, 1, 'unknown-key', 'Unknown field "speekr" in a claim.'),
			at(
				'claims/sea-lanes.yaml',
				7,
				5,
				'dangling-reference',
				'supports[1]: no claim "thesis-x" in this debate.'
			),
			at(
				'claims/sea-lanes.yaml',
				9,
				13,
				'dangling-reference',
				'evidence[0].source: no source "reprot" in this debate.'
			),
			at(
				'claims/sea-lanes.yaml',
				12,
				8,
				'undefined-tag',
				'tags[0]: tag "securty" is not defined in debate.yaml.'
			),
			at(
				'claims/tabbed.yaml',
				4,
				1,
				'yaml-syntax',
				'Line 4 is indented with a tab; YAML indents with spaces only.'
			),
			at(
				'claims/thesis.yaml',
				4,
				1,
				'thesis-relation',
				'The thesis "thesis" has "supports:", but the thesis is the root of the map: it supports or attacks nothing.'
			),
			at('debate.yaml', 8, 3, 'unknown-key', 'Unknown field "neutral" in sides.'),
			at(
				'people/carol.yaml',
				5,
				13,
				'dangling-reference',
				'roles[0].source: no source "newspaper" in this debate.'
			)
		]);
	});
	it('gives a hint wherever the fix is mechanical', () => {
		const hint = (file: string, line: number) =>
			r.problems.find((p) => p.file.endsWith(file) && p.line === line)?.hint;
		expect(hint('claims/Bad_Name.yaml', 1)).toBe(
			'Rename the file to bad-name.yaml (and update any references to it).'
		);
		expect(hint('claims/provocation.yaml', 3)).toMatch(/^Did you mean "objection"\?/);
		expect(hint('claims/provocation.yaml', 6)).toBe('Write "thesis".');
		expect(hint('claims/loop-a.yaml', 4)).toBeDefined();
		expect(hint('claims/sea-lanes.yaml', 7)).toBe('Did you mean "thesis"?');
		expect(hint('claims/notes.txt', 1)).toBe('Write it as claims/notes.yaml, or delete it.');
	});
	it('produces no debate while there are errors', () => {
		expect(r.debates).toEqual([]);
	});
});
