import { describe, expect, it } from 'vitest';
import { validateDebateFiles } from '../../src/lib/validate/index';
import { syntheticDebate } from './synthetic';

describe('synthetic debates', () => {
	it('are valid, quotes included, with no warnings', () => {
		const d = syntheticDebate({ claims: 500, seed: 7 });
		const r = validateDebateFiles(
			{ id: d.id, dir: '', files: d.files },
			{ sourceTexts: d.sourceTexts }
		);
		expect(r.problems).toEqual([]);
		expect(Object.keys(r.debate!.claims)).toHaveLength(500);
		expect(r.debate!.thesis).toBe('thesis');
	});
	it('are deterministic by seed', () => {
		expect(syntheticDebate({ claims: 200, seed: 3 })).toEqual(
			syntheticDebate({ claims: 200, seed: 3 })
		);
		expect(syntheticDebate({ claims: 200, seed: 3 })).not.toEqual(
			syntheticDebate({ claims: 200, seed: 4 })
		);
	});
	it('have cross attacks, around 10%', () => {
		const d = syntheticDebate({ claims: 2000, seed: 1 });
		const withTwo = d.files.filter((f) =>
			/^(?:supports: \[[^\]]*\]\nattacks:|attacks: \[[^\],]*,)/m.test(f.text)
		).length;
		expect(withTwo / 2000).toBeGreaterThan(0.05);
		expect(withTwo / 2000).toBeLessThan(0.15);
	});
});

describe('npm run generate:synthetic (main)', () => {
	it('writes the debate folder and the texts, and checks its flags', async () => {
		const { mkdtempSync, readdirSync } = await import('node:fs');
		const { tmpdir } = await import('node:os');
		const { join } = await import('node:path');
		const { main } = await import('../generate-synthetic');
		const out = mkdtempSync(join(tmpdir(), 'crux-synth-'));
		const lines: string[] = [];
		const io = { out: (s: string) => lines.push(s), err: (s: string) => lines.push(s) };
		expect(main(['--claims', '20', '--out', out, '--texts', join(out, 'texts')], io)).toBe(0);
		expect(readdirSync(join(out, 'synthetic-20', 'claims'))).toHaveLength(20);
		expect(readdirSync(join(out, 'texts'))).toHaveLength(5);
		expect(main(['--claims', 'many', '--out', out], io)).toBe(2);
		expect(main(['--claim', '5'], io)).toBe(2);
		expect(lines.join('\n')).toContain('Did you mean "--claims"?');
	});
});
