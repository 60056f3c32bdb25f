/** What every claim rule reads: one claim file's data, as far as it is valid, and where its fields are. */
import type { Claim } from '$lib/schema';
import type { Lenient } from '../../lenient';
import type { DataPath } from '../../yaml-source';
import type { Position } from '../../problem';

export interface ClaimInput {
	path: string;
	id: string;
	data: Lenient<Claim>;
	/** Fields present in the file but not valid: rules that depend on them stay silent. */
	invalid?: readonly string[];
	locate(path: DataPath, at?: 'value' | 'key'): Position;
}

/** Whether each field is known: valid, or absent. A field that is there but invalid is unknown. */
export function known(c: ClaimInput, ...fields: Array<keyof Claim>): boolean {
	return fields.every((f) => !c.invalid?.includes(f));
}

export const isThesis = (c: ClaimInput) => c.data.kind === 'thesis';

/** Each readable target of a relation list, with its index in the file. */
export function targets(c: ClaimInput, rel: 'supports' | 'attacks'): Array<[string, number]> {
	const out: Array<[string, number]> = [];
	(c.data[rel] ?? []).forEach((t, i) => {
		if (typeof t === 'string') out.push([t, i]);
	});
	return out;
}

/** Kinds that state something checkable: without a quote they are just assertions. */
export const EVIDENCE_REQUIRED = new Set(['fact', 'example', 'statement']);

/** Roles that name who voices the claim besides its speaker: `by` belongs with these only. */
export const ROLES_WITH_BY = new Set(['raised', 'reported']);
