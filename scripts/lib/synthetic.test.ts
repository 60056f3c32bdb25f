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
