/**
 * Everything a format carried beyond claims' text and relations, checked against the file
 * schemas before it is written: the debate's settings, people, sources, tags, and each claim's
 * label, evidence, date and base (Crux's hidden copy in an Argdown or AIF export, edited by
 * hand or not; an arggraph segment quoted whole). What does not fit is fitted: a value too long
 * is shortened (a quote too long is split into parts, each verbatim), a value Crux cannot hold
 * is left out, or, where the file needs one, replaced by a plain default. Each change is a line
 * in the report and, on a claim, a note, so the importer never writes a debate the validator
 * refuses. The schemas in schema.ts decide what fits: nothing here repeats their limits.
 */
import * as z from 'zod';
import {
	claimSchema,
	debateSchema,
	evidenceSchema,
	personSchema,
	sourceSchema,
	tagSchema
} from '$lib/schema';
import { dict } from '$lib/shared/records';
import { shorten } from '$lib/shared/text';
import type { Draft, DraftClaim } from './draft';
import { isRecord } from './json-input';
import type { Reporter } from './report';

type Path = PropertyKey[];
type Issue = z.core.$ZodIssue;

/** What one repair did, for the report and the claim's note. */
export interface FieldFix {
	field: string;
	how: 'shortened' | 'left-out' | 'replaced' | 'unknown';
	why: string;
}

const DROP = Symbol('drop');

