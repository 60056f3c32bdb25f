import { describe, expect, it } from 'vitest';
import {
	ArgdownApplication,
	DataPlugin,
	ModelPlugin,
	ParserPlugin,
	type IArgdownResponse
} from '@argdown/core';
import { loadDebates } from '$lib/validate/node.server';
import { RELATIONS } from '$lib/schema';
import { mulberry32 } from '$lib/shared/random';
import { tinyDebate } from '$lib/testing/tiny-debate';
import { triples, validated } from '$lib/testing/formats';
import { escapeArgdown, exportArgdown, importArgdown } from './argdown';
import { buildGraph } from '$lib/model/graph';
import { ImportError } from './types';

/** The peer: @argdown/core 1.7.5 as its CLI runs it, independent of our importer. */
function peerParse(text: string): IArgdownResponse & { frontMatter?: Record<string, unknown> } {
	const app = new ArgdownApplication();
	app.addPlugin(new ParserPlugin(), 'parse-input');
	app.addPlugin(new DataPlugin(), 'build-model');
	app.addPlugin(new ModelPlugin(), 'build-model');
	return app.run({
		input: text,
		process: ['parse-input', 'build-model'],
		logLevel: 'error',
		model: { removeTagsFromText: true }
	});
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const statementText = (r: IArgdownResponse, title: string) =>
	norm(r.statements![title].members.map((m) => m.text ?? '').find((t) => t.trim()) ?? '');

describe('Argdown export, read by @argdown/core 1.7.5', () => {
	const { debates } = loadDebates('arguments');
	it.each(debates.map((d) => [d.id, d] as const))(
		'%s parses without errors into the same map',
		(_, debate) => {
			const r = peerParse(exportArgdown(debate));
			expect(r.lexerErrors ?? []).toEqual([]);
			expect(r.parserErrors ?? []).toEqual([]);
			expect(r.frontMatter?.title).toBe(debate.meta.title);
			expect(Object.keys(r.statements!).sort()).toEqual(Object.keys(debate.claims).sort());
			expect(Object.keys(r.arguments ?? {})).toEqual([]);
			for (const c of Object.values(debate.claims)) {
				expect(statementText(r, c.id)).toBe(norm(c.text));
				expect(r.statements![c.id].tags ?? []).toEqual(c.tags ?? []);
				expect(r.statements![c.id].data?.kind).toBe(c.kind);
				expect(r.statements![c.id].data?.speaker).toBe(c.speaker);
			}
			const peer = r
				.relations!.map(
					(x) =>
						`${x.from!.title} ${x.relationType === 'support' ? 'supports' : x.relationType === 'attack' ? 'attacks' : x.relationType} ${x.to!.title}`
				)
				.sort();
			expect(peer).toEqual(triples(debate));
		}
	);

	it('escapes each character the issue lists, and those alone', () => {
		expect(escapeArgdown('see http://x.y/z {a: b} <c> [sic] #5 _x_ a*b*')).toBe(
			'see http\\:\\/\\/x.y\\/z \\{a\\: b\\} \\<c\\> \\[sic\\] \\#5 \\_x\\_ a\\*b\\*'
		);
		expect(escapeArgdown('\\ @ + - = ( ) | ` ~ !')).toBe(
			'\\\\ \\@ \\+ \\- \\= \\( \\) \\| \\` \\~ \\!'
		);
		expect(escapeArgdown('Plain words, a comma; a full stop.')).toBe(
			'Plain words, a comma; a full stop.'
		);
	});

	// Each piece is something Argdown would otherwise read as syntax.
	const HAZARDS = [
		'http://a.b/c',
		'//',
		'/*',
		'*/',
		'{x: 1}',
		'}',
		'<arg>',
		'[sic]',
		'[a]: ',
		'#5',
		'#(t)',
		'_x_',
		'*b*',
		'**',
		'+>',
		'->',
		'<-',
		'><',
		'_>',
		'=',
		'===',
		'\\',
		'\\\\',
		'(1)',
		'---',
		'--',
		'|',
		'`code`',
		'~~',
		'!',
		'@[x]',
		':',
		'>',
		'"',
		"'",
		'&amp;',
		'é',
		'日本'
	];
	it('keeps 300 hazardous texts verbatim (seeded property test)', () => {
		const rnd = mulberry32(12);
		const claims: Record<string, { text: string; supports: string[] }> = {};
		for (let i = 0; i < 300; i++) {
			const parts = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () =>
				rnd() < 0.7 ? HAZARDS[Math.floor(rnd() * HAZARDS.length)] : 'word'
			);
			const sep = rnd() < 0.5 ? ' ' : '';
			claims[`c${i}`] = {
				text: `${rnd() < 0.5 ? 'x' : ''}${parts.join(sep)}`.trim() || 'x',
				supports: ['thesis']
			};
		}
		const debate = tinyDebate(claims);
		const r = peerParse(exportArgdown(debate));
		expect(r.lexerErrors ?? []).toEqual([]);
		expect(r.parserErrors ?? []).toEqual([]);
		for (const [id, c] of Object.entries(claims))
			expect(statementText(r, id), id).toBe(norm(c.text));
		expect(r.relations).toHaveLength(300);
		// And our own importer gives the same texts back.
		const back = validated(importArgdown(exportArgdown(debate)));
		for (const [id, c] of Object.entries(claims)) expect(back.claims[id].text).toBe(c.text);
	});
});

