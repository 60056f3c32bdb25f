/** arggraph XML on small inline files in the corpus's shapes: joints, edge order, exa, add, reb, und. */
import { describe, expect, it } from 'vitest';
import { triples, validated } from '$lib/testing/formats';
import { importArggraph } from './arggraph';
import { ImportError } from './types';

const doc = (body: string, id = 'micro_t1') =>
	`<?xml version='1.0' encoding='UTF-8' ?>\n<arggraph id="${id}" topic_id="free_buses" stance="pro">\n${body}\n</arggraph>\n`;

const EDUS = `
  <edu id="e1"><![CDATA[Towns should make buses free,]]></edu>
  <edu id="e2"><![CDATA[because free buses draw drivers out of their cars.]]></edu>
  <edu id="e3"><![CDATA[First part of a reason]]></edu>
  <edu id="e4"><![CDATA[and its second part.]]></edu>
  <joint id="j1" />
  <adu id="a1" type="pro" />
  <adu id="a2" type="pro" />
  <adu id="a3" type="pro" />`;
const SEGS = [
	'<edge id="c1" src="e1" trg="a1" type="seg" />',
	'<edge id="c2" src="e2" trg="a2" type="seg" />',
	'<edge id="c3" src="e3" trg="j1" type="seg" />',
	'<edge id="c4" src="e4" trg="j1" type="seg" />',
	'<edge id="c5" src="j1" trg="a3" type="seg" />'
];
const RELS = [
	'<edge id="c6" src="a2" trg="a1" type="sup" />',
	'<edge id="c7" src="a3" trg="a1" type="sup" />'
];

const textOf = (xml: string) => {
	const r = importArggraph(xml, { fileName: 'micro_t1.xml' });
	const d = validated(r);
	return {
		r,
		d,
		texts: Object.values(d.claims)
			.map((c) => c.text)
			.sort()
	};
};

describe('arggraph import: joints', () => {
	it('joins a joint’s segments into one unit, whatever order the seg edges come in', () => {
		const inOrder = textOf(doc([EDUS, ...SEGS, ...RELS].join('\n')));
		// The joint's own seg edge first, before the edges that feed the joint (code review §4 item 2).
		const reversed = textOf(doc([EDUS, ...[...SEGS].reverse(), ...RELS].join('\n')));
		expect(inOrder.texts).toContain('First part of a reason and its second part.');
		expect(reversed.texts).toEqual(inOrder.texts);
		expect(reversed.texts.some((t) => t.startsWith('(No text in the source'))).toBe(false);
		const unit = Object.values(reversed.d.claims).find((c) => c.text.startsWith('First part'))!;
		expect(unit.evidence).toEqual([
			expect.objectContaining({
				quote: 'First part of a reason and its second part.',
				locator: 'segments e3, e4'
			})
		]);
	});

	it('survives a joint that feeds itself', () => {
		const { texts } = textOf(
			doc([EDUS, ...SEGS, '<edge id="c9" src="j1" trg="j1" type="seg" />', ...RELS].join('\n'))
		);
		expect(texts).toContain('First part of a reason and its second part.');
	});
});

describe('arggraph import: relations', () => {
	const xml = doc(
		[
			EDUS,
			'<edu id="e5"><![CDATA[Buses cost money to run.]]></edu>',
			'<edu id="e6"><![CDATA[Tallinn, for one, made its buses free.]]></edu>',
			'<adu id="a4" type="opp" />',
			'<adu id="a5" type="pro" />',
			...SEGS,
			'<edge id="c10" src="e5" trg="a4" type="seg" />',
			'<edge id="c11" src="e6" trg="a5" type="seg" />',
			'<edge id="c6" src="a2" trg="a1" type="sup" />',
			// a3 adds a premise to c6: a2 and a3 support a1 only together.
			'<edge id="c7" src="a3" trg="c6" type="add" />',
			'<edge id="c12" src="a4" trg="a1" type="reb" />',
			'<edge id="c13" src="a5" trg="a2" type="exa" />'
		].join('\n')
	);
	const r = importArggraph(xml, { fileName: 'micro_t1.xml' });
	const d = validated(r);
	const id = (start: string) => Object.values(d.claims).find((c) => c.text.startsWith(start))!.id;

	it('maps sup, exa and reb, with the author’s units asserted and the opponent’s raised', () => {
		expect(d.claims[d.thesis].text).toBe('Towns should make buses free,');
		expect(triples(d)).toContain(`${id('because free')} supports ${d.thesis}`);
		expect(triples(d)).toContain(`${id('Buses cost')} attacks ${d.thesis}`);
		expect(triples(d)).toContain(`${id('Tallinn')} supports ${id('because free')}`);
		expect(d.claims[id('Tallinn')].kind).toBe('example');
		const opp = d.claims[id('Buses cost')];
		expect(opp.role).toBe('raised');
		expect(d.people[opp.by!].name).toBe('The author of micro_t1');
		expect(d.claims[id('because free')].speaker).toBe(opp.by);
		expect(r.report.read).toMatchObject({ units: 5, segments: 6, sup: 1, exa: 1, reb: 1 });
	});

	it('reads an extra premise (add) as linked premises', () => {
		expect(triples(d)).toContain(`${id('First part')} supports ${d.thesis}`);
		expect(triples(d)).toContain(`${id('because free')} supports ${d.thesis}`);
		const linked = [d.claims[id('First part')].with, d.claims[id('because free')].with];
		expect(linked).toEqual([[id('because free')], [id('First part')]]);
		expect(r.report.read['linked supports']).toBe(1);
		expect(r.report.adjustments.map((a) => a.code)).not.toContain('linked-premises');
	});

	it('reads an undercut (und) natively, and an extra premise of an undercut as two undercuts, noted', () => {
		const und = importArggraph(
			doc(
				[
					EDUS,
					'<edu id="e5"><![CDATA[Buses cost money to run.]]></edu>',
					'<edu id="e6"><![CDATA[But the money is there.]]></edu>',
					'<edu id="e7"><![CDATA[And running costs are falling.]]></edu>',
					'<adu id="a4" type="opp" />',
					'<adu id="a5" type="pro" />',
					'<adu id="a6" type="pro" />',
					...SEGS,
					'<edge id="c10" src="e5" trg="a4" type="seg" />',
					'<edge id="c11" src="e6" trg="a5" type="seg" />',
					'<edge id="c14" src="e7" trg="a6" type="seg" />',
					...RELS,
					'<edge id="c12" src="a4" trg="a1" type="reb" />',
					'<edge id="c13" src="a5" trg="c12" type="und" />',
					'<edge id="c15" src="a6" trg="c13" type="add" />'
				].join('\n')
			)
		);
		const dd = validated(und);
		const by = (start: string) => Object.values(dd.claims).find((c) => c.text.startsWith(start))!;
		const target = { from: by('Buses cost').id, attacks: dd.thesis };
		expect(by('But the money').undercuts).toEqual([target]);
		expect(by('And running costs').undercuts).toEqual([target]);
		expect(by('Buses cost').attacks).toEqual([dd.thesis]);
		expect(und.report.written.undercuts).toBe(2);
		expect(und.report.adjustments.map((a) => a.code)).toContain('linked-undercut');
	});

	it('says what is wrong with a file that is not arggraph', () => {
		expect(() => importArggraph('<arggraph id="x">')).toThrow(ImportError);
		expect(() => importArggraph('<other/>')).toThrow(/one <arggraph> element/);
	});
});
