/**
 * Hostile XML and deep JSON are refused by the importers with a located reason (an
 * ImportError: `npm run import` exits 1 and says "Nothing was written"), never a parser's
 * internal error, and no entity is ever expanded (reliability review F15).
 */
import { describe, expect, it } from 'vitest';
import { formatById } from './index';
import { ImportError } from './types';
import { checkXml, MAX_XML_DEPTH } from './xml-input';
import { MAX_JSON_DEPTH, parseJson } from './json-input';

const arggraph = (body: string, doctype = '') =>
	`<?xml version="1.0"?>\n${doctype}<arggraph id="x">\n${body}\n</arggraph>\n`;
const UNIT =
	'<edu id="e1">The thesis holds.</edu><adu id="a1" type="pro"/><edge id="c1" src="e1" trg="a1" type="seg"/>';

function refusal(run: () => unknown): ImportError {
	try {
		run();
	} catch (e) {
		expect(e).toBeInstanceOf(ImportError);
		return e as ImportError;
	}
	throw new Error('not refused');
}

describe('hostile XML', () => {
	const importXml = (xml: string) => formatById('arggraph')!.import!(xml, { fileName: 'x.xml' });

	it.each([
		[
			'nested entities ("billion laughs")',
			'<!DOCTYPE arggraph [\n <!ENTITY a "aaaaaaaaaa">\n <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">\n]>\n'
		],
		[
			'an external entity reading a file',
			'<!DOCTYPE arggraph [\n <!ENTITY xxe SYSTEM "file:///etc/hostname">\n]>\n'
		],
		[
			'a parameter entity',
			'<!DOCTYPE arggraph [\n <!ENTITY % p SYSTEM "http://example.org/x.dtd">\n %p;\n]>\n'
		]
	])('refuses %s, where it is declared', (_, doctype) => {
		const e = refusal(() => importXml(arggraph(UNIT.replace('The thesis', '&b; thesis'), doctype)));
		expect(e.message).toMatch(/declares an XML entity \(line 3, column 2\)/);
		expect([e.line, e.column]).toEqual([3, 2]);
	});

	it('refuses absurd nesting, where it starts', () => {
		const deep = `${'<x>'.repeat(MAX_XML_DEPTH + 50)}${'</x>'.repeat(MAX_XML_DEPTH + 50)}`;
		const e = refusal(() => importXml(arggraph(`<edu id="e1">${deep}</edu>`)));
		expect(e.message).toMatch(`nests elements more than ${MAX_XML_DEPTH} deep`);
		expect(e.line).toBe(3);
	});

	it('still reads ordinary arggraph, comments, CDATA and self-closing tags included', () => {
		expect(() =>
			checkXml(arggraph(`<!-- <a><b> -->${UNIT}<![CDATA[<c><d>]]>`), 'arggraph')
		).not.toThrow();
		const r = importXml(arggraph(UNIT));
		expect(r.report.written.claims).toBe(1);
	});
});

describe('deep JSON', () => {
	it('is refused where the nesting passes the limit, strings not counted', () => {
		const deep = `{"nodes": [{"nodeID": "1", "type": "I", "text": "[[[[", "x": ${'['.repeat(MAX_JSON_DEPTH + 10)}${']'.repeat(MAX_JSON_DEPTH + 10)}}], "edges": []}`;
		const e = refusal(() => formatById('aif')!.import!(deep));
		expect(e.message).toMatch(`nests lists and objects more than ${MAX_JSON_DEPTH} deep (line 1`);
		expect(e.column).toBe(deep.indexOf('[[[[[') + MAX_JSON_DEPTH - 2);
		expect(parseJson(`{"a": ${'['.repeat(50)}${']'.repeat(50)}}`, 'AIF')).toBeDefined();
		const crux = formatById('json')!;
		expect(() => crux.import!(`{"a":${'{"a":'.repeat(200)}1${'}'.repeat(201)}`)).toThrow(
			ImportError
		);
	});
});
