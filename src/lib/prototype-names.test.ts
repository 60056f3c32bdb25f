/**
 * Any id is safe: the whole pipeline on a debate whose ids, titles, labels and names are the
 * names of Object.prototype's members (tests/fixtures/arguments/prototype-names), and every
 * importer on files whose titles, ids and tags are such names. Nothing may be lost, renamed,
 * attributed wrongly, or written onto Object.prototype (reliability review F2, F3, F4).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadDebates, readDebateDir } from '$lib/validate/node.server';
import { validateDebateFiles } from '$lib/validate';
import { buildGraph } from '$lib/model/graph';
import type { Debate } from '$lib/model/types';
import { debateStatus } from '$lib/evaluate/debate-status';
import { decodeMapPayload, encodeMapPayload, roleOf } from '$lib/views/map/payload';
import { sidePrep } from '$lib/views/prep/lines';
import { parseViewState } from '$lib/views/map/view-state';
import { brief } from '$lib/views/prep/cards';
import { drillDeck } from '$lib/views/prep/drill';
import { diffDebates, renderDiffMarkdown } from '$lib/contrib/debate-diff';
import { FORMATS, formatById } from '$lib/formats';
import { triples, validated } from '$lib/testing/formats';
import { claimTitle } from '$lib/model/labels';
import { own } from '$lib/shared/records';

const NAMES = ['constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const PROTO_KEYS = protoKeys();
afterEach(() => {
	// Nothing any step did may have written onto every object.
	expect(protoKeys()).toEqual(PROTO_KEYS);
	expect(({} as Record<string, unknown>).tags).toBeUndefined();
});

const DIR = 'tests/fixtures/arguments/prototype-names';

function load(): Debate {
	const { debates, problems } = loadDebates('tests/fixtures/arguments');
	const d = debates.find((x) => x.id === 'prototype-names');
	expect(problems.filter((p) => p.file.includes('prototype-names'))).toEqual([]);
	return d!;
}

describe('a debate named like Object.prototype', () => {
	it('validates, with every claim, person, source, tag and stub where it belongs', () => {
		const d = load();
		expect(d.thesis).toBe('constructor');
		expect(Object.keys(d.claims).sort()).toEqual([
			'constructor',
			'hasownproperty',
			'prototype',
			'tostring',
			'valueof'
		]);
		expect(own(d.claims, 'constructor')?.label).toBe('__proto__');
		expect(Object.keys(d.people).sort()).toEqual(['constructor', 'valueof']);
		expect(own(d.people, 'constructor')?.name).toBe('__proto__');
		expect(Object.keys(d.sources)).toEqual(['constructor']);
		expect(Object.keys(d.meta.tags ?? {})).toEqual(['constructor', 'prototype']);
		expect({ ...d.moved }).toEqual({ 'old-prototype': 'prototype' });
		// A lookup of a name that is not there finds nothing, not Object's own members.
		expect(d.moved.constructor).toBeUndefined();
		expect(d.moved.valueof).toBeUndefined();
	});

	it('reports a reference to a "constructor" that is not there, and a "__proto__" field', () => {
		const { files } = readDebateDir(DIR);
		const without = files
			.filter((f) => !/people\/constructor\.yaml$|sources\/constructor\.yaml$/.test(f.path))
			.map((f) =>
				f.path.endsWith('debate.yaml')
					? { ...f, text: f.text.replace(/^ {2}constructor:\n.*\n/m, '') }
					: f.path.endsWith('claims/tostring.yaml')
						? { ...f, text: `${f.text}__proto__:\n  kind: fact\n` }
						: f
			);
		const { problems } = validateDebateFiles({ ...readDebateDir(DIR), files: without });
		const codes = (code: string) =>
			problems.filter((p) => p.code === code).map((p) => `${p.file.split('/').pop()}:${p.line}`);
		expect(codes('dangling-reference')).toEqual(
			expect.arrayContaining(['hasownproperty.yaml:4', 'prototype.yaml:4', 'prototype.yaml:7'])
		);
		expect(codes('undefined-tag')).toEqual(['prototype.yaml:10']);
		expect(codes('unknown-key')).toEqual(['tostring.yaml:10']);
	});

	it('builds its graph, status, map payload, prep, brief and drill', () => {
		const d = load();
		const graph = buildGraph(d);
		expect([...graph.ids].sort()).toEqual(Object.keys(d.claims).sort());
		const status = debateStatus(d, graph);
		expect(Object.keys(status).sort()).toEqual(Object.keys(d.claims).sort());
		for (const s of Object.values(status)) expect(typeof s.status).toBe('string');

		const model = decodeMapPayload(encodeMapPayload(d, graph, status));
		const i = model.payload.ids.indexOf('hasownproperty');
		expect(model.payload.titles[i]).toBe('constructor');
		expect(roleOf(model, i).role).toBe('conceded');
		expect(model.payload.people.map((p) => p.name).sort()).toEqual(['__proto__', 'toString']);

		const forSide = sidePrep(d, graph, 'for', status);
		expect(forSide.lines.map((l) => l.id)).toEqual(['prototype']);
		expect(forSide.lines[0].who).toBe('__proto__');
		const against = sidePrep(d, graph, 'against', status);
		expect(against.lines.map((l) => l.id)).toEqual(['valueof']);
		const b = brief(d, graph, 'for', status, forSide);
		expect(JSON.stringify(b)).toContain('hasOwnProperty'); // the source's title, cited
		expect(drillDeck(d, graph, 'for', status, 1).map((c) => c.claim.id)).toContain('valueof');
		expect(claimTitle(d.claims.valueof)).toBe('hasOwnProperty');
	});

	it('is found from an address by the map, even through a plain (JSON) table of renames', () => {
		const known = {
			claims: new Set(['constructor']),
			moved: {},
			people: [],
			sources: [],
			tags: []
		};
		expect(parseViewState(new URLSearchParams('claim=constructor'), known).selected).toBe(
			'constructor'
		);
		expect(parseViewState(new URLSearchParams('claim=toString'), known).selected).toBeNull();
	});

	it('diffs against an empty debate and against itself, as Markdown', () => {
		const d = load();
		const added = diffDebates(undefined, d);
		expect(added.added.map((c) => c.id).sort()).toEqual(Object.keys(d.claims).sort());
		const md = renderDiffMarkdown([added]);
		for (const id of Object.keys(d.claims)) expect(md).toContain(id);
		const same = diffDebates(d, d);
		expect([same.added, same.removed, same.renamed, same.statusChanged]).toEqual([[], [], [], []]);
		const { constructor: _gone, ...rest } = d.claims;
		const without = { ...d, claims: Object.assign(Object.create(null), rest) } as Debate;
		expect(diffDebates(d, without).removed.map((c) => c.id)).toEqual(['constructor']);
	});

	it.each(FORMATS.filter((f) => f.export && f.import).map((f) => [f.id, f] as const))(
		'exports as %s and imports back the same debate',
		(_, format) => {
			const d = load();
			const back = validated(format.import!(format.export!(d), { debateId: d.id }));
			expect(triples(back)).toEqual(triples(d));
			expect(back.claims).toEqual(d.claims);
			expect(back.people).toEqual(d.people);
			expect(back.meta).toEqual(d.meta);
		}
	);
});

/** Titles, ids and tags named like Object.prototype's members, in each format's own syntax. */
const inputs: Record<string, string> = {
	argdown: `===
title: constructor
===

[__proto__]: The thesis is titled __proto__. #(__proto__) {speaker: mallory}

[constructor]: A reason titled constructor. #(constructor)
  +> [__proto__]

[toString]: An objection titled toString. #(toString)
  -> [__proto__]

[hasOwnProperty]: A reply titled hasOwnProperty. {kind: valueOf}
  -> [toString]

[valueOf]: Another reply titled valueOf.
  +> [constructor]

[prototype]: The last, titled prototype.
  -> [valueOf]
`,
	aif: JSON.stringify({
		nodes: [
			...NAMES.map((n) => ({ nodeID: n, type: 'I', text: `The claim ${n}.` })),
			...NAMES.slice(1).map((n, k) => ({ nodeID: `ra-${n}`, type: k % 2 ? 'CA' : 'RA', text: '' }))
		],
		edges: NAMES.slice(1).flatMap((n) => [
			{ edgeID: `${n}-1`, fromID: n, toID: `ra-${n}` },
			{ edgeID: `${n}-2`, fromID: `ra-${n}`, toID: 'constructor' }
		]),
		participants: [{ participantID: '__proto__', firstname: 'constructor', surname: 'toString' }],
		locutions: []
	}),
	kialo: `Discussion Title: __proto__

1. constructor
${NAMES.slice(1)
	.map((n, k) => `1.${k + 1}. ${k % 2 ? 'Con' : 'Pro'}: ${n}`)
	.join('\n')}
`,
	arggraph: `<?xml version="1.0" encoding="UTF-8"?>
<arggraph id="constructor">
${NAMES.map((n, k) => `  <edu id="${n}">The unit ${n} (${k}).</edu>`).join('\n')}
${NAMES.map((n, k) => `  <adu id="a-${n}" type="${k % 2 ? 'opp' : 'pro'}"/>`).join('\n')}
${NAMES.map((n) => `  <edge id="s-${n}" src="${n}" trg="a-${n}" type="seg"/>`).join('\n')}
${NAMES.slice(1)
	.map(
		(n, k) =>
			`  <edge id="r-${n}" src="a-${n}" trg="a-constructor" type="${k % 2 ? 'reb' : 'sup'}"/>`
	)
	.join('\n')}
</arggraph>
`
};

describe('importers, on titles, ids and tags named like Object.prototype', () => {
	it('covers every importer but Crux JSON (whose ids are checked by its schema)', () => {
		expect(Object.keys(inputs).sort()).toEqual(
			FORMATS.filter((f) => f.import && f.id !== 'json')
				.map((f) => f.id)
				.sort()
		);
	});

	it.each(Object.keys(inputs))('%s keeps every claim and relation', (id) => {
		const format = formatById(id)!;
		const r = format.import!(inputs[id], { fileName: `names.${id}` });
		const d = validated(r);
		// Six claims, five relations: nothing vanished and nothing was added.
		expect(Object.keys(d.claims)).toHaveLength(6);
		expect(triples(d)).toHaveLength(5);
		const texts = Object.values(d.claims)
			.map((c) => `${c.text} ${c.label ?? ''}`)
			.join(' ');
		for (const n of NAMES) expect(texts).toContain(n);
		// Nobody is credited with a claim the file does not give them.
		if (id === 'argdown') {
			const speakers = Object.values(d.claims).map((c) => c.speaker);
			expect(speakers.filter(Boolean)).toHaveLength(1);
		}
		expect(r.report.read).toBeDefined();
	});
});
