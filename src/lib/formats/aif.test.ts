import { describe, expect, it } from 'vitest';
import * as arguebuf from 'arguebuf';
import { loadDebates } from '$lib/validate/node.server';
import { sampleDebate } from '$lib/testing/tiny-debate';
import { triples, validated } from '$lib/testing/formats';
import { aifTimestamp, exportAif, importAif, nameInLocution } from './aif';
import { buildGraph } from '$lib/model/graph';
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
		expect(Object.keys(doc)).toEqual(['nodes', 'edges', 'locutions', 'participants', 'crux']);
		expect(doc.participants).toEqual([
			{ participantID: 'ann', firstname: 'Ann', surname: 'Author' },
			{ participantID: 'bob', firstname: 'Bob', surname: 'Builder' }
		]);
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

	it('keeps the first of two nodes with one id and one edge given twice, and says so', () => {
		const doc = {
			nodes: [...nodes, { nodeID: 4, text: 'A second node with id 4.', type: 'I' }],
			edges: [...edges, { edgeID: 99, fromID: 2, toID: 3 }],
			locutions: []
		};
		const r = importAif(JSON.stringify(doc));
		const d = validated(r);
		const texts = Object.values(d.claims).map((c) => c.text);
		expect(texts).toContain('They scratch furniture.');
		expect(texts).not.toContain('A second node with id 4.');
		const codes = Object.fromEntries(r.report.adjustments.map((a) => [a.code, a]));
		expect(codes['duplicate-node-id'].examples[0]).toMatch(/^4: “A second node/);
		expect(codes['duplicate-edge'].count).toBe(1);
		expect(codes['linked-premises']).toBeUndefined();
	});

	it('notes a named scheme on its premises and reports it', () => {
		const named = nodes.map((n) =>
			n.nodeID === 3 ? { ...n, text: 'Argument From Expert Opinion', scheme: 'Expert Opinion' } : n
		);
		const r = importAif(JSON.stringify({ nodes: named, edges, locutions: [] }));
		const d = validated(r);
		const premise = Object.values(d.claims).find((c) => c.text === 'They clean themselves.')!;
		expect(premise.note).toContain('follows the scheme “Expert Opinion”');
		expect(r.report.adjustments.find((a) => a.code === 'scheme-name')?.examples).toEqual([
			'Expert Opinion'
		]);
	});
});

describe('AIF import: who said it, in dialogue corpora', () => {
	// QT30's shape: locutions give person ids, no participants list, and the I-node is a
	// reconstruction, so its text is not the end of the L-node's text.
	const qt30 = {
		nodes: [
			{ nodeID: '1', text: 'Fiona Bruce : I have been fortunate', type: 'L' },
			{ nodeID: '2', text: 'Fiona Bruce has been fortunate', type: 'I' },
			{ nodeID: '3', text: 'Asserting', type: 'YA' },
			{
				nodeID: '4',
				text: 'AudienceMember 20211028QT10 : it is not the same for everyone',
				type: 'L'
			},
			{ nodeID: '5', text: 'it is not the same for everyone who has been unwell', type: 'I' },
			{ nodeID: '6', text: 'Asserting', type: 'YA' },
			{ nodeID: '7', text: 'Default Conflict', type: 'CA' },
			{ nodeID: '8', text: 'some words without a locution entry', type: 'L' },
			{ nodeID: '9', text: 'Nobody is named for this', type: 'I' },
			{ nodeID: '10', text: 'Asserting', type: 'YA' },
			{ nodeID: '11', text: 'Default Inference', type: 'RA' }
		],
		edges: [
			['1', '3'],
			['3', '2'],
			['4', '6'],
			['6', '5'],
			['5', '7'],
			['7', '2'],
			['8', '10'],
			['10', '9'],
			['9', '11'],
			['11', '2']
		].map(([fromID, toID], i) => ({ edgeID: String(i), fromID, toID })),
		locutions: [
			{ nodeID: '1', personID: '3812' },
			{ nodeID: '4', personID: '5779' }
		]
	};

	it('names people from their locutions’ text when there is no participants list', () => {
		const r = importAif(JSON.stringify(qt30), { fileName: 'nodeset23565.json' });
		const d = validated(r);
		const speaker = (text: string) => {
			const c = Object.values(d.claims).find((x) => x.text === text)!;
			return c.speaker && d.people[c.speaker].name;
		};
		expect(speaker('Fiona Bruce has been fortunate')).toBe('Fiona Bruce');
		expect(speaker('it is not the same for everyone who has been unwell')).toBe(
			'AudienceMember 20211028QT10'
		);
		expect(speaker('Nobody is named for this')).toBeUndefined();
		expect(Object.values(d.people).map((p) => p.name)).not.toContainEqual(
			expect.stringMatching(/^Participant/)
		);
		expect(r.report.read['claims attributed through the text of their locutions']).toBe(2);
		expect(r.report.adjustments.find((a) => a.code === 'unattributed-locution')?.count).toBe(1);
	});

	it('reads speakers from L-node text alone when the file has no locutions (US2016’s shape)', () => {
		const us2016 = { ...qt30, locutions: [] };
		const d = validated(importAif(JSON.stringify(us2016)));
		const names = Object.values(d.people)
			.map((p) => p.name)
			.sort();
		expect(names).toEqual(['AudienceMember 20211028QT10', 'Fiona Bruce']);
		const fiona = Object.values(d.claims).find((c) => c.text === 'Fiona Bruce has been fortunate')!;
		expect(d.people[fiona.speaker!].name).toBe('Fiona Bruce');
	});

	it('one person with and without locution entries is one person', () => {
		const mixed = {
			...qt30,
			nodes: [
				...qt30.nodes,
				{ nodeID: '12', text: 'Fiona Bruce : and again', type: 'L' },
				{ nodeID: '13', text: 'Fiona Bruce says it again', type: 'I' },
				{ nodeID: '14', text: 'Asserting', type: 'YA' },
				{ nodeID: '15', text: 'Default Inference', type: 'RA' }
			],
			edges: [
				...qt30.edges,
				...[
					['12', '14'],
					['14', '13'],
					['13', '15'],
					['15', '2']
				].map(([fromID, toID], i) => ({ edgeID: `m${i}`, fromID, toID }))
			]
		};
		const d = validated(importAif(JSON.stringify(mixed)));
		expect(Object.values(d.people).filter((p) => p.name === 'Fiona Bruce')).toHaveLength(1);
	});

	it('uses "Participant N" only for a person the file names nowhere, and reports it', () => {
		const unnamed = {
			...qt30,
			nodes: qt30.nodes.map((n) => (n.nodeID === '1' ? { ...n, text: 'I have been fortunate' } : n))
		};
		const r = importAif(JSON.stringify(unnamed));
		const d = validated(r);
		expect(Object.values(d.people).map((p) => p.name)).toContain('Participant 3812');
		expect(r.report.adjustments.find((a) => a.code === 'unnamed-speaker')?.examples).toEqual([
			'3812'
		]);
	});

	it('takes only a short, name-like head as a name', () => {
		expect(nameInLocution('Fiona Bruce : I have been fortunate')).toBe('Fiona Bruce');
		expect(nameInLocution('Amara Okafor: We should')).toBe('Amara Okafor');
		expect(nameInLocution('Note: the figures are old')).toBeUndefined();
		expect(nameInLocution('Well, as I said: it is late')).toBeUndefined();
		expect(nameInLocution('No colon at all')).toBeUndefined();
		expect(nameInLocution('http://example.org is a site')).toBeUndefined();
	});
});

