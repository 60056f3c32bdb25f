/**
 * The fuzzer, at a small count so CI runs it in seconds (`npm run fuzz -- --n 600` by hand),
 * and the harness itself: it must be able to fail.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './fuzz';
import { fuzz, loadBases } from './lib/fuzz';

const ROOT = join(import.meta.dirname, '..');

describe('npm run fuzz', () => {
	it('finds no crash, pollution, silent pass or hang in 60 seeded cases', () => {
		const out: string[] = [];
		// A fixed seed, so CI is repeatable; a hang here means over 30 s on a loaded machine.
		const code = main(['--n', '60', '--seed', '7', '--slow-ms', '30000'], {
			out: (s) => void out.push(s),
			err: (s) => void out.push(s)
		});
		expect(out.join('\n')).toMatch(/: 0 crashes, 0 pollutions, 0 silent, 0 hangs;/);
		expect(code).toBe(0);
	}, 60_000);

	it('reports a validator that throws, or stays silent, as a failing case', () => {
		const bases = loadBases(ROOT).slice(0, 1);
		const thrown = fuzz({
			n: 30,
			seed: 3,
			bases,
			validate: () => {
				throw new TypeError('boom');
			}
		});
		expect(thrown.filter((r) => r.target.startsWith('validate')).map((r) => r.verdict)).toContain(
			'crash'
		);
		const silent = fuzz({ n: 60, seed: 3, bases, validate: () => ({ problems: [] }) });
		expect(silent.some((r) => r.verdict === 'silent')).toBe(true);
	});
});
