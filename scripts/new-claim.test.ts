/** npm run new-claim, in-process: flags, and the questions a person at a terminal is asked. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDebateDir, validateDebateFiles } from '../src/lib/validate/node.server';
import { parseArgs, run } from './new-claim';

const FIXTURE = 'src/lib/validate/fixtures/valid/arguments';
let root: string;
let out: string[];
const io = () => ({ out: (s: string) => void out.push(s), err: (s: string) => void out.push(s) });
const debate = () => join(root, 'japan-taiwan');

beforeEach(() => {
	root = join(mkdtempSync(join(tmpdir(), 'crux-new-claim-')), 'arguments');
	cpSync(FIXTURE, root, { recursive: true });
	writeFileSync(join(debate(), 'people', 'grant-newsham.yaml'), 'name: Grant Newsham\n');
	out = [];
});
afterEach(() => rmSync(join(root, '..'), { recursive: true, force: true }));

const claims = () => readdirSync(join(debate(), 'claims')).sort();
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
const flags = (extra: string[] = []) => run(base(extra), { ...io(), interactive: false });

/** Answers in order; asking for more than the script holds is a test failure, not a hang. */
function answers(list: string[]) {
	const asked: string[] = [];
	const ask = async (q: string) => {
		asked.push(q);
		if (!list.length) throw new Error(`asked more than expected: ${q}`);
		return list.shift()!;
	};
	return { ask, asked };
}