describe('AIF: undercuts and linked premises, natively', () => {
	const debate = loadDebates('tests/fixtures/arguments').debates.find(
		(d) => d.id === 'free-buses'
	)!;
	const graph = buildGraph(debate);
	const text = exportAif(debate, { now: new Date(Date.UTC(2026, 0, 2)) });
	/** Relations, groups and undercuts, each claim named by `name` (its id, or its text). */
	const shape = (g: typeof graph, name: (id: string) => string = (id) => id) => {
		const set = (ids: string[]) => ids.map(name).sort().join('+');
		return {
			relations: g.edges.map((e) => `${name(e.from)} ${e.relation} ${name(e.to)}`).sort(),
			groups: g.groups.map((x) => `${set(x.members)} ${x.relation} ${name(x.to)}`).sort(),
			undercuts: g.undercuts
				.map(
					(u) =>
						`${name(u.from)} undercuts ${set(g.groupOf.get(u.edge.id)?.members ?? [u.edge.from])} ${u.edge.relation} ${name(u.edge.to)}`
				)
				.sort()
		};
	};

	it('arguebuf 2.0.0 reads one scheme per linked group and a conflict on the scheme it undercuts', () => {
		const g = arguebuf.load.aif(JSON.parse(text));
		const edges = Object.values(g.edges);
		const nodes = g.nodes as Record<string, { type: string; scheme?: { case?: string } }>;
		const into = (id: string) => edges.filter((e) => e.target === id).map((e) => e.source);
		const outOf = (id: string) => edges.filter((e) => e.source === id).map((e) => e.target);
		const relations: string[] = [];
		const groups: string[] = [];
		const undercuts: string[] = [];
		const schemes = Object.entries(nodes).filter(
			([, n]) => n.type === 'scheme' && ['support', 'attack'].includes(n.scheme?.case ?? '')
		);
		const described = (id: string) => {
			const kind = nodes[id].scheme?.case === 'support' ? 'supports' : 'attacks';
			const premises = into(id).filter((p) => nodes[p].type === 'atom');
			return `${premises.sort().join('+')} ${kind} ${outOf(id)[0]}`;
		};
		for (const [id, n] of schemes) {
			const kind = n.scheme?.case === 'support' ? 'supports' : 'attacks';
			const premises = into(id).filter((p) => nodes[p].type === 'atom');
			const [to] = outOf(id);
			if (nodes[to].type === 'scheme') {
				undercuts.push(`${premises[0]} undercuts ${described(to)}`);
				continue;
			}
			for (const p of premises) relations.push(`${p} ${kind} ${to}`);
			if (premises.length > 1) groups.push(described(id));
		}
		expect({
			relations: relations.sort(),
			groups: groups.sort(),
			undercuts: undercuts.sort()
		}).toEqual(shape(graph));
		expect(undercuts).toHaveLength(2);
		expect(groups).toHaveLength(2);
	});

	it('our importer reads it back the same, also without the hidden crux copy', () => {
		const doc = JSON.parse(text);
		delete doc.crux;
		const back = validated(importAif(JSON.stringify(doc), { debateId: 'free-buses' }));
		// Without the copy, ids come from the texts: compare by text.
		expect(shape(buildGraph(back), (id) => back.claims[id].text)).toEqual(
			shape(graph, (id) => debate.claims[id].text)
		);
	});
});
