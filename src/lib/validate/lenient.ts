/**
 * The parts of an invalid file that are valid on their own. Later layers use them so a
 * single mistake does not hide the file's other problems: a typo'd key must not silence
 * the quote check, a dangling reference or a self-reference two lines below.
 */
import type * as z from 'zod';
import { unwrap } from './schema-walk';

/** A value as far as it is valid: fields may be missing, list items may be holes. */
export type Lenient<T> = T extends readonly (infer E)[]
	? ReadonlyArray<Lenient<E> | undefined>
	: T extends object
		? { [K in keyof T]?: Lenient<T[K]> }
		: T;

interface Def {
	type: string;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
	keyType?: z.ZodType;
	valueType?: z.ZodType;
}
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;
const isObject = (v: unknown): v is Record<string, unknown> =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

/** Whatever of `value` passes `schema`: whole if valid, otherwise field by field and item by item. */
function salvage(schema: z.ZodType, value: unknown): { ok: boolean; value?: unknown } {
	const whole = schema.safeParse(value);
	if (whole.success) return { ok: true, value: whole.data };
	const s = unwrap(schema);
	const d = def(s);
	if (d.type === 'object' && d.shape && isObject(value)) {
		const out: Record<string, unknown> = {};
		for (const [key, field] of Object.entries(d.shape))
			if (Object.prototype.hasOwnProperty.call(value, key)) {
				const r = salvage(field, value[key]);
				if (r.value !== undefined) out[key] = r.value;
			}
		return { ok: false, value: out };
	}
	if (d.type === 'array' && d.element && Array.isArray(value))
		return { ok: false, value: value.map((item) => salvage(d.element!, item).value) };
	if (d.type === 'record' && d.valueType && isObject(value)) {
		const out: Record<string, unknown> = {};
		for (const [key, item] of Object.entries(value)) out[key] = salvage(d.valueType, item).value;
		return { ok: false, value: out };
	}
	return { ok: false };
}

/** The valid part of a file (`partial`) and its top-level fields that are present but not valid. */
export function partialParse<T>(
	schema: z.ZodType,
	value: unknown
): { partial: Lenient<T>; invalid: string[] } {
	const partial: Record<string, unknown> = {};
	const invalid: string[] = [];
	const shape = def(unwrap(schema)).shape ?? {};
	const raw = isObject(value) ? value : {};
	for (const [key, field] of Object.entries(shape)) {
		if (!Object.prototype.hasOwnProperty.call(raw, key)) continue;
		const r = salvage(field, raw[key]);
		if (!r.ok) invalid.push(key);
		if (r.value !== undefined) partial[key] = r.value;
	}
	return { partial: partial as Lenient<T>, invalid };
}
