/** Layer 1: one file on its own: YAML syntax, schema, and a file name that is a valid id. */
import {
	ID_PATTERN,
	claimSchema,
	debateSchema,
	movedSchema,
	personSchema,
	sourceSchema,
	type Claim,
	type DebateMeta,
	type FileKind,
	type Moved,
	type Person,
	type Source
} from '$lib/schema';
import { problem, START, type Problem } from './problem';
import type * as z from 'zod';
import { checkSchema } from './schema-issues';
import { unwrap } from './schema-walk';
import { slugify } from './suggest';
import { parseYaml, type YamlFile } from './yaml-source';

interface Base {
	path: string;
	id: string;
	locate: YamlFile['locate'];
	problems: Problem[];
}
export type CheckedFile =
	| (Base & { kind: 'debate'; data?: DebateMeta; partial?: Partial<DebateMeta> })
	| (Base & { kind: 'source'; data?: Source; partial?: Partial<Source> })
	| (Base & { kind: 'person'; data?: Person; partial?: Partial<Person> })
	| (Base & {
			kind: 'claim';
			data?: Claim;
			moved?: Moved;
			partial?: Partial<Claim>;
			invalid?: string[];
	  });

/**
 * The fields of an invalid file that are valid on their own. Later layers use them so a
 * single mistake does not hide the file's other problems (a typo'd key must not silence a
 * dangling reference two lines below).
 */
export function partialParse(
	schema: z.ZodType,
	value: unknown
): { partial: Record<string, unknown>; invalid: string[] } {
	const partial: Record<string, unknown> = {};
	const invalid: string[] = [];
	const shape = (unwrap(schema) as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
	const raw = value as Record<string, unknown>;
	for (const [key, field] of Object.entries(shape)) {
		if (!Object.prototype.hasOwnProperty.call(raw, key)) continue;
		const r = field.safeParse(raw[key]);
		if (r.success) partial[key] = r.data;
		else invalid.push(key);
	}
	return { partial, invalid };
}

const SCHEMAS = {
	debate: { schema: debateSchema, what: 'the debate file' },
	source: { schema: sourceSchema, what: 'a source' },
	person: { schema: personSchema, what: 'a person' }
} as const;

export function checkFile(path: string, text: string, kind: FileKind, id: string): CheckedFile {
	const problems: Problem[] = [];
	if (kind !== 'debate' && !ID_PATTERN.test(id)) {
		const fixed = slugify(id) || 'some-id';
		problems.push(
			problem(
				path,
				START,
				'bad-id',
				`The file name "${id}" is not a valid id: ids are lowercase kebab-case, such as "japan-sea-lanes" (a-z, 0-9 and single hyphens).`,
				`Rename the file to ${fixed}.yaml (and update any references to it).`
			)
		);
	}
	const yaml = parseYaml(path, text);
	problems.push(...yaml.problems);
	const base = { path, id, locate: yaml.locate, problems };
	const value = yaml.value;
	if (value === undefined) return { ...base, kind };

	if (kind === 'claim') {
		const isMoved = Object.prototype.hasOwnProperty.call(value, 'moved');
		const schema = isMoved ? movedSchema : claimSchema;
		const what = isMoved ? 'a moved-claim stub' : 'a claim';
		const r = checkSchema<Claim | Moved>({ file: yaml, schema, what, value, fileId: id });
		problems.push(...r.problems);
		if (!r.data) {
			if (isMoved) return { ...base, kind };
			const { partial, invalid } = partialParse(claimSchema, value);
			return { ...base, kind, partial: partial as Partial<Claim>, invalid };
		}
		return isMoved
			? { ...base, kind, moved: r.data as Moved }
			: { ...base, kind, data: r.data as Claim };
	}
	const { schema, what } = SCHEMAS[kind];
	const r = checkSchema<DebateMeta | Source | Person>({
		file: yaml,
		schema,
		what,
		value,
		fileId: kind === 'debate' ? undefined : id
	});
	problems.push(...r.problems);
	if (r.data) return { ...base, kind, data: r.data } as CheckedFile;
	return { ...base, kind, partial: partialParse(schema, value).partial } as CheckedFile;
}