describe('npm run new-claim with flags', () => {
	it('writes a claim file that passes the validator, its id made from the label', async () => {
		expect(await flags(['--label', 'Resolve: matters more', '--kind', 'reason'])).toBe(0);
		expect(claims()).toContain('resolve-matters-more.yaml');
		const text = readFileSync(join(debate(), 'claims', 'resolve-matters-more.yaml'), 'utf8');
		expect(text.split('\n')[0]).toBe(
			'# yaml-language-server: $schema=../../../static/schema/claim.schema.json'
		);
		expect(text).toContain('attacks: [sea-lanes]');
		const r = validateDebateFiles(readDebateDir(debate()));
		expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(r.debate?.claims['resolve-matters-more']).toMatchObject({
			text: 'Taiwan\'s position matters less than Japan\'s own "resolve": 100% true? # no',
			label: 'Resolve: matters more',
			kind: 'reason',
			attacks: ['sea-lanes'],
			speaker: 'bob',
			evidence: [
				{ source: 'report', quote: 'Closer ties risk provoking Beijing.', locator: 'p. 2' }
			],
			tags: ['security', 'economy']
		});
	});

	it('without a label the id comes from the text, cut at a word boundary', async () => {
		expect(await flags()).toBe(0);
		expect(claims()).toContain('taiwans-position-matters-less-than-japans-own-resolve-100.yaml');
	});

	it('fails with "did you mean" on a wrong id, and writes nothing', async () => {
		expect(await flags(['--attacks', 'sea-lane'])).toBe(1);
		expect(out.join('\n')).toContain(
			'--attacks: There is no claim "sea-lane". Did you mean "sea-lanes"?'
		);
		expect(claims()).toHaveLength(3);
	});

	it('a word that is not an id is searched in names and titles', async () => {
		expect(await flags(['--speaker', 'newsham'])).toBe(1);
		expect(out.join('\n')).toContain(
			'--speaker: There is no speaker "newsham". Did you mean "grant-newsham" (Grant Newsham)?'
		);
	});

	it('reports validator problems precisely and writes nothing', async () => {
		expect(await flags(['--quote', '   ', '--tags', 'securty'])).toBe(1);
		const text = out.join('\n');
		expect(text).toMatch(
			/claims\/taiwans-position[a-z0-9-]*\.yaml:\d+:\d+ {2}"evidence\[0\]\.quote" must not be empty/
		);
		expect(text).toContain('Nothing was written.');
		expect(claims()).toHaveLength(3);
	});

	it('reports an id that is taken once, and refuses a bad kind and a missing --text', async () => {
		expect(await flags(['--id', 'sea-lanes'])).toBe(1);
		expect(out.join('\n').match(/already exists/g)).toHaveLength(1);
		out = [];
		expect(await flags(['--kind', 'opinion'])).toBe(1);
		expect(out.join('\n')).toContain('--kind: "opinion" is not a kind of claim');
		expect(
			await run(['--root', root, '--attacks', 'thesis'], { ...io(), interactive: false })
		).toBe(1);
		expect(out.join('\n')).toContain('Missing --text');
		expect(claims()).toHaveLength(3);
	});

	// Reliability review F8: the id was used as a path, so "../../../escaped" wrote outside the debate.
	it('refuses an --id that is not an id, and writes nothing anywhere', async () => {
		const top = join(root, '..');
		const before = readdirSync(top).sort();
		for (const id of ['../../../escaped', '../people/bob', 'a/b', '.hidden', 'x'.repeat(81)]) {
			out = [];
			expect(await flags(['--id', id]), id).toBe(1);
			expect(out.join('\n'), id).toMatch(/--id ".*" (must be a lowercase kebab-case id|is 81)/);
			expect(out.join('\n')).toContain('Nothing was written.');
		}
		expect(claims()).toHaveLength(3);
		expect(readdirSync(top).sort()).toEqual(before);
		expect(readdirSync(join(debate(), 'people'))).not.toContain('bob.yaml.yaml');
	});

	it('asks again for a file name that is not an id', async () => {
		const a = answers(['../../escaped', 'a-good-name', 'y']);
		const args = base(['--label', 'L', '--kind', 'reason', '--id', '../x']);
		expect(await run(args, { ...io(), interactive: true, ask: a.ask })).toBe(0);
		expect(out.join('\n')).toContain('The file name "../../escaped" must be a lowercase');
		expect(claims()).toContain('a-good-name.yaml');
		expect(readdirSync(join(root, '..')).sort()).toEqual(['arguments']);
	});

	it('does not write on --dry-run, and prints the file', async () => {
		expect(await flags(['--dry-run'])).toBe(0);
		expect(out.join('\n')).toContain('attacks: [sea-lanes]');
		expect(claims()).toHaveLength(3);
	});

	it('suggests the right flag for a typo', () => {
		expect(parseArgs(['--atacks', 'x'])).toMatch(
			/Unknown option "--atacks"\. Did you mean "--attacks"\?/
		);
		expect(parseArgs(['--text'])).toMatch(/--text needs a value/);
	});

	it('warns when the claim duplicates one already there (CONTRIBUTING’s old example)', async () => {
		// The worked example's claim, and the new-claim command CONTRIBUTING used to give for it.
		writeFileSync(
			join(debate(), 'claims', 'china-could-still-escalate-its-buildup.yaml'),
			"text: 'China could still escalate or accelerate its defense buildup well beyond its current pace.'\nlabel: 'China could still escalate its buildup'\nkind: reason\nspeaker: bob\nattacks: [provocation]\nevidence:\n  - source: report\n    quote: 'This understates the degree to which China could still escalate or accelerate its defense buildup.'\n    locator: 'Self, para. 4'\n"
		);
		const code = await run(
			[
				'--root',
				root,
				'--text',
				'China could still escalate or accelerate its defense buildup well beyond its current pace.',
				'--attacks',
				'provocation',
				'--speaker',
				'bob',
				'--source',
				'report',
				'--quote',
				'This understates the degree to which China could still escalate or accelerate its defense buildup.',
				'--locator',
				'Self, para. 4',
				'--dry-run'
			],
			{ ...io(), interactive: false }
		);
		expect(code).toBe(0);
		expect(out.join('\n')).toContain(
			'warning: Claim "china-could-still-escalate-or-accelerate-its-defense-buildup" has the same text as'
		);
		expect(out.join('\n')).toContain('claims/china-could-still-escalate-its-buildup.yaml.');
	});
});

