import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readDebateDir, validateDebateFiles } from '../src/lib/validate/node.server';
import { parseArgs, run } from './new-claim';

const FIXTURE = 'src/lib/validate/fixtures/valid/arguments';
let root: string;
let out: string[];

beforeEach(() => {
	root = join(mkdtempSync(join(tmpdir(), 'crux-new-claim-')), 'arguments');
	cpSync(FIXTURE, root, { recursive: true });
	out = [];
	vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
	vi.spyOn(console, 'error').mockImplementation((...a) => void out.push(a.join(' ')));
});
afterEach(() => {
	vi.restoreAllMocks();
	rmSync(join(root, '..'), { recursive: true, force: true });
});

const claims = () => readdirSync(join(root, 'japan-taiwan', 'claims')).sort();
const base = (extra: string[] = []) => [
	'--root',
	root,
	'--debate',
	'japan-taiwan',
	'--text',
	'Taiwan\'s position matters less than Japan\'s own "resolve": 100% true? # no',
	'--attacks',
	'sea-lanes',
	'--speaker',
	'bob',
	'--source',
	'report',
	'--quote',
	'Closer ties risk provoking Beijing.',
	'--locator',
	'p. 2',
	'--tags',
	'security,economy',
	...extra
];

describe('npm run new-claim (non-interactive)', () => {
	it('writes a claim file that passes the validator for the whole debate', async () => {
		expect(await run(base(['--label', 'Resolve: matters more']), { interactive: false })).toBe(0);
		const id = 'taiwans-position-matters-less-than-japans-own-resolve-100';
		expect(claims()).toEqual(['provocation.yaml', 'sea-lanes.yaml', `${id}.yaml`, 'thesis.yaml']);
		const text = readFileSync(join(root, 'japan-taiwan', 'claims', `${id}.yaml`), 'utf8');
		expect(text.split('\n')[0]).toBe(
			'# yaml-language-server: $schema=../../../static/schema/claim.schema.json'
		);
		expect(text).toContain('attacks: [sea-lanes]');
		const r = validateDebateFiles(readDebateDir(join(root, 'japan-taiwan')));
		expect(r.problems).toEqual([]);
		expect(r.debate?.claims[id]).toMatchObject({
			text: 'Taiwan\'s position matters less than Japan\'s own "resolve": 100% true? # no',
			label: 'Resolve: matters more',
			attacks: ['sea-lanes'],
			speaker: 'bob',
			evidence: [
				{ source: 'report', quote: 'Closer ties risk provoking Beijing.', locator: 'p. 2' }
			],
			tags: ['security', 'economy']
		});
	});

	it('fails with "did you mean" on a missing target id, and writes nothing', async () => {
		expect(await run(base(['--attacks', 'sea-lane']), { interactive: false })).toBe(1);
		expect(out.join('\n')).toContain(
			'--attacks: There is no claim "sea-lane". Did you mean "sea-lanes"?'
		);
		expect(claims()).toEqual(['provocation.yaml', 'sea-lanes.yaml', 'thesis.yaml']);
	});

	it('reports validator problems precisely and writes nothing', async () => {
		expect(await run(base(['--quote', '   ', '--tags', 'securty']), { interactive: false })).toBe(
			1
		);
		const text = out.join('\n');
		expect(text).toMatch(
			/claims\/taiwans-position[a-z0-9-]*\.yaml:\d+:\d+ {2}"evidence\[0\]\.quote" must not be empty/
		);
		expect(text).toContain('Nothing was written.');
		expect(claims()).toHaveLength(3);
	});

	it('refuses an id that is already taken, a bad kind, and a missing --text', async () => {
		expect(await run(base(['--id', 'sea-lanes']), { interactive: false })).toBe(1);
		expect(out.join('\n')).toMatch(/already exists/);
		expect(await run(base(['--kind', 'opinion']), { interactive: false })).toBe(1);
		expect(out.join('\n')).toContain('--kind: "opinion" is not a kind of claim');
		expect(await run(['--root', root, '--attacks', 'thesis'], { interactive: false })).toBe(1);
		expect(out.join('\n')).toContain('Missing --text');
		expect(claims()).toHaveLength(3);
	});

	it('does not write on --dry-run, and prints the file', async () => {
		expect(await run(base(['--dry-run']), { interactive: false })).toBe(0);
		expect(out.join('\n')).toContain('attacks: [sea-lanes]');
		expect(claims()).toHaveLength(3);
	});

	it('suggests the right flag for a typo', () => {
		expect(parseArgs(['--atacks', 'x'])).toMatch(/Did you mean "--attacks"\?/);
	});

	it('asks for what is missing when interactive, accepting numbers and ids', async () => {
		const answers = [
			's',
			'sea-lane',
			'2',
			'A new supporting reason.',
			'',
			'1',
			'report',
			'Closer ties risk provoking Beijing.',
			'p. 2',
			'security',
			'y'
		];
		const ask = async () => answers.shift() ?? '';
		expect(
			await run(['--root', root, '--debate', 'japan-taiwan'], { interactive: true, ask })
		).toBe(0);
		expect(out.join('\n')).toContain('Did you mean "sea-lanes"?');
		const text = readFileSync(
			join(root, 'japan-taiwan', 'claims', 'new-supporting-reason.yaml'),
			'utf8'
		);
		expect(text).toContain('supports: [sea-lanes]');
		expect(text).toContain('speaker: alice');
		expect(validateDebateFiles(readDebateDir(join(root, 'japan-taiwan'))).problems).toEqual([]);
	});

	it('runs as a command', () => {
		const stdout = execFileSync('npx', ['tsx', 'scripts/new-claim.ts', ...base()], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe']
		});
		expect(stdout).toMatch(/Wrote .*claims\/taiwans-position.*\.yaml/);
		expect(claims()).toHaveLength(4);
		expect(existsSync(join(root, 'japan-taiwan', 'claims', 'thesis.yaml'))).toBe(true);
	});
});
