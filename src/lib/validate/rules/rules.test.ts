/**
 * The registry's contract: every rule has a fixture beside it that pins file, line, column
 * and message of what it reports (and raises nothing else), every code the validator emits
 * is registered, and the README's table of codes is the one generated from the registry.
 */
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	BASE_TEXTS,
	DEBATE_DIR,
	DEBATE_ID,
	fixtureFiles,
	type RuleFixture
} from '$lib/testing/rule-fixture';
import { loadDebates } from '../read-dir.server';
import type { Problem } from '../problem';
import { validateDebateFiles } from '../validate-debate';
import { RULES, RULES_BY_CODE } from './index';
import { withCodesTable } from './codes-table';

const modules = import.meta.glob<{ default: RuleFixture }>('./*/*.fixture.ts', { eager: true });
const fixtures = new Map(
	Object.entries(modules).map(([path, m]) => [
		path.split('/').pop()!.replace('.fixture.ts', ''),
		m.default
	])
);
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** Each fixture runs once, inside the first test that needs it (so a crash fails that test). */
const results = new Map<RuleFixture, Problem[]>();
function problemsOf(f: RuleFixture): Problem[] {
	let r = results.get(f);
	if (!r) results.set(f, (r = runFixture(f)));
	return r;
}

function runFixture(f: RuleFixture): Problem[] {
	const files = fixtureFiles(f).map((file) =>
		f.throwing?.includes(file.path.slice(DEBATE_DIR.length + 1))
			? (Object.defineProperty({ path: file.path }, 'text', {
					get() {
						throw new Error('the test made reading this file fail');
					}
				}) as { path: string; text: string })
			: file
	);
	const texts = f.sources ? { ...BASE_TEXTS, ...f.sources } : undefined;
	if (!f.disk)
		return validateDebateFiles({ id: DEBATE_ID, dir: DEBATE_DIR, files }, { sourceTexts: texts })
			.problems;
	const root = mkdtempSync(join(tmpdir(), 'crux-rule-'));
	roots.push(root);
	for (const file of files) {
		mkdirSync(dirname(join(root, file.path)), { recursive: true });
		writeFileSync(join(root, file.path), file.text);
	}
	for (const [path, target] of Object.entries(f.links ?? {})) {
		const at = join(root, DEBATE_DIR, path);
		mkdirSync(dirname(at), { recursive: true });
		symlinkSync(target, at);
	}
	let sourcesDir = f.sourcesDir ? join(root, f.sourcesDir) : undefined;
	if (texts && !sourcesDir) {
		sourcesDir = join(root, 'texts');
		mkdirSync(sourcesDir);
		for (const [id, text] of Object.entries(texts))
			writeFileSync(join(sourcesDir, `${id}.txt`), text);
	}
	return loadDebates(join(root, 'arguments'), { cwd: root, sourcesDir }).problems;
}

const shown = (p: Problem) => `${p.file}:${p.line}:${p.column}  ${p.message}`;

describe('the rule registry', () => {
	it('has one rule per code, each with a check or the module that raises it', () => {
		expect(new Set(RULES.map((r) => r.code)).size).toBe(RULES.length);
		for (const r of RULES) {
			expect(r.code, r.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
			expect(Boolean(r.check) !== Boolean(r.raisedBy), `${r.code}: check xor raisedBy`).toBe(true);
			expect(r.description, r.code).toMatch(/^[A-Z`].*\.$/);
		}
	});
	it('every registered code has a fixture, and every fixture a rule', () => {
		expect([...fixtures.keys()].sort()).toEqual(RULES.map((r) => r.code).sort());
	});
	it('the README table of codes is generated from the registry (run "npm run schema" if this fails)', () => {
		const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
		expect(readme).toBe(withCodesTable(readme, RULES));
	});
});

describe.each([...fixtures.keys()].sort())('rule %s', (code) => {
	const f = fixtures.get(code)!;
	it('reports the planted mistake at its file, line and column', () => {
		const problems = problemsOf(f);
		expect(problems.filter((p) => p.code === code).map(shown)).toEqual(f.expect);
		expect(f.expect.length).toBeGreaterThan(0);
	});
	it('with its own severity, and no other code unless the fixture allows it', () => {
		const problems = problemsOf(f);
		const rule = RULES_BY_CODE.get(code)!;
		for (const p of problems.filter((x) => x.code === code)) expect(p.severity).toBe(rule.severity);
		expect(problems.filter((p) => p.code !== code && !f.also?.includes(p.code)).map(shown)).toEqual(
			[]
		);
	});
	if (f.hint !== undefined)
		it('gives the fix as a hint', () => {
			expect(problemsOf(f).find((p) => p.code === code)?.hint).toBe(f.hint);
		});
});

describe('every code the validator emits is registered', () => {
	it('over all rule fixtures and fixture folders', () => {
		const emitted = new Set<string>();
		for (const f of fixtures.values()) for (const p of problemsOf(f)) emitted.add(p.code);
		// The whole-run fixture folders (validate/fixtures/<case>/arguments), read as a folder.
		const folders = join(import.meta.dirname, '..', 'fixtures');
		for (const name of readdirSync(folders)) {
			const cwd = join(folders, name);
			for (const p of loadDebates(join(cwd, 'arguments'), {
				cwd,
				sourcesDir: join(cwd, 'source-texts')
			}).problems)
				emitted.add(p.code);
		}
		expect([...emitted].filter((c) => !RULES_BY_CODE.has(c))).toEqual([]);
		expect(emitted.size).toBeGreaterThan(30);
	});
});
