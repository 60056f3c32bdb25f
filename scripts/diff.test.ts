/** The git-reading half of the PR diff, against a throwaway repository: what changed between a commit and the working tree. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesAtRef, gitIn, main } from './diff';

const FIXTURE = join(import.meta.dirname, '../src/lib/validate/fixtures/valid/arguments');
let repo: string;
const run = (...args: string[]) =>
	execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(() => {
	repo = mkdtempSync(join(tmpdir(), 'crux-diff-'));
	run('init', '-q', '-b', 'main');
	run('config', 'user.email', 'test@example.org');
	run('config', 'user.name', 'Test');
	cpSync(FIXTURE, join(repo, 'arguments'), { recursive: true });
	writeFileSync(join(repo, 'arguments', 'japan-taiwan', 'claims', 'it’s odd.txt'), 'x');
	symlinkSync('/etc/passwd', join(repo, 'arguments', 'japan-taiwan', 'claims', 'link.yaml'));
	run('add', '-A');
	run('commit', '-q', '-m', 'base');
	run(
		'rm',
		'-q',
		'arguments/japan-taiwan/claims/it’s odd.txt',
		'arguments/japan-taiwan/claims/link.yaml'
	);
	run('commit', '-q', '-m', 'clean');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const capture = () => {
	const out: string[] = [];
	const err: string[] = [];
	return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
};

describe('filesAtRef', () => {
	it('reads every file of every debate at a commit, names as stored, links as links', () => {
		const [d] = filesAtRef('HEAD~1', 'arguments', gitIn(repo));
		expect(d.id).toBe('japan-taiwan');
		expect(d.dir).toBe('arguments/japan-taiwan');
		const paths = d.files.map((f) => f.path);
		expect(paths).toContain('arguments/japan-taiwan/claims/it’s odd.txt');
		expect(paths).toContain('arguments/japan-taiwan/debate.yaml');
		const link = d.files.find((f) => f.path.endsWith('link.yaml'))!;
		expect(link).toEqual({ path: 'arguments/japan-taiwan/claims/link.yaml', text: '', link: true });
		const thesis = d.files.find((f) => f.path.endsWith('claims/thesis.yaml'))!;
		expect(thesis.text).toContain('kind: thesis');
	});
});

describe('npm run diff (main)', () => {
	it('reports a claim added in the working tree as Markdown, exit 0', () => {
		writeFileSync(
			join(repo, 'arguments/japan-taiwan/claims/distance.yaml'),
			'text: Distance matters less than resolve.\nspeaker: bob\nattacks: [sea-lanes]\nevidence:\n  - {source: report, quote: Closer ties risk provoking Beijing., locator: p. 9}\n'
		);
		const c = capture();
		expect(main(['HEAD'], c.io, repo)).toBe(0);
		expect(c.out.join('\n')).toContain('Distance matters less than resolve.');
		rmSync(join(repo, 'arguments/japan-taiwan/claims/distance.yaml'));
	});
	it('exit 1 with the problems when the working tree is invalid', () => {
		writeFileSync(join(repo, 'arguments/japan-taiwan/claims/broken.yaml'), 'text: [\n');
		const c = capture();
		expect(main(['HEAD'], c.io, repo)).toBe(1);
		expect(c.out.join('\n')).toContain('arguments/japan-taiwan/claims/broken.yaml:1:7');
		rmSync(join(repo, 'arguments/japan-taiwan/claims/broken.yaml'));
	});
	it('never prints a claim’s control characters to the terminal (ESC, BEL, OSC), with or without colour', () => {
		writeFileSync(
			join(repo, 'arguments/japan-taiwan/claims/hostile.yaml'),
			'text: "Escape \\e[2J\\e[31mRED\\e]0;pwned\\a done."\nspeaker: bob\nattacks: [sea-lanes]\nevidence:\n  - {source: report, quote: Closer ties risk provoking Beijing., locator: p. 9}\n'
		);
		for (const color of [false, true]) {
			const c = capture();
			main(['HEAD'], { ...c.io, color }, repo);
			const all = [...c.out, ...c.err].join('\n');
			expect(all).toContain('hostile.yaml');
			// eslint-disable-next-line no-control-regex -- the point of the test
			expect(all).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
		}
		rmSync(join(repo, 'arguments/japan-taiwan/claims/hostile.yaml'));
	});
	it('exit 2 for a ref that is not a commit, or bad flags', () => {
		const c = capture();
		expect(main(['no-such-ref'], c.io, repo)).toBe(2);
		expect(c.err.join('\n')).toContain('"no-such-ref" is not a commit');
		expect(main(['HEAD', '--rot', 'x'], c.io, repo)).toBe(2);
		expect(c.err.join('\n')).toContain('Did you mean "--root"?');
	});
});
