/** Writes that are complete or absent, including when the process is killed between any two steps. */
import { spawnSync } from 'node:child_process';
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
import {
	recoverInterrupted,
	replaceDirAtomically,
	resolveInside,
	writeFilesAtomically,
	WriteRefused
} from './atomic-write';

const ROOT = join(import.meta.dirname, '..', '..');
let tmp: string;
beforeEach(() => void (tmp = mkdtempSync(join(tmpdir(), 'crux-atomic-'))));
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** Every file under `dir` → its text, paths with "/". */
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

const OLD = [
	{ path: 'debate.yaml', text: 'old debate\n' },
	{ path: 'claims/a.yaml', text: 'old a\n' },
	{ path: 'claims/b.yaml', text: 'old b\n' }
];
const NEW = [
	{ path: 'debate.yaml', text: 'new debate\n' },
	{ path: 'claims/c.yaml', text: 'new c\n' }
];
const asTree = (files: typeof OLD) => Object.fromEntries(files.map((f) => [f.path, f.text]));

describe('resolveInside', () => {
	it('refuses any path that could leave its folder or hide as a dotfile', () => {
		for (const bad of [
			'../x.yaml',
			'claims/../../x.yaml',
			'/etc/passwd',
			'.',
			'',
			'claims//a.yaml',
			'claims/.a.yaml',
			'.git/config',
			'c:\\x',
			'claims\\..\\..\\x',
			'a\0b'
		])
			expect(() => resolveInside(tmp, bad), bad).toThrow(WriteRefused);
		expect(resolveInside(tmp, 'claims/a.yaml')).toBe(join(tmp, 'claims', 'a.yaml'));
	});
});

describe('writeFilesAtomically', () => {
	it('adds files, refuses an existing one without overwrite, and writes nothing then', () => {
		writeFilesAtomically(tmp, [{ path: 'claims/a.yaml', text: 'a\n' }]);
		expect(tree(tmp)).toEqual({ 'claims/a.yaml': 'a\n' });
		expect(() =>
			writeFilesAtomically(tmp, [
				{ path: 'people/p.yaml', text: 'p\n' },
				{ path: 'claims/a.yaml', text: 'changed\n' }
			])
		).toThrow(/already exists/);
		expect(tree(tmp)).toEqual({ 'claims/a.yaml': 'a\n' });
		expect(() => writeFilesAtomically(tmp, [{ path: '../escaped.yaml', text: 'x' }])).toThrow(
			WriteRefused
		);
		expect(existsSync(join(tmp, '..', 'escaped.yaml'))).toBe(false);
	});

	it('replaces with overwrite, and puts everything back when a later file fails', () => {
		writeFilesAtomically(tmp, [{ path: 'claims/a.yaml', text: 'a\n' }]);
		// A file where a folder must go: the second write fails after the first is prepared.
		writeFileSync(join(tmp, 'people'), 'not a folder');
		expect(() =>
			writeFilesAtomically(
				tmp,
				[
					{ path: 'claims/a.yaml', text: 'changed\n' },
					{ path: 'claims/new.yaml', text: 'new\n' },
					{ path: 'people/p.yaml', text: 'p\n' }
				],
				{ overwrite: true }
			)
		).toThrow();
		expect(tree(tmp)).toEqual({ 'claims/a.yaml': 'a\n', people: 'not a folder' });
		rmSync(join(tmp, 'people'));
		writeFilesAtomically(
			tmp,
			[
				{ path: 'claims/a.yaml', text: 'changed\n' },
				{ path: 'people/p.yaml', text: 'p\n' }
			],
			{ overwrite: true }
		);
		expect(tree(tmp)).toEqual({ 'claims/a.yaml': 'changed\n', 'people/p.yaml': 'p\n' });
	});
});

