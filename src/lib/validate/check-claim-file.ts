/** The single-file check behind the in-app "propose a reply" form and new-claim: the same rules as the CLI, minus the whole-graph layer. */
import { checkClaim } from './check-claim';
import { checkFile } from './check-file';
import { checkReferences } from './check-references';
import { sortProblems, START, type Problem } from './problem';
import DUPLICATE_ID from './rules/cross-file/duplicate-id';
import { internalError } from './validate-debate';

export interface KnownIds {
	claims?: string[];
	people?: string[];
	sources?: string[];
	tags?: string[];
}

/**
 * The file name as typed, from `…/claims/<name>.yaml`: everything after the claims folder, or
 * after the debate's own path where a "." or ".." part starts (the form joins what was typed
 * into the path as it is, so "../../x" must be judged whole, not by its last part: F8).
 */
export function typedName(path: string): string {
	const parts = path.replace(/\\/g, '/').split('/');
	let lead = 0;
	// An absolute path's leading "/" and a root given as "../x" are where the debate is, not a name.
	while (lead < parts.length - 1 && ['', '.', '..'].includes(parts[lead])) lead++;
	const odd = parts.findIndex(
		(p, k) => k >= lead && k < parts.length - 1 && (p === '' || p === '.' || p === '..')
	);
	const claims = parts.lastIndexOf('claims', parts.length - 2);
	const from = odd !== -1 ? odd : claims !== -1 ? claims + 1 : parts.length - 1;
	return parts
		.slice(from)
		.join('/')
		.replace(/\.ya?ml$/, '');
}

export function checkClaimFile(path: string, text: string, known: KnownIds = {}): Problem[] {
	const problems: Problem[] = [];
	try {
		const id = typedName(path);
		const file = checkFile(path, text, 'claim', id);
		problems.push(...file.problems);
		if (known.claims?.includes(id))
			problems.push(
				DUPLICATE_ID.at(
					path,
					START,
					`${path} already exists: a claim with the id "${id}" is in this debate.`,
					'Choose another id (file name) for the new claim.'
				)
			);
		if (file.kind !== 'claim') return sortProblems(problems);
		const data = file.data ?? file.partial;
		if (data && !file.moved)
			problems.push(...checkClaim({ path, id, data, invalid: file.invalid, locate: file.locate }));
		const others = (ids: string[] | undefined) =>
			(ids ?? []).filter((x) => x !== id).map((x) => ({ path: '', id: x, locate: () => START }));
		const tags = known.tags
			? Object.fromEntries(known.tags.map((t) => [t, { label: t }]))
			: undefined;
		const refs = checkReferences({
			debate: tags ? { path: '', id: '', locate: () => START, data: { tags } } : undefined,
			claims: [{ ...file, data }, ...others(known.claims)],
			people: others(known.people),
			sources: others(known.sources),
			unknown: [
				...(known.claims ? [] : ['claims' as const]),
				...(known.people ? [] : ['people' as const]),
				...(known.sources ? [] : ['sources' as const])
			]
		});
		problems.push(...refs.filter((p) => p.file === path));
	} catch (e) {
		problems.push(internalError(path, e));
	}
	return sortProblems(problems);
}
