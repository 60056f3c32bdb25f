/**
 * npm run import: in-process through `main(argv, io)` for files, report and exit code; as a
 * subprocess only where the process itself matters (no stack trace; killed mid-write).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDebates } from '../src/lib/validate/node.server';
import { main } from './import';

const ROOT = join(import.meta.dirname, '..');
const STACK = /\n\s+at .+:\d+:\d+|Error: .*\n\s+at /;
const KIALO =
	'Discussion Title: Uniforms?\n\n1. Pupils should wear uniforms.\n1.1. Pro: They hide wealth.\n1.1.1. Con: Uniforms cost money \\(a lot\\).\n1.2. Pro: -> See 1.1.1.\n';

let tmp: string;
beforeEach(() => void (tmp = mkdtempSync(join(tmpdir(), 'crux-import-'))));
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

function run(...args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = main(args, { out: (s) => void out.push(s), err: (s) => void err.push(s) });
	return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every file under `dir` → its text (a snapshot to compare before and after). */
function tree(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string, pre: string) => {
		for (const e of readdirSync(d, { withFileTypes: true }))
			if (e.isDirectory()) walk(join(d, e.name), `${pre}${e.name}/`);
			else out[`${pre}${e.name}`] = readFileSync(join(d, e.name), 'utf8');
	};
	walk(dir, '');
	return out;
}

function input(name = 'uniforms.txt', text = KIALO): string {
	const file = join(tmp, name);
	writeFileSync(file, text);
	return file;
}