describe('npm run new-claim in a terminal', () => {
	it('asks no debate when there is one, lists nothing up front, finds by a word, asks for kind', async () => {
		const a = answers([
			's',
			'sea', // one match: sea-lanes
			'A new supporting reason.',
			'',
			'reason',
			'newsham', // one match: Grant Newsham
			'report',
			'Closer ties risk provoking Beijing.',
			'p. 2',
			'security',
			'y'
		]);
		expect(await run(['--root', root], { ...io(), interactive: true, ask: a.ask })).toBe(0);
		expect(a.asked.some((q) => /debate/i.test(q))).toBe(false);
		expect(a.asked.some((q) => q.startsWith('Kind ('))).toBe(true);
		expect(out.join('\n')).not.toMatch(/^ {2}\d+\. /m);
		expect(out.join('\n')).toContain('→ grant-newsham — Grant Newsham');
		const text = readFileSync(join(debate(), 'claims', 'new-supporting-reason.yaml'), 'utf8');
		expect(text).toContain('supports: [sea-lanes]');
		expect(text).toContain('kind: reason');
		expect(text).toContain('speaker: grant-newsham');
	});

	it('"?" lists the choices; several matches are numbered and a number picks one', async () => {
		const a = answers(['a', '?', '2', 'A reply.', '', '', 'example', '1', '', '', 'y']);
		expect(await run(['--root', root], { ...io(), interactive: true, ask: a.ask })).toBe(0);
		const shown = out.join('\n');
		expect(shown).toMatch(/^ {2}1\. provocation — /m);
		expect(shown).toMatch(/^ {2}2\. sea-lanes — /m);
		expect(shown).toContain('2 match "example"');
		const text = readFileSync(join(debate(), 'claims', 'reply.yaml'), 'utf8');
		expect(text).toContain('attacks: [sea-lanes]');
		expect(text).toContain('speaker: alice');
	});

	it('asks again for a/s until it is one, and Enter at the quote drops the source', async () => {
		const a = answers([
			'x',
			's',
			'sea-lanes',
			'Trade routes matter.',
			'',
			'',
			'bob',
			'report',
			'',
			'',
			'y'
		]);
		expect(await run(['--root', root], { ...io(), interactive: true, ask: a.ask })).toBe(0);
		expect(out.join('\n')).toContain('Type a to attack or s to support ("x" is neither).');
		expect(a.asked.filter((q) => q.startsWith('Where in the source'))).toHaveLength(0);
		const text = readFileSync(join(debate(), 'claims', 'trade-routes-matter.yaml'), 'utf8');
		expect(text).toContain('supports: [sea-lanes]');
		expect(text).not.toContain('evidence');
	});

	it('keeps every answer when one is wrong, and asks again only for that one', async () => {
		const a = answers([
			'a',
			'sea-lanes',
			'A new objection.',
			'',
			'',
			'bob',
			'report',
			'Closer ties risk provoking Beijing.',
			'p. 2',
			'securty',
			'security',
			'y'
		]);
		expect(await run(['--root', root], { ...io(), interactive: true, ask: a.ask })).toBe(0);
		expect(out.join('\n')).toContain('tags[0]: tag "securty" is not defined in debate.yaml.');
		expect(out.join('\n')).toContain('Your other answers are kept. Please fix: tags.');
		const tagQuestions = a.asked.filter((q) => q.startsWith('Tags'));
		expect(tagQuestions).toHaveLength(2);
		expect(a.asked.filter((q) => q.startsWith('Claim text'))).toHaveLength(1);
		const text = readFileSync(join(debate(), 'claims', 'new-objection.yaml'), 'utf8');
		expect(text).toContain('tags: [security]');
		expect(text).toContain('speaker: bob');
	});
});
