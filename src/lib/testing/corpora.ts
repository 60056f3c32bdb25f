/**
 * Where the third-party corpora are for tests: `<repo>/../shared/corpora`, or under
 * CRUX_SHARED when set (a worktree elsewhere). They are never copied into the project;
 * tests that need them skip, saying so, when the folder is absent.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const SHARED = process.env.CRUX_SHARED ?? join(REPO, '..', 'shared');
export const CORPORA = join(SHARED, 'corpora');

/** True when the corpora are here; otherwise warns, naming the folder, so the skip is visible. */
export function haveCorpora(what: string): boolean {
	if (existsSync(CORPORA)) return true;
	console.warn(
		`SKIPPED ${what}: the corpora folder ${CORPORA} is absent (set CRUX_SHARED to the folder that holds corpora/).`
	);
	return false;
}
