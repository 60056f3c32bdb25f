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

export function checkClaimFile(path: string, text: string, known: KnownIds = {}): Problem[] {
	const problems: Problem[] = [];
	try {
		const id = (path.split(/[\\/]/).pop() ?? '').replace(/\.ya?ml$/, '');
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