describe('replaceDirAtomically', () => {
	it('writes a new folder, refuses to replace without `replace`, replaces with it', () => {
		const target = join(tmp, 'out', 'debate');
		expect(replaceDirAtomically(target, OLD)).toEqual({ replaced: false });
		expect(tree(target)).toEqual(asTree(OLD));
		expect(() => replaceDirAtomically(target, NEW)).toThrow(/already exists/);
		expect(tree(target)).toEqual(asTree(OLD));
		expect(replaceDirAtomically(target, NEW, { replace: true })).toEqual({ replaced: true });
		expect(tree(target)).toEqual(asTree(NEW));
		expect(readdirSync(join(tmp, 'out'))).toEqual(['debate']);
	});

	it('refuses a bad path before writing anything, and never follows a link or replaces a file', () => {
		const target = join(tmp, 'debate');
		replaceDirAtomically(target, OLD);
		expect(() =>
			replaceDirAtomically(target, [...NEW, { path: '../../x.yaml', text: 'x' }], {
				replace: true
			})
		).toThrow(WriteRefused);
		expect(tree(target)).toEqual(asTree(OLD));
		mkdirSync(join(tmp, 'elsewhere'));
		writeFileSync(join(tmp, 'elsewhere', 'keep.txt'), 'keep');
		symlinkSync(join(tmp, 'elsewhere'), join(tmp, 'link'));
		expect(() => replaceDirAtomically(join(tmp, 'link'), NEW, { replace: true })).toThrow(
			/symbolic link/
		);
		writeFileSync(join(tmp, 'file'), 'keep');
		expect(() => replaceDirAtomically(join(tmp, 'file'), NEW, { replace: true })).toThrow(
			/not a folder/
		);
		expect(readFileSync(join(tmp, 'elsewhere', 'keep.txt'), 'utf8')).toBe('keep');
		expect(readdirSync(tmp).sort()).toEqual(['debate', 'elsewhere', 'file', 'link']);
	});

	// A real SIGKILL at each step, in a child process: no finally blocks run, as when a person
	// presses Ctrl-C twice or the machine's memory runs out.
	it.each(['written', 'old-aside', 'new-in'] as const)(
		'a process killed at "%s" leaves the old folder or the whole new one, and the next run tidies up',
		(step) => {
			const parent = join(tmp, 'out');
			const target = join(parent, 'debate');
			replaceDirAtomically(target, OLD);
			const child = spawnSync(
				process.execPath,
				[
					'--import',
					'tsx',
					'-e',
					`import('${join(ROOT, 'scripts/lib/atomic-write.ts').replace(/\\/g, '/')}').then((m) =>
						m.replaceDirAtomically(${JSON.stringify(target)}, ${JSON.stringify(NEW)}, {
							replace: true,
							onStep: (s) => s === ${JSON.stringify(step)} && process.kill(process.pid, 'SIGKILL')
						}))`
				],
				{ cwd: ROOT, encoding: 'utf8' }
			);
			expect(child.signal).toBe('SIGKILL');
			// Whatever is left, nothing at the debate's own name is half-written.
			const now = existsSync(target) ? tree(target) : undefined;
			expect([asTree(OLD), asTree(NEW), undefined]).toContainEqual(now);
			expect(readdirSync(parent).filter((n) => !n.startsWith('.'))).toEqual(now ? ['debate'] : []);
			const said = recoverInterrupted(parent);
			expect(said.length).toBeGreaterThan(0);
			expect(readdirSync(parent)).toEqual(['debate']);
			expect(tree(target)).toEqual(step === 'new-in' ? asTree(NEW) : asTree(OLD));
			expect(said.join('\n')).toMatch(step === 'old-aside' ? /Restored/ : /Removed/);
		}
	);

	it('leaves alone what a running process is writing', () => {
		const busy = join(tmp, `.debate.tmp-${process.pid}-99`);
		mkdirSync(busy);
		expect(recoverInterrupted(tmp)).toEqual([]);
		expect(existsSync(busy)).toBe(true);
	});
});
