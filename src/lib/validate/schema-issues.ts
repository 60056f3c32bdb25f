/** Turn zod issues into located, plain-language problems. zod's own wording is written for programmers; ours is for contributors. */
import type * as z from 'zod';
import { ID_PATTERN } from '$lib/schema';
import { show, type Problem } from './problem';
import BAD_ID from './rules/file/bad-id';
import FILE_NAME_MISMATCH from './rules/file/file-name-mismatch';
import INVALID_VALUE from './rules/file/invalid-value';
import MISSING_FIELD from './rules/file/missing-field';
import UNKNOWN_KEY from './rules/file/unknown-key';
import WRONG_TYPE from './rules/file/wrong-type';
import { descriptionAt, fieldsAt } from './schema-walk';
import { slugify } from '$lib/shared/text';
import { didYouMean } from './suggest';
import type { DataPath, PathSegment, YamlFile } from './yaml-source';

type Issue = z.core.$ZodIssue;

export interface SchemaContext {
	file: YamlFile;
	schema: z.ZodType;
	/** What the file is, for messages: "a claim", "a source", "the debate file". */
	what: string;
	/** The id given by the file name; a stray `id:` field is compared with it. */
	fileId?: string;
	value: unknown;
}

export function formatPath(path: DataPath): string {
	let out = '';
	for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
	return out;
}

function valueAt(value: unknown, path: DataPath): unknown {
	let v = value;
	for (const seg of path) {
		if (v === null || typeof v !== 'object') return undefined;
		v = (v as Record<PathSegment, unknown>)[seg];
	}
	return v;
}

const TYPE_NAMES: Record<string, string> = {
	string: 'text',
	number: 'a number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a mapping of fields',
	int: 'a whole number'
};

function typeName(expected: string): string {
	return TYPE_NAMES[expected] ?? expected;
}

const EXAMPLES: Record<string, string> = {
	text: 'text on the same line as the field name, e.g. text: "…" (in double quotes if it holds a colon)',
	'a list': 'a list in brackets, e.g. attacks: [some-id, other-id]',
	'a mapping of fields': 'indented "field: value" lines'
};

function where(path: DataPath, what: string): string {
	return path.length ? `in ${formatPath(path)}` : `in ${what}`;
}

/** zod's built-in messages start like this; schema.ts's custom ones are already contributor-facing. */
function isDefaultMessage(m: string): boolean {
	return /^(Invalid|Too (big|small)|Expected|Unrecognized)/.test(m);
}

/** For unions (inferable values), report the branch the contributor evidently meant, not both. */
function pickUnionBranch(branches: Issue[][], actual: unknown): Issue[] {
	const isObject = actual !== null && typeof actual === 'object' && !Array.isArray(actual);
	const rootTypeMismatch = (b: Issue[]) =>
		b.length === 1 && b[0].path.length === 0 && b[0].code === 'invalid_type';
	const plausible = branches.filter((b) => !rootTypeMismatch(b));
	if (plausible.length === 1) return plausible[0];
	if (isObject)
		return branches.find((b) => b.some((i) => i.path.length > 0)) ?? branches[branches.length - 1];
	return branches[0];
}

