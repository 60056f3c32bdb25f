/** Read the zod schema itself, so messages can list allowed fields and quote field descriptions without repeating schema.ts. */
import type * as z from 'zod';
import type { DataPath } from './yaml-source';

interface Def {
	type: string;
	innerType?: z.ZodType;
	element?: z.ZodType;
	valueType?: z.ZodType;
	options?: z.ZodType[];
	shape?: Record<string, z.ZodType>;
	in?: z.ZodType;
	entries?: Record<string, string>;
}

function def(schema: z.ZodType): Def {
	return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Strip optional/default/nullable/pipe wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
	let s = schema;
	for (let i = 0; i < 10; i++) {
		const d = def(s);
		if (
			(d.type === 'optional' ||
				d.type === 'default' ||
				d.type === 'nullable' ||
				d.type === 'prefault') &&
			d.innerType
		)
			s = d.innerType;
		else if (d.type === 'pipe' && d.in) s = d.in;
		else break;
	}
	return s;
}

/** The schema governing the value at `path`, choosing the object branch of unions (it is the one with fields). */
export function schemaAt(schema: z.ZodType, path: DataPath): z.ZodType | undefined {
	let s: z.ZodType | undefined = schema;
	for (const seg of path) {
		if (!s) return undefined;
		s = unwrap(s);
		let d = def(s);
		if (d.type === 'union' && d.options) {
			const obj = d.options.find((o) => def(unwrap(o)).type === 'object');
			if (!obj) return undefined;
			s = unwrap(obj);
			d = def(s);
		}
		if (d.type === 'object' && d.shape) s = typeof seg === 'string' ? d.shape[seg] : undefined;
		else if (d.type === 'array') s = d.element;
		else if (d.type === 'record') s = d.valueType;
		else return undefined;
	}
	return s;
}

/** Field names allowed in the mapping at `path`, in schema order. */
export function fieldsAt(schema: z.ZodType, path: DataPath): string[] {
	let s = schemaAt(schema, path);
	if (!s) return [];
	s = unwrap(s);
	const d = def(s);
	if (d.type === 'union' && d.options) {
		const obj = d.options.find((o) => def(unwrap(o)).type === 'object');
		return obj ? Object.keys(def(unwrap(obj)).shape ?? {}) : [];
	}
	return d.type === 'object' ? Object.keys(d.shape ?? {}) : [];
}

export function descriptionAt(schema: z.ZodType, path: DataPath): string | undefined {
	const s = schemaAt(schema, path);
	return s?.description ?? (s ? unwrap(s).description : undefined);
}
