/**
 * Imports checked against real third-party files (../shared/corpora, see its README for
 * licences and for the counts used as expectations here). Skipped, with a warning naming
 * the folder, where the corpora are absent; CI has them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPORA, haveCorpora } from '$lib/testing/corpora';
import { triples, validated } from '$lib/testing/formats';
import { importAif } from './aif';
import { importArgdown, parseArgdown } from './argdown';
import { importArggraph } from './arggraph';
import { importKialo } from './kialo';
import { buildGraph } from '$lib/model/graph';
import type { ImportResult } from './types';

const present = haveCorpora('the corpus import tests (Kialo, microtexts, Argdown examples)');
const read = (...p: string[]) => readFileSync(join(CORPORA, ...p), 'utf8');
const adjusted = (r: ImportResult, code: string) =>
	r.report.adjustments.find((a) => a.code === code)?.count ?? 0;

describe.skipIf(!present)('Kialo: religion-and-science.txt', () => {
	it('gives 1 thesis, 328 supports, 451 attacks, 61 links and 719 claims, and validates', () => {
		const r = importKialo(read('kialo', 'religion-and-science.txt'), {
			fileName: 'religion-and-science.txt'
		});
		expect(r.report.read).toMatchObject({ thesis: 1, Pro: 328, Con: 451, links: 61, claims: 719 });
		const d = validated(r);
		const claims = Object.values(d.claims);
		expect(claims).toHaveLength(719);
		expect(claims.filter((c) => c.kind === 'thesis')).toHaveLength(1);
		expect(claims.flatMap((c) => c.supports ?? [])).toHaveLength(328);
		expect(claims.flatMap((c) => c.attacks ?? [])).toHaveLength(451);
		expect(d.meta.title).toBe('Can Religious Faith and Science Co-exist?');
		// Kialo's backslash escapes are gone and Markdown links keep their label.
		expect(claims.some((c) => /\\[()[\]]/.test(c.text))).toBe(false);
		expect(claims.some((c) => /\]\(https?:/.test(c.text))).toBe(false);
		expect(d.claims[d.thesis].text).toBe('Religious Faith (Theology) and Science Can Co-exist.');
	});
});

/**
 * The relation structure with claims numbered in text order (AIF nodeIDs and arggraph unit
 * ids both follow the text), so the two imports compare even where their segment
 * boundaries differ by a word.
 */
function structure(r: ImportResult, order: (a: string, b: string) => number) {
	const d = validated(r);
	const keys = Object.keys(r.ids)
		.filter((k) => !k.startsWith('__'))
		.sort(order);
	const pos = new Map(keys.map((k, i) => [r.ids[k], String(i)]));
	const p = (id: string) => pos.get(id) ?? id;
	// Undercuts and linked groups, as the model reads them (a group's relation named by any member).
	const g = buildGraph(d);
	const groupOf = (e: { id: string; from: string }) =>
		(g.groupOf.get(e.id)?.members ?? [e.from]).map(p).sort().join('+');
	return {
		claims: keys.length,
		relations: triples(d, p),
		undercuts: g.undercuts
			.map((u) => `${p(u.from)} undercuts ${groupOf(u.edge)} ${u.edge.relation} ${p(u.edge.to)}`)
			.sort(),
		groups: g.groups
			.map((x) => `${x.members.map(p).sort().join('+')} ${x.relation} ${p(x.to)}`)
			.sort(),
		thesis: pos.get(d.thesis)
	};
}
const byNumber = (a: string, b: string) =>
	Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, ''));

