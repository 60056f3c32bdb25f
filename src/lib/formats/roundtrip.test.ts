/**
 * Crux → each format → Crux: the same claims and relations, and nothing else changed either.
 * Run on the fixture debates (tests/fixtures/arguments), one of which, every-field, holds
 * every field the format has; the bundled debate has one labelled smoke test, so a data
 * change cannot break the rest.
 */
import { describe, expect, it } from 'vitest';
import { loadDebates } from '$lib/validate/node.server';
import {
	CLAIM_KINDS,
	CLAIM_ROLES,
	claimSchema,
	debateSchema,
	personSchema,
	sourceSchema
} from '$lib/schema';
import type { Debate } from '$lib/model/types';
import { triples, validated } from '$lib/testing/formats';
import { FORMATS, type Format } from '.';

const fixtures = loadDebates('tests/fixtures/arguments').debates;
const twoWay = FORMATS.filter((f) => f.export && f.import);
const cases = twoWay.flatMap((f) => fixtures.map((d) => [f.id, d.id, f, d] as const));

function roundTrip(format: Format, debate: Debate) {
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

describe('round trip', () => {
	it('covers every exporter that can also import, over the fixture debates', () => {
		expect(new Set(twoWay.map((f) => f.id))).toEqual(new Set(['argdown', 'aif', 'json']));
		expect(fixtures.map((d) => d.id)).toContain('every-field');
	});

	it('every-field holds every field of the format, each kind and role, a stub, an undercut and a linked group', () => {
		const d = fixtures.find((x) => x.id === 'every-field')!;
		const used = (xs: object[]) => new Set(xs.flatMap((x) => Object.keys(x)));
		const claims = Object.values(d.claims);
		const fields = (s: { shape: object }) => Object.keys(s.shape).sort();
		expect([...used(claims)].sort()).toEqual([...fields(claimSchema), 'id'].sort());
		expect(claims.filter((c) => c.undercuts).length).toBe(2);
		expect(claims.filter((c) => c.with).length).toBe(2);
		expect([...used(Object.values(d.sources))].sort()).toEqual(
			[...fields(sourceSchema), 'id'].sort()
		);
		expect([...used(Object.values(d.people))].sort()).toEqual(
			[...fields(personSchema), 'id'].sort()
		);
		expect(Object.keys(d.meta).sort()).toEqual(fields(debateSchema));
		expect(new Set(claims.map((c) => c.kind))).toEqual(new Set(CLAIM_KINDS));
		expect(new Set(claims.map((c) => c.role ?? 'asserted'))).toEqual(new Set(CLAIM_ROLES));
		const sources = Object.values(d.sources);
		for (const k of ['publisher', 'date', 'url'] as const)
			expect(
				sources.some((s) => typeof s[k] === 'object'),
				`an inferred ${k}`
			).toBe(true);
		expect(Object.keys(d.moved)).toEqual(['lunch-is-too-short']);
	});

	it.each(cases)('%s: %s comes back with the same claims and relations', (_, __, format, debate) =>
		roundTrip(format, debate)
	);

	it('smoke @bundled: the bundled debates come back the same through each format', () => {
		const { debates } = loadDebates('arguments');
		expect(debates.length).toBeGreaterThan(0);
		for (const debate of debates) for (const format of twoWay) roundTrip(format, debate);
	});
});