describe('Argdown import', () => {
	it('maps statements, arguments, support, attack and strict relations, noting what is not exact', () => {
		const text = [
			'===',
			'title: Tea or coffee',
			'model:',
			'    mode: strict',
			'===',
			'',
			'[Tea]: Tea is the better drink. #drinks',
			'',
			'<Calm>: Tea calms you down.',
			'  +> [Tea]',
			'',
			'[Coffee]: Coffee is the better drink.',
			'  >< [Tea]',
			'',
			'<Jitter>: Too much tea makes you jittery too.',
			'  _> <Calm>'
		].join('\n');
		const r = importArgdown(text, { fileName: 'tea.argdown' });
		const d = validated(r);
		const byText = (t: string) => Object.values(d.claims).find((c) => c.text === t)!;
		expect(d.meta.title).toBe('Tea or coffee');
		expect(byText('Tea is the better drink.').kind).toBe('thesis');
		expect(byText('Tea calms you down.').supports).toEqual([byText('Tea is the better drink.').id]);
		expect(byText('Coffee is the better drink.').attacks).toEqual([
			byText('Tea is the better drink.').id
		]);
		expect(byText('Coffee is the better drink.').note).toMatch(/contradicts/);
		// The undercut of the sketched argument <Calm> undercuts its support of [Tea].
		const jitter = byText('Too much tea makes you jittery too.');
		expect(jitter.attacks).toBeUndefined();
		expect(jitter.undercuts).toEqual([
			{ from: byText('Tea calms you down.').id, supports: byText('Tea is the better drink.').id }
		]);
		expect(byText('Tea is the better drink.').tags).toEqual(['drinks']);
		const codes = Object.fromEntries(r.report.adjustments.map((a) => [a.code, a.count]));
		expect(codes['strict-relation']).toBe(1);
		expect(Object.keys(codes).filter((c) => /undercut/.test(c))).toEqual([]);
		expect(r.report.written.undercuts).toBe(1);
		expect(RELATIONS).toContain('attacks');
	});

	it('reports a syntax error with its line instead of throwing a stack trace', () => {
		let err: unknown;
		try {
			importArgdown('[A]: fine\n\n(1) a premise\n----\n');
		} catch (e) {
			err = e;
		}
		expect(err).toBeInstanceOf(ImportError);
		expect((err as ImportError).message).toMatch(/line 4\b/);
		expect((err as ImportError).line).toBe(4);
	});

	it('reports each case of one code in its own words (an entails is not "became attacks")', () => {
		const text = [
			'===',
			'model:',
			'    mode: strict',
			'===',
			'',
			'[T]: The thesis.',
			'',
			'[A]: A follows.',
			'  >< [T]',
			'',
			'[B]: B entails it.',
			'  +> [T]'
		].join('\n');
		const r = importArgdown(text);
		const strict = r.report.adjustments.filter((a) => a.code === 'strict-relation');
		expect(strict.map((a) => [a.what, a.count])).toEqual([
			['a strict-mode relation (contradictory) became attacks, with a note', 1],
			['a strict-mode relation (entails) became supports, with a note', 1]
		]);
	});
	it('keeps a link’s address in the note and names headings and front matter it leaves out', () => {
		const text = [
			'===',
			'title: Congestion charges',
			'author: Someone',
			'===',
			'',
			'# The case',
			'',
			'[A]: Traffic fell ([Eliasson 2008](https://example.org/eliasson-2008)).',
			'',
			'[B]: Charges work.',
			'  + [A]'
		].join('\n');
		const r = importArgdown(text);
		const d = validated(r);
		const a = Object.values(d.claims).find((c) => c.text.startsWith('Traffic'))!;
		expect(a.text).toBe('Traffic fell (Eliasson 2008).');
		expect(a.note).toContain('Eliasson 2008: https://example.org/eliasson-2008');
		const by = Object.fromEntries(r.report.adjustments.map((x) => [x.code, x.examples]));
		expect(by['argdown-heading']).toEqual(['The case']);
		expect(by['front-matter']).toEqual(['author: "Someone"']);
	});
});

