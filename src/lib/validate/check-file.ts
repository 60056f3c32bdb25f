/** Layer 1: one file on its own: YAML syntax, schema, a file name that is a valid id, invisible characters. */
import {
	FILE_KINDS,
	ID_MAX,
	ID_PATTERN,
	claimSchema,
	movedSchema,
	type Claim,
	type DebateMeta,
	type FileKind,
	type Moved,
	type Person,
	type Source
} from '$lib/schema';
import { slugify } from '$lib/shared/text';
import { partialParse, type Lenient } from './lenient';
import { START, type Problem } from './problem';
import BAD_ID from './rules/file/bad-id';
import { FILE_RULES, runRules } from './rules';
import { checkSchema } from './schema-issues';
import { fieldsAt } from './schema-walk';
import { closest } from './suggest';
import { parseYaml, type YamlFile } from './yaml-source';

interface Base {
	path: string;
	id: string;
	locate: YamlFile['locate'];
	problems: Problem[];
	/** Top-level fields present in the file but not valid. */
	invalid?: string[];
}
export type CheckedFile =
	| (Base & { kind: 'debate'; data?: DebateMeta; partial?: Lenient<DebateMeta> })
	| (Base & { kind: 'source'; data?: Source; partial?: Lenient<Source> })
	| (Base & { kind: 'person'; data?: Person; partial?: Lenient<Person> })
	| (Base & { kind: 'claim'; data?: Claim; moved?: Moved; partial?: Lenient<Claim> });

export { partialParse };

export function checkFile(path: string, text: string, kind: FileKind, id: string): CheckedFile {
	const problems: Problem[] = [];
	if (kind !== 'debate' && !ID_PATTERN.test(id)) {
		const fixed = slugify(id) || 'some-id';
		problems.push(
			BAD_ID.at(
				path,
				START,
				`The file name "${id}" is not a valid id: ids are lowercase kebab-case, such as "japan-sea-lanes" (a-z, 0-9 and single hyphens).`,
				`Rename the file to ${fixed}.yaml (and update any references to it).`
			)
		);
	} else if (kind !== 'debate' && id.length > ID_MAX) {
		problems.push(
			BAD_ID.at(
				path,
				START,
				`The file name "${id.slice(0, 40)}…" is ${id.length} characters long; ids are at most ${ID_MAX} characters, so nothing could refer to it.`,
				`Rename the file to a shorter id, such as ${slugify(id, 60)}.yaml.`
			)
		);
	}
	const yaml = parseYaml(path, text);
	problems.push(...yaml.problems);
	problems.push(...runRules(FILE_RULES, { path, text, yaml }, path));
	const base = { path, id, locate: yaml.locate, problems };
	const value = yaml.value;
	if (value === undefined) return { ...base, kind };

	const isMoved = kind === 'claim' && Object.prototype.hasOwnProperty.call(value, 'moved');
	const schema = kind === 'claim' ? (isMoved ? movedSchema : claimSchema) : FILE_KINDS[kind].schema;
	const what = isMoved ? 'a moved-claim stub' : FILE_KINDS[kind].noun;
	const r = checkSchema<Claim | Moved | DebateMeta | Source | Person>({
		file: yaml,
		schema,
		what,
		value,
		fileId: kind === 'debate' ? undefined : id
	});
	problems.push(...r.problems);
	if (r.data)
		return (
			isMoved ? { ...base, kind, moved: r.data } : { ...base, kind, data: r.data }
		) as CheckedFile;
	if (isMoved) return { ...base, kind };
	const { partial, invalid } = partialParse(schema, value);
	// A typo'd field name ("speekr") means that field is unknown, not absent: no "no speaker" echo.
	const fields = fieldsAt(schema, []);
	for (const key of Object.keys(value as object)) {
		const meant = fields.includes(key) ? undefined : closest(key, fields);
		if (meant && !invalid.includes(meant) && !(meant in (partial as object))) invalid.push(meant);
	}
	return { ...base, kind, partial, invalid } as CheckedFile;
}
