/** The single-file check behind the in-app "propose a reply" form: the same rules as the CLI, minus the whole-graph layer. */
import type { DebateMeta } from '$lib/schema';
import { checkClaim } from './check-claim';
import { checkFile } from './check-file';
import { checkReferences } from './check-references';
import { problem, sortProblems, START, type Problem } from './problem';

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
				problem(
					path,
					START,
					'duplicate-id',
					`A claim with the id "${id}" already exists in this debate.`,
					'Choose another id (file name) for the new claim.'
				)
			);
		if (file.kind !== 'claim') return sortProblems(problems);
		if (file.data) problems.push(...checkClaim({ path, id, data: file.data, locate: file.locate }));
		const others = (ids: string[] | undefined) =>
			(ids ?? []).filter((x) => x !== id).map((x) => ({ path: '', id: x, locate: () => START }));
		const tags = known.tags
			? Object.fromEntries(known.tags.map((t) => [t, { label: t }]))
			: undefined;
		const refs = checkReferences({
			debate: tags
				? { path: '', id: '', locate: () => START, data: { tags } as unknown as DebateMeta }
				: undefined,
			claims: [{ ...file, data: file.data ?? file.partial }, ...others(known.claims)],
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
		problems.push(
			problem(
				path,
				START,
				'internal-error',
				`The file could not be checked: ${e instanceof Error ? e.message : String(e)}.`
			)
		);
	}
	return sortProblems(problems);
}
