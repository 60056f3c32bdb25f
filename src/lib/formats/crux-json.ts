/**
 * Crux JSON (`<debate>.json`): the whole debate as one document, for anyone building on the
 * data without reading YAML folders. Its shape is defined here from the file schemas in
 * schema.ts, and published as static/schema/crux-json.schema.json by scripts/generate-schema.ts.
 * Import checks a document against the same schema and reports the first problems by path.
 */
import { own } from '$lib/shared/records';
import * as z from 'zod';
import type { Debate } from '$lib/model/types';
import { claimSchema, debateSchema, id, personSchema, sourceSchema } from '$lib/schema';
import { draftClaim, emptyDraft } from './draft';
import { finishImport } from './import-draft';
import { isRecord, parseJson, safeJson } from './json-input';
import { Reporter } from './report';
import { ImportError, type Format, type ImportOptions, type ImportResult } from './types';

export const CRUX_JSON_FORMAT = 'crux-debate';

export const cruxJsonSchema = z
	.strictObject({
		$schema: z.string().optional().describe('Where this document’s JSON Schema is published'),
		format: z.literal(CRUX_JSON_FORMAT).describe('Marks the document as a Crux debate'),
		version: z.literal(1).describe('Version of this document format'),
		id: id.describe('The debate id: its folder name under arguments/'),
		debate: debateSchema,
		thesis: id.describe('Id of the claim that is the thesis'),
		claims: z.record(id, claimSchema).describe('Every claim, by id'),
		people: z.record(id, personSchema).describe('Every speaker, by id'),
		sources: z.record(id, sourceSchema).describe('Every source, by id'),
		moved: z.record(id, id).describe('Renamed claims: old id → current id')
	})
	.describe('A whole Crux debate as one JSON document (<debate>.json in the built site)');

export type CruxJson = z.infer<typeof cruxJsonSchema>;

const withoutId = <T extends { id: string }>(rec: Record<string, T>) =>
	Object.fromEntries(
		Object.values(rec).map((x) => {
			const { id: key, ...rest } = x;
			return [key, rest];
		})
	);

export function exportCruxJson(debate: Debate): string {
	const doc = {
		$schema: '../../schema/crux-json.schema.json',
		format: CRUX_JSON_FORMAT,
		version: 1,
		id: debate.id,
		debate: debate.meta,
		thesis: debate.thesis,
		claims: withoutId(debate.claims),
		people: withoutId(debate.people),
		sources: withoutId(debate.sources),
		moved: debate.moved
	};
	return safeJson(doc) + '\n';
}

export function importCruxJson(text: string, opts: ImportOptions = {}): ImportResult {
	const parsed = cruxJsonSchema.safeParse(parseJson(text, 'Crux JSON'));
	if (!parsed.success) {
		const issues = parsed.error.issues
			.slice(0, 5)
			.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
		throw new ImportError(`This is not a valid Crux JSON document:\n  ${issues.join('\n  ')}`);
	}
	const doc = parsed.data;
	const rep = new Reporter();
	const draft = emptyDraft(doc.debate.title);
	Object.assign(draft, {
		resolution: doc.debate.resolution,
		description: doc.debate.description,
		sides: doc.debate.sides,
		tags: doc.debate.tags,
		thesis: doc.thesis
	});
	const live = (id: string) => own(doc.moved, id) ?? id;
	for (const [pid, p] of Object.entries(doc.people)) {
		const { name, ...extra } = p;
		draft.people.push({ key: pid, id: pid, name, extra });
	}
	for (const [sid, s] of Object.entries(doc.sources))
		draft.sources.push({ key: sid, id: sid, data: { ...s } });
	for (const [cid, c] of Object.entries(doc.claims)) {
		rep.count('claims');
		const { text: t, supports, attacks, note, with: partners, undercuts, ...rest } = c;
		draft.claims.push(draftClaim(cid, t, { ...rest, id: cid, notes: note ? [note] : [] }));
		for (const to of supports ?? [])
			draft.relations.push({ from: cid, to: live(to), rel: 'supports' });
		for (const to of attacks ?? [])
			draft.relations.push({ from: cid, to: live(to), rel: 'attacks' });
		for (const u of undercuts ?? []) {
			const rel = u.supports !== undefined ? 'supports' : 'attacks';
			const to = u[rel];
			if (to !== undefined)
				(draft.undercuts ??= []).push({
					from: cid,
					target: { from: live(u.from), to: live(to), rel }
				});
		}
		const made = [...(supports ?? []), ...(attacks ?? [])];
		if (partners?.length && made.length === 1)
			(draft.groups ??= []).push({
				members: [cid, ...partners.map(live)],
				to: live(made[0]),
				rel: supports?.length ? 'supports' : 'attacks',
				by: cid
			});
	}
	draft.moved = { ...doc.moved };
	return finishImport(draft, rep, {
		...opts,
		debateId: opts.debateId ?? doc.id,
		format: 'crux-json',
		locator: (c) => `claim ${c.key}`
	});
}

export const cruxJson: Format = {
	id: 'json',
	name: 'Crux JSON',
	mediaType: 'application/json',
	export: exportCruxJson,
	import: importCruxJson,
	detect: (text) => {
		try {
			const v = JSON.parse(text);
			return isRecord(v) && v.format === CRUX_JSON_FORMAT;
		} catch {
			return false;
		}
	}
};
