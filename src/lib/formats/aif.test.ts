import { describe, expect, it } from 'vitest';
import * as arguebuf from 'arguebuf';
import { loadDebates } from '$lib/validate/node.server';
import { sampleDebate } from '$lib/testing/tiny-debate';
import { triples, validated } from '$lib/testing/formats';
import { aifTimestamp, exportAif, importAif } from './aif';
import { ImportError } from './types';

/** Support and attack triples as the peer library arguebuf 2.0.0 reads them from AIF. */
function peerTriples(text: string): string[] {
	const g = arguebuf.load.aif(JSON.parse(text));
	const edges = Object.values(g.edges);
	const out: string[] = [];
	for (const node of Object.values(g.nodes)) {
		if (node.type !== 'scheme') continue;
		const kind = node.scheme?.case;
		if (kind !== 'support' && kind !== 'attack') continue;
		const from = edges.filter((e) => e.target === node.id).map((e) => e.source);
		const to = edges.filter((e) => e.source === node.id).map((e) => e.target);
		for (const f of from)
			for (const t of to) out.push(`${f} ${kind === 'support' ? 'supports' : 'attacks'} ${t}`);
	}
	return out.sort();
}

describe('AIF export, read by arguebuf 2.0.0', () => {
	const now = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
	const { debates } = loadDebates('arguments');
	it.each(debates.map((d) => [d.id, d] as const))(
		'%s gives back exactly its supports and attacks',
		(_, debate) => {
			const text = exportAif(debate, { now });
			expect(peerTriples(text)).toEqual(triples(debate));
			const g = arguebuf.load.aif(JSON.parse(text));
			const atoms = Object.values(g.nodes).filter((n) => n.type === 'atom');
			expect(atoms.map((a) => a.id).sort()).toEqual(Object.keys(debate.claims).sort());
			for (const a of atoms) if (a.type === 'atom') expect(a.text).toBe(debate.claims[a.id].text);
		}
	);

	it('writes the AIFdb DB format: typed nodes, scheme names, yyyy-MM-dd HH:mm:ss timestamps, locutions', () => {
		const d = sampleDebate();
		d.claims.a.speaker = 'ann';
		const doc = JSON.parse(exportAif(d, { now }));
		expect(Object.keys(doc)).toEqual(['nodes', 'edges', 'locutions', 'crux']);
		expect(aifTimestamp(now)).toBe('2026-01-02 03:04:05');
		for (const n of doc.nodes) expect(n.timestamp).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
		const ra = doc.nodes.filter((n: { type: string }) => n.type === 'RA');
		const ca = doc.nodes.filter((n: { type: string }) => n.type === 'CA');
		expect(ra.every((n: { text: string }) => n.text === 'Default Inference')).toBe(true);
		expect(ca.every((n: { text: string }) => n.text === 'Default Conflict')).toBe(true);
		expect(ra.length + ca.length).toBe(triples(d).length);
		expect(doc.locutions).toContainEqual({
			nodeID: 'l_a',
			personID: 'ann',
			timestamp: '2026-01-02 03:04:05'
		});
		expect(doc.locutions).toHaveLength(Object.values(d.claims).filter((c) => c.speaker).length);
		const l = doc.nodes.find((n: { nodeID: string }) => n.nodeID === 'l_a');
		expect(l).toMatchObject({ type: 'L', text: `Ann Author: ${d.claims.a.text}` });
	});

	it('keeps hostile text as data: JSON-escaped, never markup', () => {
		const d = sampleDebate();
		d.claims.a.text = '</script><img src=x onerror=alert(1)> "quoted" \\ \u2028';
		const text = exportAif(d, { now });
		expect(text).not.toMatch(/[<>]/);
		expect(JSON.parse(text).nodes.find((n: { nodeID: string }) => n.nodeID === 'a').text).toBe(
			d.claims.a.text
		);
	});
});

describe('AIF import', () => {
	const nodes = [
		{ nodeID: 1, text: 'Cats are the best pets.', type: 'I' },
		{ nodeID: 2, text: 'They clean themselves.', type: 'I' },
		{ nodeID: 3, text: 'Default Inference', type: 'RA' },
		{ nodeID: 4, text: 'They scratch furniture.', type: 'I' },
		{ nodeID: 5, text: 'Default Conflict', type: 'CA' },
		{ nodeID: 6, text: 'Ann: They clean themselves.', type: 'L' },
		{ nodeID: 7, text: 'Asserting', type: 'YA' }
	];
	const edges = [
		[2, 3],
		[3, 1],
		[4, 5],
		[5, 1],
		[6, 7],
		[7, 2]
	].map(([fromID, toID], i) => ({ edgeID: i, fromID, toID }));

	it.each([
		['AIFdb', { nodes, edges, locutions: [{ nodeID: 6, personID: 11 }] }],
		[
			'xAIF',
			{
				AIF: {
					nodes,
					edges,
					locutions: [{ nodeID: '6', personID: 11 }],
					participants: [{ participantID: 11, firstname: 'Ann', surname: 'Lee' }]
				}
			}
		],
		[
			'OVA3',
			{
				AIF: { nodes, edges, locutions: [{ nodeID: '6', personID: '11' }], participants: [] },
				OVA: { firstname: '', surname: '', url: '', nodes: [], edges: [] },
				text: '<span>They clean themselves.</span>'
			}
		]
	])(
		'reads %s with numeric or string ids, and speakers from the locution layer',
		(flavour, doc) => {
			const r = importAif(JSON.stringify(doc), { fileName: 'pets.json' });
			expect(r.report.format).toBe(`aif (${flavour})`);
			const d = validated(r);
			const id = (t: string) => Object.values(d.claims).find((c) => c.text === t)!.id;
			expect(d.claims[d.thesis].text).toBe('Cats are the best pets.');
			expect(triples(d)).toEqual(
				[
					`${id('They clean themselves.')} supports ${d.thesis}`,
					`${id('They scratch furniture.')} attacks ${d.thesis}`
				].sort()
			);
			const speaker = d.claims[id('They clean themselves.')].speaker!;
			expect(d.people[speaker].name).toBe(flavour === 'xAIF' ? 'Ann Lee' : 'Ann');
			expect(r.report.read).toMatchObject({
				'I-nodes': 3,
				RA: 1,
				CA: 1,
				'L nodes': 1,
				'YA nodes': 1
			});
		}
	);

	it('says what is wrong, and where, for broken input', () => {
		expect(() => importAif('{"nodes": [1,\n  }')).toThrow(ImportError);
		expect(() => importAif('{"nodes": [1,\n  }')).toThrow(/line 2, column 3/);
		expect(() => importAif('{"edges": []}')).toThrow(/needs "nodes" and "edges"/);
		expect(() => importAif('{"nodes": [{"text": "x"}], "edges": []}')).toThrow(
			/nodes\[0\] has no nodeID/
		);
	});
});
