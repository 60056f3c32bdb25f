/**
 * What a format carries beyond text and relations is fitted to the file schemas before it is
 * written: an importer's output always validates, and each change is in the report. The inputs
 * are the kinds the fuzzer found (`npm run fuzz`): Crux's hidden copy in an Argdown or AIF
 * export, edited until it no longer fits, and an arggraph segment too long to quote whole.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { loadDebates } from '$lib/validate/node.server';
import { validated } from '$lib/testing/formats';
import { draftClaim, emptyDraft } from './draft';
import { exportArgdown, importArgdown } from './argdown';
import { exportAif, importAif } from './aif';
import { importArggraph } from './arggraph';
import { EXTRAS_KEY } from './crux-extras';
import { fitToSchema } from './fit-fields';
import { finishImport } from './import-draft';
import { Reporter } from './report';
import type { ImportResult } from './types';

const debate = loadDebates('tests/fixtures/arguments').debates.find((d) => d.id === 'free-buses')!;
type Extras = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The fixture's Argdown export with its hidden copy edited by `edit`. */
function argdownWith(edit: (x: Extras) => void): string {
	const lines = exportArgdown(debate).split('\n');
	const i = lines.findIndex((l) => l.startsWith(`${EXTRAS_KEY}: `));
	const x = JSON.parse(lines[i].slice(EXTRAS_KEY.length + 2));
	edit(x);
	lines[i] = `${EXTRAS_KEY}: ${JSON.stringify(x)}`;
	return lines.join('\n');
}

function aifWith(edit: (x: Extras) => void): string {
	const doc = JSON.parse(exportAif(debate));
	edit(doc[EXTRAS_KEY]);
	return JSON.stringify(doc);
}

/** Changes per code (one code may have several wordings). */
function codes(r: ImportResult): Record<string, number> {
	const out: Record<string, number> = {};
	for (const a of r.report.adjustments) out[a.code] = (out[a.code] ?? 0) + a.count;
	return out;
}
const examples = (r: ImportResult) => r.report.adjustments.flatMap((a) => a.examples).join('\n');
const claimId = 'free-fares-draw-riders';

describe('a hidden copy that no longer fits the format', () => {
	it('replaces an empty side, and says so', () => {
		const r = importArgdown(argdownWith((x) => (x.meta.sides.against = '')));
		const back = validated(r);
		expect(back.meta.sides).toEqual({ for: 'For free buses', against: 'Against the thesis' });
		expect(codes(r)['field-replaced']).toBe(1);
		expect(examples(r)).toMatch(/sides: against must not be empty/);
	});

	it('shortens a locator over 80 characters and a label over 90, noting it on the claim', () => {
		const r = importArgdown(
			argdownWith((x) => {
				x.claims[claimId].evidence[0].locator = `Lind, ${'para. 1 '.repeat(20)}`;
				x.claims[claimId].label = 'A label '.repeat(20);
			})
		);
		const back = validated(r);
		const c = back.claims[claimId];
		expect(c.evidence![0].locator.length).toBeLessThanOrEqual(80);
		expect(c.evidence![0].locator).toMatch(/^Lind, para\. 1/);
		expect(c.label!.length).toBeLessThanOrEqual(90);
		expect(codes(r)['field-shortened']).toBe(2);
		expect(c.note).toMatch(/^As imported, its .*label is shortened to fit/);
		expect(c.note).toMatch(/evidence is shortened to fit/);
	});

	it('leaves out a kind, a role, a web address and an unknown field it cannot hold', () => {
		const r = importAif(
			aifWith((x) => {
				x.people['dan-moss'].kind = 'pexxxxxxxx';
				x.people['dan-moss'].roles.push({ role: 'Driver', source: '__proto__' });
				x.people['cara-lind'].roles[0].source = 'no-such-source';
				x.sources['town-meeting'].url = 'httxxx://example.org';
				x.sources['town-meeting']['+title'] = 'x';
				x.meta.tags.riders = {};
			})
		);
		const back = validated(r);
		expect(back.people['dan-moss'].kind).toBe('person');
		expect(back.people['dan-moss'].roles).toEqual([
			{ role: 'Bus company manager', source: 'town-meeting' }
		]);
		expect(back.people['cara-lind'].roles).toBeUndefined();
		expect(back.sources['town-meeting'].url).toBeUndefined();
		expect(back.meta.tags?.riders).toEqual({ label: 'riders' });
		expect(codes(r)).toMatchObject({ 'field-left-out': 4, 'unknown-field': 1 });
		expect(codes(r)['field-replaced']).toBe(1);
		const said = examples(r);
		expect(said).toMatch(/source town-meeting: url must be an http/);
		expect(said).toMatch(/person cara-lind: roles\[0\] names a source \(no-such-source\)/);
	});

	it('drops a quote with no source or no words, and a date or base out of range', () => {
		const r = importArgdown(
			argdownWith((x) => {
				const c = x.claims[claimId];
				c.evidence = [
					{ sourcxxx: 'town-meeting', quote: 'Words.', locator: 'p. 1' },
					{ source: 'town-meeting', quote: '  ', locator: 'p. 2' },
					...c.evidence
				];
				c.date = '2024-13';
				c.base = 7;
			})
		);
		const c = validated(r).claims[claimId];
		expect(c.evidence).toEqual(debate.claims[claimId].evidence);
		expect(c.date).toBeUndefined();
		expect(c.base).toBeUndefined();
		expect(codes(r)['field-left-out']).toBe(4);
	});

	it('writes nothing it cannot read back: values of the wrong type anywhere', () => {
		const r = importArgdown(
			argdownWith((x) => {
				x.meta.sides = 'both';
				x.meta.tags = 'riders';
				x.meta.resolution = 5;
				x.people['cara-lind'] = { name: 7, kind: ['person'] };
				x.sources['town-meeting'] = null;
				Object.assign(x.claims[claimId], { label: 12, evidence: 'none', tags: [3] });
			})
		);
		const back = validated(r);
		expect(back.meta.sides).toEqual({ for: 'For the thesis', against: 'Against the thesis' });
		// The resolution is the thesis's words when the file's cannot be read.
		expect(back.meta.resolution).toBe(back.claims[back.thesis].text);
		expect(back.people['cara-lind'].name).toBe('cara-lind');
		expect(back.claims[claimId].label).toBeUndefined();
	});
});

