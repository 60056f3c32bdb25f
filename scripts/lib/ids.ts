/**
 * Checks at the boundary of every command that writes: an id from the command line or a file
 * must pass the validator's own id rule (`id` in src/lib/schema.ts) before it is used in a
 * path, and an output folder must not lie inside a debate folder.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { DEBATE_FILE } from '../../src/lib/files';
import { id as idSchema } from '../../src/lib/schema';
import { slugify } from '../../src/lib/shared/text';

const MAX_ID = 80;

/** Why `value` cannot be an id (a sentence naming `what`), or undefined when it can. */
export function idProblem(value: string, what: string): string | undefined {
	if (value.trim() === '') return `${what} is empty: give an id such as "japan-sea-lanes".`;
	const r = idSchema.safeParse(value);
	if (r.success) return undefined;
	const reason =
		r.error.issues[0]?.code === 'too_big'
			? `is ${value.length} characters long; ids are at most ${MAX_ID} characters`
			: (r.error.issues[0]?.message ?? 'is not an id');
	const guess = slugify(value, MAX_ID);
	const shown = JSON.stringify(value.length > 100 ? `${value.slice(0, 100)}…` : value);
	return `${what} ${shown} ${reason} (it becomes a file or folder name).${
		guess && guess !== value ? ` Did you mean "${guess}"?` : ''
	}`;
}

/** `path` for a message: relative to the working folder when it is below it. */
export function shown(path: string): string {
	const rel = relative(process.cwd(), path);
	return (rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path).replace(/\\/g, '/');
}

/**
 * The debate folder that `dir` is, or lies inside (the nearest folder, `dir` or an ancestor,
 * holding a debate.yaml), or undefined. Symbolic links are resolved first, so a link into a
 * debate counts as inside it.
 */
export function enclosingDebate(dir: string): string | undefined {
	let here = resolve(dir);
	// The part that exists decides where links lead; what does not exist yet holds no debate.
	while (!existsSync(here) && dirname(here) !== here) here = dirname(here);
	try {
		here = realpathSync(here);
	} catch {
		return undefined;
	}
	for (;;) {
		const file = join(here, DEBATE_FILE);
		if (existsSync(file) && statSync(file).isFile()) return here;
		const up = dirname(here);
		if (up === here) return undefined;
		here = up;
	}
}