describe('Argdown round trip after an edit', () => {
	const debate = tinyDebate({
		a: {
			text: 'First paragraph.\n\nSecond paragraph.',
			supports: ['thesis'],
			speaker: 'ann',
			tags: ['sea', 'cost'],
			kind: 'reason'
		},
		b: { text: 'Unchanged words.\n\nIn two paragraphs.', attacks: ['thesis'], speaker: 'bob' }
	});
	const exported = exportArgdown(debate);

	it('keeps every hidden field when nothing was edited, line breaks included', () => {
		const r = importArgdown(exported, { debateId: 'tiny' });
		const back = validated(r);
		expect(back.claims).toEqual(debate.claims);
		expect(r.report.adjustments).toEqual([]);
	});

	it('keeps what the file shows when someone edited it: text, tags, speaker and kind win, each reported', () => {
		const edited = exported
			.replace('First paragraph. Second paragraph.', 'An edited text.')
			.replace(' #(cost)', '')
			.replace('speaker: ann', 'speaker: bob')
			.replace('kind: reason, ', '');
		expect(edited).not.toBe(exported);
		const r = importArgdown(edited, { debateId: 'tiny' });
		const back = validated(r);
		expect(back.claims.a).toMatchObject({ text: 'An edited text.', tags: ['sea'], speaker: 'bob' });
		expect(back.claims.a.kind).toBeUndefined();
		// The unedited claim keeps its paragraphs from the hidden copy.
		expect(back.claims.b.text).toBe('Unchanged words.\n\nIn two paragraphs.');
		const codes = r.report.adjustments.map((a) => `${a.code} ${a.examples.join(',')}`).sort();
		expect(codes).toEqual(['edited-kind a', 'edited-speaker a', 'edited-tags a', 'edited-text a']);
	});
});