describe.skipIf(!present)('microtexts: AIF and arggraph', () => {
	const map = present
		? (JSON.parse(read('microtexts', 'aif2arggraph.json')) as Record<string, string>)
		: {};
	// The map also names two arggraph files with no AIF nodeset ("extra1", "extra2").
	const pairs = Object.entries(map).filter(([nodeset]) =>
		existsSync(join(CORPORA, 'microtexts', 'aif', `${nodeset}.json`))
	);

	it('maps 110 nodesets to arggraph files', () => {
		expect(pairs).toHaveLength(110);
		expect(new Set(pairs.map(([, micro]) => micro)).size).toBe(110);
	});

	it('imports every pair into the same structure, and the totals match the corpus README', () => {
		const sum = (rs: ImportResult[], k: string) =>
			rs.reduce((n, r) => n + (r.report.read[k] ?? 0), 0);
		const aifs: ImportResult[] = [];
		const xmls: ImportResult[] = [];
		for (const [nodeset, micro] of pairs) {
			const a = importAif(read('microtexts', 'aif', `${nodeset}.json`), {
				fileName: `${nodeset}.json`
			});
			const x = importArggraph(read('microtexts', 'arggraph', `${micro}.xml`), {
				fileName: `${micro}.xml`
			});
			expect(structure(a, byNumber), `${nodeset} ~ ${micro}`).toEqual(structure(x, byNumber));
			aifs.push(a);
			xmls.push(x);
		}
		// The README's counts over the AIF side.
		expect(sum(aifs, 'I-nodes')).toBe(566);
		expect(sum(aifs, 'RA')).toBe(268);
		expect(sum(aifs, 'CA')).toBe(167);
		// 49 CA nodes on a CA: 44 on an attack of a claim, 5 on an undercut (which Crux cannot undercut).
		expect(sum(aifs, 'undercuts of attacks') + sum(aifs, 'undercuts of undercuts')).toBe(49);
		expect(sum(aifs, 'undercuts of undercuts')).toBe(5);
		expect(sum(aifs, 'undercuts of supports')).toBe(12);
		expect(sum(aifs, 'linked supports')).toBe(17);
		// The arggraph side counts the same things in its own terms.
		expect(sum(xmls, 'units')).toBe(566);
		expect(sum(xmls, 'sup') + sum(xmls, 'exa')).toBe(268);
		expect(sum(xmls, 'reb') + sum(xmls, 'und')).toBe(167);
		expect(sum(xmls, 'und')).toBe(61);
		expect(sum(xmls, 'linked supports')).toBe(17);
		// Natively now: 56 undercuts written as undercuts (one more per extra premise of a linked
		// undercut), linked groups as groups; only what Crux cannot say is reported.
		const written = (rs: ImportResult[], k: 'undercuts' | 'groups') =>
			rs.reduce((n, r) => n + (r.report.written[k] ?? 0), 0);
		const linkedUndercuts = aifs.reduce((n, r) => n + adjusted(r, 'linked-undercut'), 0);
		expect(written(aifs, 'undercuts')).toBeGreaterThanOrEqual(56);
		expect(written(aifs, 'undercuts')).toBe(written(xmls, 'undercuts'));
		expect(aifs.reduce((n, r) => n + adjusted(r, 'undercut-of-undercut'), 0)).toBe(5);
		expect(xmls.reduce((n, r) => n + adjusted(r, 'undercut-of-undercut'), 0)).toBe(5);
		expect(xmls.reduce((n, r) => n + adjusted(r, 'linked-undercut'), 0)).toBe(linkedUndercuts);
		const linked = (rs: ImportResult[]) => sum(rs, 'linked supports') + sum(rs, 'linked attacks');
		expect(
			written(aifs, 'groups') + aifs.reduce((n, r) => n + adjusted(r, 'linked-premises'), 0)
		).toBe(linked(aifs));
		expect(aifs.every((r) => !r.report.adjustments.some((a) => a.code === 'undercut'))).toBe(true);
	}, 60_000);
});

describe.skipIf(!present)('Argdown examples', () => {
	const names = present
		? readdirSync(join(CORPORA, 'argdown-examples', 'argdown')).map((f) =>
				f.replace(/\.argdown$/, '')
			)
		: [];
	it('are the six the README names', () => expect(names).toHaveLength(6));

	interface Rel {
		relationType: string;
		from: string;
		fromType: string;
		to: string;
		toType: string;
	}
	const MAP: Record<string, string> = {
		support: 'supports',
		entails: 'supports',
		attack: 'attacks',
		contrary: 'attacks',
		contradictory: 'attacks'
	};

	it.each(names)('%s parses into its JSON export’s relations and imports them', (name) => {
		const text = read('argdown-examples', 'argdown', `${name}.argdown`);
		const json = JSON.parse(read('argdown-examples', 'json', `${name}.json`)) as {
			relations: Rel[];
			statements: Record<string, unknown>;
			arguments: Record<string, unknown>;
		};
		// The peer parser, as we run it, agrees with the CLI's export.
		const parsed = parseArgdown(text);
		const line = (type: string, from: string, fromType: string, to: string) =>
			`${fromType === 'argument' ? `<${from}>` : from} ${type} ${to}`;
		expect(
			parsed
				.relations!.map((r) =>
					line(String(r.relationType), r.from!.title!, String(r.from!.type), r.to!.title!)
				)
				.sort()
		).toEqual(json.relations.map((r) => line(r.relationType, r.from, r.fromType, r.to)).sort());
		expect(Object.keys(parsed.statements!).sort()).toEqual(Object.keys(json.statements).sort());
		expect(Object.keys(parsed.arguments!).sort()).toEqual(Object.keys(json.arguments).sort());

		const r = importArgdown(text, { fileName: `${name}.argdown` });
		const d = validated(r);
		expect(Object.keys(d.claims)).toHaveLength(
			Object.keys(json.statements).length +
				Object.keys(json.arguments).length +
				(adjusted(r, 'topic-thesis') ? 1 : 0)
		);
		// Each claim is found by the Argdown title it came from.
		const idOf = new Map(Object.entries(r.ids));
		const have = new Set(triples(d));
		const dropped =
			adjusted(r, 'thesis-relation') +
			adjusted(r, 'support-cycle') +
			adjusted(r, 'supports-and-attacks') +
			adjusted(r, 'duplicate-relation');
		let missing = 0;
		const g = buildGraph(d);
		for (const rel of json.relations) {
			const from = idOf.get(rel.fromType === 'argument' ? `<${rel.from}>` : rel.from);
			const to = idOf.get(rel.toType === 'argument' ? `<${rel.to}>` : rel.to);
			expect(from, rel.from).toBeDefined();
			if (rel.relationType === 'undercut') {
				// An undercut of an argument undercuts a relation that argument makes (or its inference's).
				const of = (g.undercutsBy.get(from!) ?? []).map((u) => u.edge);
				expect(
					of.some((e) => e.from === to || e.to === to),
					`${rel.from} undercuts <${rel.to}>`
				).toBe(true);
				continue;
			}
			expect(to, rel.to).toBeDefined();
			if (!have.has(`${from} ${MAP[rel.relationType]} ${to}`)) missing++;
		}
		expect(missing).toBeLessThanOrEqual(dropped);
	});
});
