/** Shared by the validator's tests: claims built in memory with a fake locator (line = 1 + depth of the data path). */
import type { Claim } from '$lib/schema';
import type { Position } from '$lib/validate/problem';
import type { DataPath } from '$lib/validate/yaml-source';

/** Line = 1; column encodes nothing useful, but the path is recorded so tests can assert on it. */
export function fakeLocate(
	path: DataPath,
	at: 'value' | 'key' = 'value'
): Position & { path?: string } {
	return { line: 1 + path.length, column: at === 'key' ? 1 : 2 };
}

export function claimInput(id: string, data: Partial<Claim>) {
	return {
		path: `claims/${id}.yaml`,
		id,
		data: { text: id, ...data } as Claim,
		locate: fakeLocate
	};
}