describe('what an importer itself reads too long', () => {
	it('splits an arggraph segment longer than a quote into verbatim parts', () => {
		const long = Array.from({ length: 150 }, (_, i) => `word${i}`).join(' ');
		const r = importArggraph(
			`<arggraph id="g"><edu id="e1">${long}</edu><adu id="a1" type="pro"/><edge id="c1" src="e1" trg="a1" type="seg"/></arggraph>`
		);
		const back = validated(r);
		const c = Object.values(back.claims).find((x) => x.evidence?.length)!;
		expect(c.evidence!.map((e) => e.quote).join(' ')).toBe(long);
		expect(c.evidence!.map((e) => e.locator)).toEqual(['segment e1, part 1', 'segment e1, part 2']);
		expect(codes(r)['field-shortened']).toBe(1);
	});

	it('marks a textless claim with a key too long to quote in a text that fits', () => {
		const d = emptyDraft('Topic');
		d.claims.push(draftClaim('t', 'The thesis.'), draftClaim('k'.repeat(2000), ''));
		d.thesis = 't';
		d.relations.push({ from: 'k'.repeat(2000), to: 't', rel: 'supports' });
		const r = finishImport(d, new Reporter(), { format: 'test', locator: (c) => c.key });
		const texts = Object.values(validated(r).claims).map((c) => c.text);
		expect(texts).toContainEqual(expect.stringMatching(/^\(No text in the source: k{10,59}…\)$/));
	});

	it('leaves an arggraph element without an id out, saying so, rather than failing', () => {
		const r = importArggraph(
			`<arggraph id="g"><edu id="e1">One.</edu><edu>Two.</edu><adu id="a1" type="pro"/><adu type="opp"/><edge id="c1" src="e1" trg="a1" type="seg"/><edge src="e1" trg="a1" type="sup"/></arggraph>`
		);
		validated(r);
		expect(codes(r)['unplaced-element']).toBe(3);
	});
});

describe('fitToSchema', () => {
	const s = z.strictObject({
		name: z.string().min(1).max(5),
		list: z.array(z.string().min(1)).min(1).optional(),
		n: z.number().optional()
	});
	it('shortens, drops the item at fault, then the optional field, and replaces a required one', () => {
		expect(fitToSchema(s, { name: 'abcdefgh', list: ['a', '', 'b'], n: 'x', zz: 1 })).toEqual({
			value: { name: 'abcd…', list: ['a', 'b'] },
			fixes: [
				{ field: 'name', how: 'shortened', why: 'must be at most 5 characters' },
				expect.objectContaining({ field: 'list[1]', how: 'left-out' }),
				expect.objectContaining({ field: 'n', how: 'left-out' }),
				{ field: 'zz', how: 'unknown', why: 'is no field Crux has' }
			]
		});
		expect(fitToSchema(s, { name: '', list: [''] }, { name: 'x' }).value).toEqual({ name: 'x' });
		expect(fitToSchema(s, { name: '' }).value).toBeUndefined();
	});
});
