/** Crux → each format → Crux: the same claims and relations, and nothing else changed either. */
import { describe, expect, it } from 'vitest';
import { loadDebates } from '$lib/validate/node.server';
import { triples, validated } from '$lib/testing/formats';
import { FORMATS } from '.';

const debates = [
	...loadDebates('arguments').debates,
	...loadDebates('tests/fixtures/arguments').debates
];
const cases = FORMATS.filter((f) => f.export && f.import).flatMap((f) =>
	debates.map((d) => [f.id, d.id, f, d] as const)
);

describe('round trip', () => {
	it('covers every exporter that can also import, over the bundled and fixture debates', () => {
		expect(new Set(cases.map((c) => c[0]))).toEqual(new Set(['argdown', 'aif', 'json']));
		expect(debates.length).toBeGreaterThanOrEqual(2);
	});

	it.each(cases)(
		'%s: %s comes back with the same claims and relations',
		(_, __, format, debate) => {
			const r = format.import!(format.export!(debate), { debateId: debate.id });
			const back = validated(r);
			expect(triples(back)).toEqual(triples(debate));
			expect(back.claims).toEqual(debate.claims);
			expect(back.thesis).toBe(debate.thesis);
			expect(back.meta).toEqual(debate.meta);
			expect(back.people).toEqual(debate.people);
			expect(back.sources).toEqual(debate.sources);
			// Renamed-claim stubs come back as stubs, in every format.
			expect(back.moved).toEqual(debate.moved);
			expect(r.report.written.moved ?? 0).toBe(Object.keys(debate.moved).length);
			expect(r.report.adjustments).toEqual([]);
		}
	);
});