function issueProblems(ctx: SchemaContext, issue: Issue, prefix: DataPath): Problem[] {
	const { file, schema, what } = ctx;
	const path: DataPath = [...prefix, ...(issue.path as PathSegment[])];
	const name = formatPath(path);
	const actual = valueAt(ctx.value, path);
	const at = (mode: 'value' | 'key' = 'value') => file.locate(path, mode);

	switch (issue.code) {
		case 'unrecognized_keys': {
			const allowed = fieldsAt(schema, path);
			return issue.keys.map((key) => {
				const keyPath = [...path, key];
				const pos = file.locate(keyPath, 'key');
				if (path.length === 0 && key === 'id' && ctx.fileId !== undefined) {
					const given = valueAt(ctx.value, ['id']);
					if (given !== ctx.fileId)
						return FILE_NAME_MISMATCH.at(
							file.path,
							pos,
							`This file says id: ${show(given)}, but its file name makes its id "${ctx.fileId}".`,
							`The id is the file name. Delete the "id:" line, and rename the file to "${slugify(String(given))}.yaml" if that is the id you want.`
						);
					return UNKNOWN_KEY.at(
						file.path,
						pos,
						`Unknown field "id" in ${what}.`,
						'The id is taken from the file name; delete this line.'
					);
				}
				const guess = didYouMean(key, allowed);
				return UNKNOWN_KEY.at(
					file.path,
					pos,
					`Unknown field "${key}" ${path.length ? `in ${name}` : `in ${what}`}.`,
					`${guess ? guess + ' ' : ''}Allowed fields: ${allowed.join(', ')}.`
				);
			});
		}
		case 'invalid_type': {
			if (actual === undefined) {
				const field = path[path.length - 1];
				const desc = descriptionAt(schema, path);
				return [
					MISSING_FIELD.at(
						file.path,
						file.locate(path.slice(0, -1)),
						`Missing required field "${field}" ${where(path.slice(0, -1), what)}.`,
						`Add a line "${field}: …"${desc ? ` (${desc.replace(/\.$/, '')})` : ''}.`
					)
				];
			}
			const expected = typeName(issue.expected);
			const got =
				actual === null
					? 'empty'
					: typeof actual === 'string'
						? `the text ${show(actual)}`
						: Array.isArray(actual)
							? 'a list'
							: typeof actual === 'object'
								? 'a mapping'
								: `${show(actual)}`;
			const hint =
				issue.expected === 'string' && typeof actual !== 'object'
					? `Write it as text; wrap it in quotes if needed: ${formatPath(path.slice(-1))}: "${String(actual)}".`
					: issue.expected === 'array' && typeof actual === 'string'
						? `Write it as a list in brackets: ${formatPath(path.slice(-1))}: [${actual}]`
						: EXAMPLES[expected]
							? `Expected ${EXAMPLES[expected]}.`
							: undefined;
			return [
				WRONG_TYPE.at(file.path, at(), `"${name}" must be ${expected}, but it is ${got}.`, hint)
			];
		}
		case 'invalid_value': {
			const values = issue.values.map((v) => String(v));
			const guess = typeof actual === 'string' ? didYouMean(actual, values) : undefined;
			return [
				INVALID_VALUE.at(
					file.path,
					at(),
					`"${name}" is ${show(actual)}, which is not one of the allowed values.`,
					`${guess ? guess + ' ' : ''}Allowed: ${values.join(', ')}.`
				)
			];
		}
		case 'invalid_format': {
			if (
				issue.format === 'regex' &&
				'pattern' in issue &&
				String(issue.pattern) === String(ID_PATTERN)
			) {
				const fixed = typeof actual === 'string' ? slugify(actual) : '';
				return [
					BAD_ID.at(
						file.path,
						at(),
						`"${name}" is ${show(actual)}, which is not a valid id: it ${issue.message}.`,
						fixed ? `Write "${fixed}".` : undefined
					)
				];
			}
			return [
				INVALID_VALUE.at(file.path, at(), `"${name}" is ${show(actual)}, but it ${issue.message}.`)
			];
		}
		case 'too_small':
		case 'too_big': {
			const custom = isDefaultMessage(issue.message) ? undefined : issue.message;
			let message = custom;
			if (!message) {
				const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
				const bound = issue.code === 'too_small' ? 'at least' : 'at most';
				message =
					issue.origin === 'array'
						? `must list ${bound} ${limit} item${Number(limit) === 1 ? '' : 's'}`
						: issue.origin === 'string'
							? `must be ${bound} ${limit} characters`
							: `must be ${bound} ${limit}`;
			}
			return [
				INVALID_VALUE.at(
					file.path,
					at(),
					`"${name}" ${message}${typeof actual === 'number' ? `, but it is ${actual}` : ''}.`
				)
			];
		}
		case 'invalid_union': {
			const branch = pickUnionBranch(issue.errors as Issue[][], actual);
			return branch.flatMap((i) => issueProblems(ctx, i, path));
		}
		case 'invalid_key': {
			const key = path[path.length - 1];
			const fixed = slugify(String(key));
			return [
				BAD_ID.at(
					file.path,
					at('key'),
					`"${String(key)}" in ${formatPath(path.slice(0, -1))} is not a valid id: it must be a lowercase kebab-case id such as "sea-lanes".`,
					fixed ? `Write "${fixed}".` : undefined
				)
			];
		}
		default:
			return [INVALID_VALUE.at(file.path, at(), `"${name || what}": ${issue.message}.`)];
	}
}

/** Validate `ctx.value` against `ctx.schema`; every issue becomes a problem at its node. */
export function checkSchema<T>(ctx: SchemaContext): { data?: T; problems: Problem[] } {
	const result = ctx.schema.safeParse(ctx.value);
	if (result.success) return { data: result.data as T, problems: [] };
	return { problems: result.error.issues.flatMap((i) => issueProblems(ctx, i as Issue, [])) };
}
