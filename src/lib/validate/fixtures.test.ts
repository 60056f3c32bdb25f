/**
 * One fixture folder per failure kind (fixtures/<case>/arguments/<debate>/…). Each test pins the
 * exact file, line, column, code and message, so a regression in location or wording fails.
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

describe('fixture: broken-yaml', () => {
	it('reports the syntax error at the line where the parser stopped', () => {
		const r = run('broken-yaml');
		expect(rows(r.problems)).toEqual([
			{
				at: 'arguments/japan-taiwan/claims/sea-lanes.yaml:5:11',
				code: 'yaml-syntax',
				message: 'This list opens with "[" but does not close it on the same line.',
				hint: 'Close it at the end of the line: supports: [thesis]'
			}
		]);
		expect(r.debates).toEqual([]);
	});
});

describe('fixture: unknown-key', () => {
	it('points at the key, suggests the field and lists the allowed ones', () => {
		const r = run('unknown-key');
		expect(rows(r.problems)).toEqual([
			{
				at: 'arguments/japan-taiwan/claims/provocation.yaml:4:1',
				code: 'unknown-key',
				message: 'Unknown field "speekr" in a claim.',
				hint: 'Did you mean "speaker"? Allowed fields: text, label, kind, speaker, role, by, supports, attacks, undercuts, with, evidence, tags, base, date, note.'
			},
			{
				at: 'arguments/japan-taiwan/claims/provocation.yaml:11:5',
				code: 'unknown-key',
				message: 'Unknown field "page" in evidence[0].',
				hint: 'Allowed fields: source, quote, locator.'
			}
		]);
	});
});

describe('fixture: wrong-type', () => {
	it('names the expected type and points at the value', () => {
		const r = run('wrong-type');
		expect(rows(r.problems).map((p) => [p.at, p.code, p.message])).toEqual([
			[
				'arguments/japan-taiwan/claims/provocation.yaml:2:7',
				'wrong-type',
				'"text" must be text, but it is 42.'
			],
			[
				'arguments/japan-taiwan/claims/provocation.yaml:5:10',
				'wrong-type',
				'"attacks" must be a list, but it is the text "thesis".'
			],
			[
				'arguments/japan-taiwan/claims/provocation.yaml:6:7',
				'wrong-type',
				'"base" must be a number, but it is the text "high".'
			],
			[
				'arguments/japan-taiwan/claims/provocation.yaml:8:5',
				'missing-field',
				'Missing required field "locator" in evidence[0].'
			]
		]);
		const hints = rows(r.problems).map((p) => p.hint);
		expect(hints[0]).toBe('Write it as text; wrap it in quotes if needed: text: "42".');
		expect(hints[1]).toBe('Write it as a list in brackets: attacks: [thesis]');
	});
});

describe('fixture: dangling-reference', () => {
	it('reports every unresolved id at its list item, in every namespace', () => {
		const r = run('dangling-reference');
		expect(rows(r.problems).map((p) => [p.at, p.code, p.message])).toEqual([
			[
				'arguments/japan-taiwan/claims/provocation.yaml:4:10',
				'dangling-reference',
				'speaker: no person "xi-jinping" in this debate.'
			],
			[
				'arguments/japan-taiwan/claims/provocation.yaml:7:5',
				'dangling-reference',
				'attacks[1]: no claim "beijing-red-lines" in this debate.'
			],
			[
				'arguments/japan-taiwan/claims/provocation.yaml:9:13',
				'dangling-reference',
				'evidence[0].source: no source "white-paper" in this debate.'
			],
			[
				'arguments/japan-taiwan/claims/provocation.yaml:12:8',
				'undefined-tag',
				'tags[0]: tag "diplomacy" is not defined in debate.yaml.'
			]
		]);
		expect(rows(r.problems)[1].hint).toBe(
			'Fix the id, or add the file claims/beijing-red-lines.yaml.'
		);
		expect(rows(r.problems, 'warning').map((p) => [p.at, p.code])).toEqual([
			['arguments/japan-taiwan/people/bob.yaml:2:1', 'unused-person']
		]);
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

describe('fixture: duplicate-id', () => {
	it('reports a .yml twin of a .yaml claim as a duplicate id', () => {
		const r = run('duplicate-id');
		expect(rows(r.problems)).toEqual([
			{
				at: 'arguments/japan-taiwan/claims/sea-lanes.yml:1:1',
				code: 'duplicate-id',
				message:
					'Two files give the id "sea-lanes": arguments/japan-taiwan/claims/sea-lanes.yaml and arguments/japan-taiwan/claims/sea-lanes.yml.',
				hint: 'Only .yaml files are read. Merge anything missing from this file into arguments/japan-taiwan/claims/sea-lanes.yaml, then delete this one.'
			}
		]);
	});
});

describe('fixture: support-cycle', () => {
	it('lists the cycle on each member’s relation item, and allows attack cycles', () => {
		const r = run('support-cycle');
		const cycle =
			'Support cycle: credibility → signalling → deterrence → credibility. A claim cannot support itself, even through other claims.';
		expect(rows(r.problems).map((p) => [p.at, p.code, p.message])).toEqual([
			['arguments/japan-taiwan/claims/credibility.yaml:5:5', 'support-cycle', cycle],
			['arguments/japan-taiwan/claims/deterrence.yaml:6:5', 'support-cycle', cycle],
			['arguments/japan-taiwan/claims/signalling.yaml:4:12', 'support-cycle', cycle]
		]);
		// provocation ⇄ rebuttal attack each other: legal, so nothing reported on them.
		expect(r.problems.filter((p) => /provocation|rebuttal/.test(p.file))).toEqual([]);
	});
});

describe('fixture: orphan-claim', () => {
	it('reports a claim with no relation and an island that never reaches the thesis', () => {
		const r = run('orphan-claim');
		expect(rows(r.problems).map((p) => [p.at, p.code, p.message])).toEqual([
			[
				'arguments/japan-taiwan/claims/island-a.yaml:4:1',
				'unreachable',
				'Claim "island-a" does not connect to the thesis "thesis": it points to "island-b", but that claim does not lead to the thesis either.'
			],
			[
				'arguments/japan-taiwan/claims/island-b.yaml:4:1',
				'unreachable',
				'Claim "island-b" does not connect to the thesis "thesis": it points to "island-a", but that claim does not lead to the thesis either.'
			],
			[
				'arguments/japan-taiwan/claims/lonely.yaml:2:1',
				'no-relation',
				'Claim "lonely" neither supports nor attacks any claim, so it is not part of the argument.'
			]
		]);
		expect(rows(r.problems)[1].hint).toContain('to its attacks');
	});
});

describe('fixture: two-theses', () => {
	it('reports each thesis at its kind', () => {
		const r = run('two-theses');
		const message =
			'This debate has 2 theses ("second-thesis" and "thesis"); it must have exactly one.';
		expect(rows(r.problems).map((p) => [p.at, p.code, p.message])).toEqual([
			['arguments/japan-taiwan/claims/second-thesis.yaml:3:7', 'two-theses', message],
			['arguments/japan-taiwan/claims/thesis.yaml:3:7', 'two-theses', message]
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
