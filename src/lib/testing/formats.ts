/** Turn an import into the validated model, and a debate into sorted relation triples, for comparing. */
import { expect } from 'vitest';
import type { Debate } from '$lib/model/types';
import { RELATIONS } from '$lib/schema';
import { validateDebateFiles } from '$lib/validate';
import type { ImportResult } from '$lib/formats/types';

export function validated(r: ImportResult): Debate {
	const { debate, problems } = validateDebateFiles(r.files);
	expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
	return debate!;
}

/** "from supports to" lines, by a key of each claim (its id, or its text). */
export function triples(d: Debate, key: (id: string) => string = (id) => id): string[] {
	return Object.values(d.claims)
		.flatMap((c) =>
			RELATIONS.flatMap((rel) => (c[rel] ?? []).map((t) => `${key(c.id)} ${rel} ${key(t)}`))
		)
		.sort();
}
