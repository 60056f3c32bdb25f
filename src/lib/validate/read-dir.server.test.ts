import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDebates, readDebateDir } from './node.server';
import { readSourceTexts } from './read-dir.server';

function tree(files: Record<string, string | Buffer>): string {
	const root = mkdtempSync(join(tmpdir(), 'crux-read-'));
	for (const [p, text] of Object.entries(files)) {
		mkdirSync(join(root, p, '..'), { recursive: true });
		writeFileSync(join(root, p), text);
	}
	return root;
}

describe('readSourceTexts', () => {
	it('reads <id>.txt files and a sources.yaml mapping', () => {
		const dir = tree({
			'a.txt': 'Text A.',
			'long-file-name.txt': 'Text B.',
			'sources.yaml': 'b: long-file-name.txt\n',
			'README.md': 'x'
		});
		expect(readSourceTexts(dir, dir).texts).toEqual({
			a: 'Text A.',
			'long-file-name': 'Text B.',
			b: 'Text B.'
		});
	});
	it('reads a sources.json mapping', () => {
		const dir = tree({ 'x.txt': 'X', 'sources.json': '{"c": "x.txt"}' });
		expect(readSourceTexts(dir, dir).texts.c).toBe('X');
	});
});

describe('readDebateDir and loadDebates', () => {
	const DEBATE = 'title: T\nresolution: R\ndescription: D\nsides: {for: a, against: b}\n';
	it('reads every file with paths relative to cwd and skips dotfiles', () => {
		const root = tree({
			'd/debate.yaml': DEBATE,
			'd/claims/t.yaml': 'text: T\nkind: thesis\n',
			'd/.hidden': 'x'
		});
		const files = readDebateDir(join(root, 'd'), { cwd: root });
		expect(files.id).toBe('d');
		expect(files.dir).toBe('d');
		expect(files.files.map((f) => f.path)).toEqual([
			'd/.hidden',
			'd/claims/t.yaml',
			'd/debate.yaml'
		]);
	});
	it('loads debates, reports loose files in the root and missing mapped texts', () => {
		const root = tree({
			'args/d/debate.yaml': DEBATE,
			'args/d/claims/t.yaml': 'text: T\nkind: thesis\n',
			'args/stray.yaml': 'x: 1\n',
			'args/README.md': 'about',
			'texts/sources.yaml': 'gone: missing.txt\n'
		});
		const r = loadDebates(join(root, 'args'), { cwd: root, sourcesDir: join(root, 'texts') });
		expect(r.debates.map((d) => d.id)).toEqual(['d']);
		expect(r.fileCount).toBe(2);
		expect(r.problems.map((p) => `${p.file} ${p.code}`)).toEqual([
			'args/stray.yaml unexpected-file',
			'texts/sources.yaml missing-file'
		]);
	});
	it('names what an interrupted import left beside the debates, and reads none of it as a debate', () => {
		const root = tree({
			'args/d/debate.yaml': DEBATE,
			'args/d/claims/t.yaml': 'text: T\nkind: thesis\n',
			'args/.d.tmp-4242-1/debate.yaml': 'title: half written',
			'args/.d.old-4242-2/debate.yaml': DEBATE,
			'args/.git/config': 'x'
		});
		const r = loadDebates(join(root, 'args'), { cwd: root });
		expect(r.debates.map((d) => d.id)).toEqual(['d']);
		expect(r.problems.map((p) => `${p.file} ${p.severity} ${p.code}`)).toEqual([
			'args/.d.old-4242-2 warning interrupted-write',
			'args/.d.tmp-4242-1 warning interrupted-write'
		]);
	});
});
