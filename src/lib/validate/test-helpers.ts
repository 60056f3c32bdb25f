/** Shared by tests: claims built in memory with a fake locator that reports the data path as the column. */
import type { Claim } from '$lib/schema';
import type { Position } from './problem';
import type { DataPath } from './yaml-source';

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
