/**
 * The CLI as contributors and CI run it: `main(argv, io)` in-process, checked for output, exit
 * code and the absence of stack traces; one smoke test runs it as a real command.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './validate';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = 'src/lib/validate/fixtures';

function cli(...args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
	return { code, out: out.join('\n') + '\n', err: err.join('\n') + '\n' };
}

const STACK = /\n\s+at .+:\d+:\d+|Error: .*\n\s+at /;

describe('npm run validate', () => {
	it('reports every mistake of many-mistakes in one run, exits 1, no stack trace', () => {
		const r = cli(`${FIXTURES}/many-mistakes/arguments`);
		expect(r.code).toBe(1);
		expect(r.out + r.err).not.toMatch(STACK);
		const lines = r.out.split('\n');
		const located = lines.filter((l) =>
			/^src\/lib\/validate\/fixtures\/many-mistakes\/arguments\/japan-taiwan\/\S+:\d+:\d+ {2}/.test(
				l
			)
		);
		expect(located).toHaveLength(21);
		expect(r.out).not.toContain('warning:');
		for (const needle of [
			'claims/Bad_Name.yaml:1:1  The file name "Bad_Name" is not a valid id',
			'claims/broken.yaml:2:7  This text opens with " but never closes it',
			'claims/dupe-key.yaml:3:1  The field "text" appears twice',
			'claims/fact-no-evidence.yaml:3:7  Claim "fact-no-evidence" is a fact but gives no evidence.',
			'claims/loop-a.yaml:4:12  Support cycle: loop-a → loop-b → loop-a.',
			'claims/loop-a.yaml:4:20  supports[1]: claim "old-name" was renamed to "sea-lanes"',
			'claims/notes.txt:1:1  "notes.txt" is not read',
			'claims/provocation.yaml:3:7  "kind" is "objektion"',
			'claims/provocation.yaml:8:5  Missing required field "locator" in evidence[0].',
			'claims/sea-lanes.yaml:4:1  Unknown field "speekr" in a claim.',
			'claims/sea-lanes.yaml:7:5  supports[1]: no claim "thesis-x" in this debate.',
			'claims/sea-lanes.yaml:12:8  tags[0]: tag "securty" is not defined in debate.yaml.',
			'claims/tabbed.yaml:4:1  Line 4 is indented with a tab; YAML indents with spaces only.',
			'claims/thesis.yaml:4:1  The thesis "thesis" has "supports:"',
			'debate.yaml:8:3  Unknown field "neutral" in sides.',
			'people/carol.yaml:5:13  roles[0].source: no source "newspaper" in this debate.'
		])
			expect(r.out).toContain(needle);
		expect(r.out).toContain('    hint: Did you mean "speaker"? Allowed fields:');
		expect(lines.filter(Boolean).at(-1)).toBe('21 errors in 13 files (17 files checked).');
	});

	it('exits 0 on valid data and prints the summary', () => {
		const r = cli(`${FIXTURES}/valid/arguments`);
		expect(r.code).toBe(0);
		expect(r.out.trim()).toBe('No problems in 7 files.');
	});

	it('--time adds elapsed milliseconds; --quiet hides warnings', () => {
		expect(cli(`${FIXTURES}/valid/arguments`, '--time').out.trim()).toMatch(
			/^No problems in 7 files\. \(\d+ ms\)$/
		);
		const q = cli(`${FIXTURES}/hostile-text/arguments`, '--quiet');
		expect(q.out).not.toContain('warning:');
		expect(q.out).toContain('1 error, 2 warnings in 2 files');
	});

	it('--format github prints workflow commands', () => {
		const r = cli(`${FIXTURES}/near-miss-id/arguments`, '--format', 'github');
		expect(r.code).toBe(1);
		expect(r.out.split('\n')[0]).toBe(
			'::error file=src/lib/validate/fixtures/near-miss-id/arguments/japan-taiwan/claims/trade-exposure.yaml,line=4,col=10,title=Crux dangling-reference::speaker: no person "alise" in this debate.%0ADid you mean "alice"?'
		);
	});

	// Newcomer walkthrough F11: a debate folder given as the root gave 292 misleading errors.
	it('says so when given a debate folder instead of the folder that holds debates', () => {
		const r = cli(`${FIXTURES}/valid/arguments/japan-taiwan`);
		expect(r.code).toBe(2);
		expect(r.err.trim()).toBe(
			`"${FIXTURES}/valid/arguments/japan-taiwan" is a debate folder (it holds debate.yaml); pass the folder that holds debates instead: npm run validate -- ${FIXTURES}/valid/arguments`
		);
		expect(r.out.trim()).toBe('');
	});

	it('counts many warnings by code at the end', () => {
		const root = mkdtempSync(join(tmpdir(), 'crux-many-'));
		cpSync(`${FIXTURES}/valid/arguments`, root, { recursive: true });
		for (let i = 0; i < 12; i++)
			writeFileSync(
				join(root, 'japan-taiwan', 'claims', `extra-${i}.yaml`),
				`text: Extra claim number ${i}.\nattacks: [thesis]\n`
			);
		const r = cli(root);
		expect(r.code).toBe(0);
		const lines = r.out.trim().split('\n');
		expect(lines.at(-2)).toBe('24 warnings in 12 files (19 files checked).');
		expect(lines.at(-1)).toBe(
			'Warnings by code: no-evidence 12, no-speaker 12 (--quiet shows errors only).'
		);
		expect(cli(`${FIXTURES}/many-mistakes/arguments`).out).not.toContain('Warnings by code');
	});

	it('--sources checks quotes', () => {
		const r = cli(
			`${FIXTURES}/quote-not-in-source/arguments`,
			'--sources',
			`${FIXTURES}/quote-not-in-source/source-texts`
		);
		expect(r.code).toBe(1);
		expect(r.out).toContain(
			'claims/sea-lanes.yaml:12:12  evidence[1].quote does not occur in the text of source "report".'
		);
		expect(r.out).toContain('    hint: Closest passage (75% alike)');
	});

	it('bad arguments and missing folders are one-line messages, not traces', () => {
		const bad = cli('--format', 'xml');
		expect(bad.code).toBe(2);
		expect(bad.err.trim()).toBe('Unknown format "xml": use text or github.');
		const typo = cli('--sorces', 'x');
		expect(typo.code).toBe(2);
		expect(typo.err).toContain('Unknown option "--sorces". Did you mean "--sources"?');
		const missing = cli('no/such/folder');
		expect(missing.code).toBe(1);
		expect(missing.out).toContain(
			'no/such/folder:1:1  There is no folder "no/such/folder" to validate.'
		);
	});

	it('a missing --sources folder is one warning that says where the texts come from, not a failure', () => {
		const r = cli(`${FIXTURES}/valid/arguments`, '--sources', 'no/such/texts');
		expect(r.code).toBe(0);
		expect(r.out.split('\n').filter(Boolean)).toEqual([
			'no/such/texts:1:1  warning: There is no source-text folder "no/such/texts", so quotes were not checked against their sources; everything else was.',
			'    hint: The source texts are not in the repository (they are published works). Pass --sources with a folder holding <source-id>.txt files, or leave the flag out.',
			'1 warning in 1 file (7 files checked).'
		]);
	});

	it('a symbolic link is reported and never followed, and its target is not echoed', () => {
		const root = mkdtempSync(join(tmpdir(), 'crux-link-'));
		mkdirSync(join(root, 'd', 'claims'), { recursive: true });
		writeFileSync(
			join(root, 'd', 'debate.yaml'),
			'title: T\nresolution: R\ndescription: D\nsides: {for: a, against: b}\n'
		);
		writeFileSync(join(root, 'd', 'claims', 't.yaml'), 'text: T\nkind: thesis\n');
		writeFileSync(join(root, 'secret.txt'), 'text: the secret is 42\n');
		symlinkSync(join(root, 'secret.txt'), join(root, 'd', 'claims', 'leak.yaml'));
		for (const format of ['text', 'github']) {
			const r = cli(root, '--format', format);
			expect(r.code).toBe(1);
			expect(r.out).toContain('leak.yaml');
			expect(r.out).toContain('symbolic link');
			expect(r.out + r.err).not.toMatch(/secret/);
		}
	});

	it('hostile files on disk: binary, huge, deep, empty — reported, never a crash', () => {
		const root = mkdtempSync(join(tmpdir(), 'crux-hostile-'));
		const d = join(root, 'evil');
		mkdirSync(join(d, 'claims'), { recursive: true });
		writeFileSync(
			join(d, 'debate.yaml'),
			'title: T\nresolution: R\ndescription: D\nsides: {for: a, against: b}\n'
		);
		writeFileSync(
			join(d, 'claims', 'binary.yaml'),
			Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256))
		);
		writeFileSync(join(d, 'claims', 'huge.yaml'), 'text: ' + 'x'.repeat(5 * 1024 * 1024));
		writeFileSync(join(d, 'claims', 'deep.yaml'), '['.repeat(10_000));
		writeFileSync(join(d, 'claims', 'empty.yaml'), '');
		writeFileSync(
			join(d, 'claims', 'latin1.yaml'),
			Buffer.from([0x74, 0x65, 0x78, 0x74, 0x3a, 0x20, 0xe9, 0x0a])
		);
		const r = cli(root);
		expect(r.code).toBe(1);
		expect(r.out + r.err).not.toMatch(STACK);
		for (const [file, code] of [
			['binary', 'not valid UTF-8|control character'],
			['huge', 'KB; argument files may be at most 256 KB'],
			['deep', 'is nested more than 32 levels deep'],
			['empty', 'The file is empty.'],
			['latin1', 'not valid UTF-8']
		])
			expect(r.out).toMatch(new RegExp(`claims/${file}\\.yaml:\\d+:\\d+  .*(${code})`));
	});

	it('runs as a command (the one subprocess: tsx, exit code, stdout)', () => {
		const r = spawnSync(
			join(ROOT, 'node_modules/.bin/tsx'),
			['scripts/validate.ts', `${FIXTURES}/near-miss-id/arguments`],
			{ cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }
		);
		expect(r.status).toBe(1);
		expect(r.stdout).toContain('speaker: no person "alise" in this debate.');
		expect(r.stdout + r.stderr).not.toMatch(STACK);
	});
});