const fieldName = (path: Path) =>
	path.reduce<string>(
		(out, seg) =>
			typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${String(seg)}` : String(seg),
		''
	) || '(value)';

function why(issue: Issue): string {
	if (/^must /.test(issue.message)) return issue.message;
	switch (issue.code) {
		case 'invalid_type':
			return `must be ${issue.expected === 'string' ? 'text' : `a ${issue.expected}`}`;
		case 'invalid_value':
			return 'is not one of the values Crux allows';
		case 'too_small':
			return 'must not be empty';
		case 'too_big':
			return `must be at most ${issue.maximum}${issue.origin === 'string' ? ' characters' : ''}`;
		default:
			return 'is not in a form Crux can hold';
	}
}

const getAt = (v: unknown, path: Path): unknown =>
	path.reduce<unknown>(
		(x, seg) =>
			x !== null && typeof x === 'object' ? (x as Record<PropertyKey, unknown>)[seg] : undefined,
		v
	);

function setAt(v: unknown, path: Path, value: unknown) {
	const parent = getAt(v, path.slice(0, -1));
	if (parent !== null && typeof parent === 'object')
		(parent as Record<PropertyKey, unknown>)[path[path.length - 1]] = value;
}

/** Arrays without the items marked DROP, and objects without keys set to DROP, all the way down. */
function sweep(v: unknown): unknown {
	if (Array.isArray(v)) return v.filter((x) => x !== DROP).map(sweep);
	if (isRecord(v)) {
		for (const [k, x] of Object.entries(v))
			if (x === DROP) delete v[k];
			else v[k] = sweep(x);
	}
	return v;
}

/** A deep copy of plain data (JSON or YAML values), with no inherited or `__proto__` keys. */
function copy(v: unknown): unknown {
	if (Array.isArray(v)) return v.map(copy);
	if (isRecord(v)) {
		const out: Record<string, unknown> = {};
		for (const [k, x] of Object.entries(v))
			if (k !== '__proto__')
				Object.defineProperty(out, k, {
					value: copy(x),
					enumerable: true,
					writable: true,
					configurable: true
				});
		return out;
	}
	return v;
}

/**
 * `value` bent until `schema` accepts it: unknown fields left out, over-long text shortened,
 * and any other mistake removed at the nearest list item, or at its top-level field when that
 * field may be left out, or replaced by `fallback[field]`. Undefined when even that fails (the
 * caller then writes its own minimal value). The schema's transforms are not applied: what is
 * returned is what will be written.
 */
export function fitToSchema(
	schema: z.ZodObject,
	value: unknown,
	fallback: Record<string, unknown> = {}
): { value?: Record<string, unknown>; fixes: FieldFix[] } {
	const fixes: FieldFix[] = [];
	let v = isRecord(value) ? (copy(value) as Record<string, unknown>) : {};
	if (!isRecord(value))
		fixes.push({ field: '(value)', how: 'replaced', why: 'must be a mapping of fields' });
	const optional = (key: PropertyKey) =>
		typeof key === 'string' &&
		Object.hasOwn(schema.shape, key) &&
		(schema.shape[key] as z.ZodType).safeParse(undefined).success;
	// Each round removes at least one value, so this ends; the bound is a guard.
	for (let round = 0; round < 64; round++) {
		const r = schema.safeParse(v);
		if (r.success) return { value: v, fixes };
		let changed = false;
		for (const issue of r.error.issues) {
			const path = issue.path;
			if (issue.code === 'unrecognized_keys') {
				const at = getAt(v, path);
				for (const k of issue.keys)
					if (isRecord(at) && Object.hasOwn(at, k)) {
						at[k] = DROP;
						fixes.push({
							field: fieldName([...path, k]),
							how: 'unknown',
							why: 'is no field Crux has'
						});
						changed = true;
					}
				continue;
			}
			const here = getAt(v, path);
			if (issue.code === 'too_big' && issue.origin === 'string' && typeof here === 'string') {
				setAt(v, path, shorten(here, Number(issue.maximum)));
				fixes.push({ field: fieldName(path), how: 'shortened', why: why(issue) });
				changed = true;
				continue;
			}
			// The nearest list item holding the mistake goes; else the field itself.
			const item = path.findLastIndex((seg) => typeof seg === 'number');
			const top = path[0];
			if (item >= 0) {
				if (getAt(v, path.slice(0, item + 1)) === DROP) continue;
				setAt(v, path.slice(0, item + 1), DROP);
				fixes.push({ field: fieldName(path), how: 'left-out', why: why(issue) });
			} else if (top !== undefined && optional(top) && v[top as string] !== DROP) {
				v[top as string] = DROP;
				fixes.push({ field: fieldName(path), how: 'left-out', why: why(issue) });
			} else if (
				typeof top === 'string' &&
				Object.hasOwn(fallback, top) &&
				v[top] !== fallback[top]
			) {
				v[top] = fallback[top];
				fixes.push({ field: fieldName(path), how: 'replaced', why: why(issue) });
			} else continue;
			changed = true;
		}
		v = sweep(v) as Record<string, unknown>;
		if (!changed) break;
	}
	return schema.safeParse(v).success ? { value: v, fixes } : { fixes };
}

function report(rep: Reporter, what: string, example: string, fixes: FieldFix[]) {
	for (const f of fixes)
		rep.adjust(
			f.how === 'unknown' ? 'unknown-field' : `field-${f.how}`,
			f.how === 'unknown'
				? `a field Crux does not have (in ${what}) was left out`
				: f.how === 'shortened'
					? `a value longer than Crux allows (in ${what}) was shortened`
					: f.how === 'replaced'
						? `a value Crux needs but could not read (in ${what}) was replaced by a plain default`
						: `a value Crux cannot hold (in ${what}) was left out`,
			`${example}: ${f.field} ${f.why}`.slice(0, 160)
		);
}

const SIDES = debateSchema.shape.sides as unknown as z.ZodObject;
const DEFAULT_SIDES = { for: 'For the thesis', against: 'Against the thesis' };

/** The debate's settings (its title, resolution and description are shortened as they are written). */
function fitMeta(d: Draft, rep: Reporter) {
	if (typeof d.title !== 'string') d.title = '';
	for (const k of ['resolution', 'description'] as const) {
		const v: unknown = d[k];
		if (v === undefined || (typeof v === 'string' && v.trim())) continue;
		report(rep, 'the debate file', 'debate', [
			{
				field: k,
				how: 'replaced',
				why: typeof v === 'string' ? 'must not be empty' : 'must be text'
			}
		]);
		d[k] = undefined;
	}
	if (d.sides !== undefined) {
		const r = fitToSchema(SIDES, d.sides, DEFAULT_SIDES);
		report(rep, 'the debate’s sides', 'sides', r.fixes);
		d.sides = (r.value as Draft['sides']) ?? { ...DEFAULT_SIDES };
	}
	if (d.tags === undefined) return;
	if (!isRecord(d.tags)) {
		report(rep, 'the debate’s tags', 'tags', [
			{ field: 'tags', how: 'left-out', why: 'must be a mapping of tag ids to labels' }
		]);
		d.tags = undefined;
		return;
	}
	const tags = dict<{ label: string; description?: string }>();
	for (const [t, tag] of Object.entries(d.tags)) {
		const label = shorten(t, 60) || 'Tag';
		const r = fitToSchema(tagSchema, tag, { label });
		report(rep, 'a tag', `tag ${shorten(t, 40)}`, r.fixes);
		tags[t] = (r.value as { label: string; description?: string }) ?? { label };
	}
	d.tags = tags;
}

const PERSON = personSchema.omit({ name: true });

function fitPeople(d: Draft, rep: Reporter) {
	const sources = new Set(d.sources.map((s) => s.key));
	for (const p of d.people) {
		if (typeof p.name !== 'string' || !p.name.trim()) p.name = String(p.key);
		if (p.extra === undefined) continue;
		const r = fitToSchema(PERSON, p.extra);
		const extra = r.value ?? {};
		// A role rests on a source of this debate, or it says nothing.
		if (Array.isArray(extra.roles)) {
			const roles = (extra.roles as Array<{ source: string }>).filter((x, i) => {
				if (sources.has(x.source)) return true;
				r.fixes.push({
					field: `roles[${i}]`,
					how: 'left-out',
					why: `names a source (${shorten(x.source, 40)}) the debate does not have`
				});
				return false;
			});
			if (roles.length) extra.roles = roles;
			else delete extra.roles;
		}
		report(rep, 'a person', `person ${shorten(String(p.id ?? p.key), 40)}`, r.fixes);
		p.extra = extra;
	}
}

function fitSources(d: Draft, rep: Reporter) {
	for (const s of d.sources) {
		const title = typeof s.data?.title === 'string' && s.data.title.trim() ? s.data.title : s.key;
		const fallback = { title: shorten(title, 300) || 'Untitled source', kind: 'other' };
		const r = fitToSchema(sourceSchema, s.data, fallback);
		report(rep, 'a source', `source ${shorten(String(s.id ?? s.key), 40)}`, r.fixes);
		s.data = r.value ?? fallback;
	}
}

/** A claim's fields as the importers carry them: what is not one of these is no Crux field. */
const CLAIM_FIELDS = new Set([
	'key',
	'text',
	'id',
	'kind',
	'label',
	'speaker',
	'role',
	'by',
	'evidence',
	'tags',
	'base',
	'date',
	'notes'
]);
const ref = z.string().trim().min(1);
/** The claim's fields the formats carry whole; kinds and roles are fitted with notes in fit.ts, ids and references when written. */
const CLAIM = claimSchema.pick({ label: true, base: true, date: true }).extend({
	kind: z.string().optional(),
	role: z.string().optional(),
	speaker: ref.optional(),
	by: ref.optional(),
	tags: z.array(ref).optional(),
	// A quote's source is a source of the draft, or gets a file of its own (fit.ts), so any name does.
	evidence: z.array(evidenceSchema.extend({ source: ref })).optional()
});
const QUOTE_MAX = (evidenceSchema.shape.quote as z.ZodString).maxLength ?? 600;
const LOCATOR_MAX = (evidenceSchema.shape.locator as z.ZodString).maxLength ?? 80;

/** Cut at spaces into pieces of at most `max` characters that join back to the text. */
export function splitWords(text: string, max: number): string[] {
	const out: string[] = [];
	let rest = text;
	while (rest.length > max) {
		let cut = rest.lastIndexOf(' ', max);
		if (cut < max / 2) cut = max;
		out.push(rest.slice(0, cut).trim());
		rest = rest.slice(cut).trim();
	}
	if (rest) out.push(rest);
	return out;
}

/** A quote longer than a quote may be is several quotes, each verbatim, each locating its part. */
function splitQuotes(c: DraftClaim, fixes: FieldFix[]) {
	if (!Array.isArray(c.evidence)) return;
	c.evidence = c.evidence.flatMap((e, i) => {
		if (!isRecord(e) || typeof e.quote !== 'string' || e.quote.trim().length <= QUOTE_MAX)
			return [e];
		const parts = splitWords(e.quote.trim(), QUOTE_MAX);
		const locator = typeof e.locator === 'string' ? e.locator : '';
		fixes.push({
			field: `evidence[${i}].quote`,
			how: 'shortened',
			why: `was longer than ${QUOTE_MAX} characters: it is ${parts.length} quotes, each verbatim`
		});
		return parts.map((quote, k) => ({
			...e,
			quote,
			locator: shorten(`${locator || 'quote'}, part ${k + 1}`, LOCATOR_MAX)
		}));
	});
}

const NOTE: Record<FieldFix['how'], string> = {
	shortened: 'is shortened to fit',
	'left-out': 'is left out',
	replaced: 'is replaced',
	unknown: 'is left out'
};

const named = (v: unknown) => v === undefined || (typeof v === 'string' && v.trim() !== '');
const plain = (c: DraftClaim) =>
	c.label === undefined &&
	c.evidence === undefined &&
	c.base === undefined &&
	c.date === undefined &&
	c.tags === undefined &&
	(c.kind === undefined || typeof c.kind === 'string') &&
	(c.role === undefined || typeof c.role === 'string') &&
	named(c.speaker) &&
	named(c.by);

function fitClaims(d: Draft, rep: Reporter) {
	for (const c of d.claims) {
		const fixes: FieldFix[] = [];
		const rec = c as unknown as Record<string, unknown>;
		for (const k of Object.keys(rec))
			if (!CLAIM_FIELDS.has(k)) {
				fixes.push({ field: k, how: 'unknown', why: 'is no field Crux has' });
				delete rec[k];
			}
		// Most claims of most formats carry only text and a speaker: nothing to check then.
		if (plain(c) && !fixes.length) continue;
		splitQuotes(c, fixes);
		const fields: Record<string, unknown> = {};
		for (const k of CLAIM.keyof().options) if (rec[k] !== undefined) fields[k] = rec[k];
		const r = fitToSchema(CLAIM, fields);
		fixes.push(...r.fixes);
		if (!fixes.length) continue;
		for (const k of CLAIM.keyof().options) rec[k] = r.value?.[k];
		report(rep, 'a claim', shorten(String(c.id ?? c.key), 40), fixes);
		const said = [
			...new Set(fixes.map((f) => `${f.field.replace(/\[\d+\].*$/, '')} ${NOTE[f.how]}`))
		];
		c.notes.push(`As imported, its ${said.join(', ')} (it did not fit Crux’s format).`);
	}
}

/** Fit every field the formats carry whole; run before the rest of fit.ts reads them. */
export function fitFields(d: Draft, rep: Reporter): void {
	fitMeta(d, rep);
	fitSources(d, rep);
	fitPeople(d, rep);
	fitClaims(d, rep);
}