describe('Argdown: undercuts and linked premises, natively', () => {
	const debate = loadDebates('tests/fixtures/arguments').debates.find(
		(d) => d.id === 'free-buses'
	)!;
	const graph = buildGraph(debate);
	const text = exportArgdown(debate);

	it('@argdown/core reads the export back with the same structure', () => {
		const r = peerParse(text);
		expect(r.lexerErrors ?? []).toEqual([]);
		expect(r.parserErrors ?? []).toEqual([]);
		// Claims are statements; the relation arguments' attack conclusions are extra statements.
		const carriers = Object.values(r.arguments!)
			.filter((a) => a.data?.crux === 'attacks')
			.map((a) => a.pcs!.find((m) => m.role === 'main-conclusion')!.title!);
		expect(
			Object.keys(r.statements!)
				.filter((t) => !carriers.includes(t))
				.sort()
		).toEqual(Object.keys(debate.claims).sort());
		// Relations as the peer has them: plain ones, and each argument's premises for its target.
		const peer: string[] = [];
		const groups: string[] = [];
		const argTarget = new Map<string, string>();
		for (const [title, a] of Object.entries(r.arguments!)) {
			const premises = a.pcs!.filter((m) => m.role === 'premise').map((m) => m.title!);
			const concl = a.pcs!.find((m) => m.role === 'main-conclusion')!.title!;
			const rel = a.data!.crux as string;
			const to =
				rel === 'supports'
					? concl
					: r.relations!.find((x) => x.from!.title === concl && x.relationType === 'attack')!.to!
							.title!;
			for (const p of premises) peer.push(`${p} ${rel} ${to}`);
			if (premises.length > 1) groups.push(`${[...premises].sort().join('+')} ${rel} ${to}`);
			argTarget.set(title, `${[...premises].sort().join('+')} ${rel} ${to}`);
		}
		const undercuts: string[] = [];
		for (const x of r.relations!) {
			const type = String(x.relationType);
			if (type === 'undercut')
				undercuts.push(
					`${x.from!.title} undercuts ${argTarget.get((x.to as { argumentTitle?: string }).argumentTitle!)}`
				);
			else if (!carriers.includes(x.from!.title!))
				peer.push(`${x.from!.title} ${type === 'support' ? 'supports' : 'attacks'} ${x.to!.title}`);
		}
		expect(peer.sort()).toEqual(triples(debate));
		const members = (e: { id: string; from: string }) =>
			(graph.groupOf.get(e.id)?.members ?? [e.from]).slice().sort().join('+');
		expect(groups.sort()).toEqual(
			graph.groups.map((g) => `${[...g.members].sort().join('+')} ${g.relation} ${g.to}`).sort()
		);
		expect(undercuts.sort()).toEqual(
			graph.undercuts
				.map((u) => `${u.from} undercuts ${members(u.edge)} ${u.edge.relation} ${u.edge.to}`)
				.sort()
		);
		expect(undercuts).toHaveLength(2);
		expect(groups).toHaveLength(2);
	});

	it('our importer reads an export whose hidden copy was stripped with the same structure', () => {
		const stripped = text.replace(/^crux: .*$/m, '');
		expect(stripped).not.toBe(text);
		const back = validated(importArgdown(stripped, { debateId: 'free-buses' }));
		const g2 = buildGraph(back);
		const shape = (g: typeof graph) => ({
			groups: g.groups.map((x) => `${x.members.join('+')} ${x.relation} ${x.to}`),
			undercuts: g.undercuts.map((u) => `${u.from} ${u.edge.relation} ${u.edge.to}`)
		});
		expect(shape(g2)).toEqual(shape(graph));
		expect(triples(back)).toEqual(triples(debate));
	});

	it('reads an undercut of a reconstructed argument, and intermediary conclusions and inference rules', () => {
		// The shape of the Argdown docs' examples: a premise–conclusion structure with an
		// intermediary conclusion and inference rules, and an undercut of its inference.
		const file = [
			'[Charge]: Cities should charge cars for entering the centre.',
			'',
			'<Fewer cars>',
			'',
			'(1) [Price]: Charging raises the price of driving into the centre.',
			'(2) [Demand]: When the price of something rises, people buy less of it.',
			'-- Modus ponens {uses: [1, 2], logic: "deductive"} --',
			'(3) [Less driving]: Charging means less driving into the centre.',
			'(4) [Good]: Less driving into the centre is good.',
			'----',
			'(5) [Charge]',
			'',
			'<No alternative>: Some drivers have no other way to reach the centre.',
			'  _> <Fewer cars>',
			'',
			'[Buses]: Buses run to the centre every ten minutes.',
			'  -> <No alternative>'
		].join('\n');
		const r = importArgdown(file, { fileName: 'charges.argdown' });
		const d = validated(r);
		const id = (t: string) => Object.values(d.claims).find((c) => c.text.startsWith(t))!.id;
		const [charge, price, demand, less, good] = [
			'Cities should',
			'Charging raises',
			'When the price',
			'Charging means',
			'Less driving'
		].map(id);
		expect(d.thesis).toBe(charge);
		// (1), (2) ⊢ (3) and (3), (4) ⊢ (5): each a linked group; the intermediary conclusion is a claim.
		expect(d.claims[price]).toMatchObject({ supports: [less], with: [demand] });
		expect(d.claims[less]).toMatchObject({ supports: [charge], with: [good] });
		expect(d.claims[less].note).toMatch(/inferred from .* by Modus ponens \(logic: "deductive"\)/);
		// The undercut answers the main inference: (3) and (4) together for (5).
		const no = d.claims[id('Some drivers')];
		expect(no.undercuts).toHaveLength(1);
		expect(no.undercuts![0].supports).toBe(charge);
		expect([less, good]).toContain(no.undercuts![0].from);
		expect(no.kind).not.toBe('thesis');
		expect(r.report.adjustments.map((a) => a.code)).toContain('inference-rule');
		expect(r.report.adjustments.map((a) => a.code)).not.toContain('dangling-relation');
	});
});
