/** npm run import as people run it: a subprocess, checked for files, report, exit code and no stack trace. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDebates } from '../src/lib/validate/node.server';

const ROOT = join(import.meta.dirname, '..');
const STACK = /\n\s+at .+:\d+:\d+|Error: .*\n\s+at /;

function cli(...args: string[]) {
	const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/import.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1' }
	});
	return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run import', () => {
	const tmp = mkdtempSync(join(tmpdir(), 'crux-import-'));

	it('detects a Kialo export, writes a folder the validator accepts, and prints the report', () => {
		const file = join(tmp, 'uniforms.txt');
		writeFileSync(
			file,
			'Discussion Title: Uniforms?\n\n1. Pupils should wear uniforms.\n1.1. Pro: They hide wealth.\n1.1.1. Con: Uniforms cost money \\(a lot\\).\n1.2. Pro: -> See 1.1.1.\n'
		);
		const out = join(tmp, 'out');
		const r = cli(file, '--out', out);
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
		const again = cli(file, '--out', out);
		expect(again.code).toBe(2);
		expect(again.err).toMatch(/already exists.*--force/);
	});

	it('reports unreadable input with its location, writes nothing, and never shows a stack trace', () => {
		const file = join(tmp, 'broken.json');
		writeFileSync(file, '{"nodes": [\n  {"nodeID": 1, "type": "I", "text": "x"},\n  ]\n}');
		const out = join(tmp, 'out-broken');
		const r = cli(file, '--format', 'aif', '--out', out);
		expect(r.code).toBe(1);
		expect(r.out).toMatch(
			/broken\.json:3:3 {2}error: This AIF file is not valid JSON \(line 3, column 3\)/
		);
		expect(r.out + r.err).not.toMatch(STACK);
		expect(existsSync(out)).toBe(false);
		const usage = cli(file, '--format', 'pdf', '--out', out);
		expect(usage.code).toBe(2);
		expect(usage.err).toMatch(
			/Unknown format "pdf": use one of argdown, aif, json, kialo, arggraph/
		);
	});
});