describe('npm run import', () => {
	it('detects a Kialo export, writes a folder the validator accepts, and prints the report', () => {
		const out = join(tmp, 'out');
		const r = run(input(), '--out', out);
		expect(r.err).toBe('');
		expect(r.code).toBe(0);
		expect(r.out).toContain('Imported uniforms.txt (kialo) as debate "uniforms".');
		expect(r.out).toContain('Wrote: 3 claims, 2 supports, 1 attacks');
		expect(r.out).toContain('The imported debate is valid.');
		expect(readdirSync(join(out, 'uniforms', 'claims'))).toHaveLength(3);
		const { debates, problems } = loadDebates(out);
		expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(debates.map((d) => d.id)).toEqual(['uniforms']);

		// A second import into the same place refuses to overwrite without --force.
		const again = run(input(), '--out', out);
		expect(again.code).toBe(2);
		expect(again.err).toMatch(/already exists.*--force/);
		// Only the debate is there: no temporary folder left beside it.
		expect(readdirSync(out)).toEqual(['uniforms']);
	});

	it('reports unreadable input with its location, writes nothing, and never shows a stack trace', () => {
		const file = input(
			'broken.json',
			'{"nodes": [\n  {"nodeID": 1, "type": "I", "text": "x"},\n  ]\n}'
		);
		const out = join(tmp, 'out-broken');
		const r = run(file, '--format', 'aif', '--out', out);
		expect(r.code).toBe(1);
		expect(r.out).toMatch(
			/broken\.json:3:3 {2}error: This AIF file is not valid JSON \(line 3, column 3\)/
		);
		expect(r.out + r.err).not.toMatch(STACK);
		expect(existsSync(out)).toBe(false);
		const usage = run(file, '--format', 'pdf', '--out', out);
		expect(usage.code).toBe(2);
		expect(usage.err).toMatch(
			/Unknown format "pdf": use one of argdown, aif, json, kialo, arggraph/
		);
	});

	// Reliability review F1: --id was a path, and --force deleted whatever it named.
	it('refuses an --id that is not an id before touching any file, even with --force', () => {
		const out = join(tmp, 'arguments');
		run(input('keep.txt'), '--out', out, '--id', 'keep');
		const victim = join(tmp, 'victim', 'important');
		mkdirSync(victim, { recursive: true });
		writeFileSync(join(victim, 'notes.txt'), 'precious');
		const before = { out: tree(out), victim: tree(join(tmp, 'victim')) };
		for (const id of [
			'../victim/important',
			'.',
			'',
			'..',
			'../..',
			'a/b',
			'/abs/path',
			'CON',
			'x'.repeat(300),
			'keep/../../victim'
		]) {
			const r = run(input(), '--out', out, '--id', id, '--force');
			expect(r.code, id).toBe(2);
			expect(r.err, id).toMatch(/^--id .*(empty|must be a lowercase kebab-case id|at most 80)/);
			expect(r.err, id).toContain('Nothing was written.');
		}
		expect({ out: tree(out), victim: tree(join(tmp, 'victim')) }).toEqual(before);
		expect(readdirSync(tmp).sort()).toEqual(['arguments', 'keep.txt', 'uniforms.txt', 'victim']);
	});

	// F13: importing into a debate folder said "valid" and broke the checkout.
	it('refuses an --out that is a debate folder or inside one', () => {
		const args = join(tmp, 'arguments');
		run(input(), '--out', args);
		const debate = join(args, 'uniforms');
		const before = tree(args);
		for (const out of [debate, join(debate, 'claims'), join(debate, 'claims', 'new')]) {
			const r = run(input('other.txt'), '--out', out);
			expect(r.code, out).toBe(2);
			expect(r.err).toMatch(/is inside the debate folder .*uniforms.*nothing was written/);
		}
		// Through a link as well.
		symlinkSync(debate, join(tmp, 'link'));
		expect(run(input('other.txt'), '--out', join(tmp, 'link')).code).toBe(2);
		expect(tree(args)).toEqual(before);
	});

	// F5: --force deleted the old debate first, and an import with errors replaced it anyway.
	it('with --force, replaces the old debate only with a complete, valid new one', () => {
		const out = join(tmp, 'out');
		expect(run(input(), '--out', out, '--id', 'd').code).toBe(0);
		const old = tree(out);
		// A file the importer refuses: exit 1, old kept. (A huge claim no longer fails: the Kialo
		// importer cuts it to 60,000 characters, saying so, so its files pass the validator.)
		const huge = input(
			'huge.txt',
			`Discussion Title: Huge\n\n${'word '.repeat(60000)}\n1. The thesis.\n1.1. Pro: A short reason.\n`
		);
		const r = run(huge, '--out', out, '--id', 'd', '--force');
		expect(r.code).toBe(1);
		expect(r.out).toMatch(/Nothing was written/);
		expect(tree(out)).toEqual(old);
		expect(readdirSync(out)).toEqual(['d']);

		const other = input(
			'phones.txt',
			'Discussion Title: Phones\n\n1. Ban phones.\n1.1. Con: No.\n'
		);
		const ok = run(other, '--out', out, '--id', 'd', '--force');
		expect(ok.code).toBe(0);
		expect(ok.out).toContain('replacing the debate that was there');
		expect(Object.keys(tree(out)).sort()).toEqual([
			'd/claims/ban-phones.yaml',
			'd/claims/no.yaml',
			'd/debate.yaml'
		]);
		// A file or a link in the debate's place is never replaced.
		writeFileSync(join(out, 'f'), 'keep');
		expect(run(other, '--out', out, '--id', 'f', '--force').err).toMatch(/not a folder/);
		expect(readFileSync(join(out, 'f'), 'utf8')).toBe('keep');
	});

	// F15: hostile XML and deep JSON were "import: internal error" (exit 2), with no location.
	it('refuses hostile XML and deep JSON with exit 1, the place and the reason', () => {
		const out = join(tmp, 'out');
		const xxe = input(
			'xxe.xml',
			'<?xml version="1.0"?>\n<!DOCTYPE arggraph [\n  <!ENTITY xxe SYSTEM "file:///etc/hostname">\n]>\n<arggraph id="x"><edu id="e1">&xxe;</edu></arggraph>\n'
		);
		const r = run(xxe, '--format', 'arggraph', '--out', out);
		expect(r.code).toBe(1);
		expect(r.out).toMatch(/xxe\.xml:3:3 {2}error: This arggraph file declares an XML entity/);
		expect(r.out).toContain('Nothing was written');
		const deep = input(
			'deep.json',
			`{"nodes": ${'['.repeat(5000)}${']'.repeat(5000)}, "edges": []}`
		);
		const d = run(deep, '--out', out);
		expect(d.code).toBe(1);
		expect(d.out).toMatch(
			/deep\.json:1:\d+ {2}error: This AIF file nests lists and objects more than 100 deep/
		);
		expect(r.err + d.err).not.toContain('internal error');
		expect(existsSync(out)).toBe(false);
	});

	it('runs as a command: exit codes, and no stack trace even for a crash', () => {
		const tsx = join(ROOT, 'node_modules/.bin/tsx');
		const r = spawnSync(
			tsx,
			['scripts/import.ts', input(), '--out', join(tmp, 'o'), '--id', '..'],
			{
				cwd: ROOT,
				encoding: 'utf8'
			}
		);
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/^--id "\.\."/);
		expect(r.stdout + r.stderr).not.toMatch(STACK);
	});

	// F5: the review's test. Kill a real import mid-write (SIGKILL: no cleanup code runs).
	it('a killed --force import leaves the old debate as it was; the next run removes its leftovers', async () => {
		const out = join(tmp, 'out');
		expect(run(input(), '--out', out, '--id', 'd').code).toBe(0);
		const old = tree(out);
		const lines = ['Discussion Title: Many', '', '1. The thesis holds.'];
		for (let i = 1; i <= 3000; i++)
			lines.push(`1.${i}. ${i % 2 ? 'Pro' : 'Con'}: Reason number ${i} about the thesis.`);
		const big = input('big.txt', `${lines.join('\n')}\n`);
		const child = spawn(
			process.execPath,
			['--import', 'tsx', 'scripts/import.ts', big, '--out', out, '--id', 'd', '--force'],
			{ cwd: ROOT, stdio: 'ignore' }
		);
		const exited = new Promise<void>((done) => child.on('exit', () => done()));
		let killedAt = -1;
		for (let t = 0; t < 2000 && child.exitCode === null; t++) {
			const temp = readdirSync(out).find((n) => n.startsWith('.d.tmp-'));
			const claims = temp ? join(out, temp, 'claims') : undefined;
			const n = claims && existsSync(claims) ? readdirSync(claims).length : 0;
			if (n > 50) {
				child.kill('SIGKILL');
				killedAt = n;
				break;
			}
			await new Promise((r) => setTimeout(r, 5));
		}
		await exited;
		expect(killedAt, 'the import finished before it could be killed mid-write').toBeGreaterThan(50);
		expect(tree(join(out, 'd'))).toEqual(
			Object.fromEntries(Object.entries(old).map(([k, v]) => [k.slice(2), v]))
		);
		// What it left is a dot-folder, which the validator does not read as a debate.
		const { debates, problems } = loadDebates(out);
		expect(debates.map((d) => d.id)).toEqual(['d']);
		expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
		// The next run says what it removed, and writes the whole debate.
		const again = run(
			input('phones.txt', 'Discussion Title: Phones\n\n1. Ban phones.\n1.1. Con: No.\n'),
			'--out',
			out,
			'--id',
			'd',
			'--force'
		);
		expect(again.code).toBe(0);
		expect(again.out).toMatch(/Removed .*\.d\.tmp-\d+-\d+, left unfinished by an earlier run/);
		expect(readdirSync(out)).toEqual(['d']);
	}, 30_000);
});
