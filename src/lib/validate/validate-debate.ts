/** All layers over one debate folder held in memory. Pure: the same code runs in Node, the build and the browser. */
import type { Debate } from '$lib/model/types';
import { ID_PATTERN, RELATIONS } from '$lib/schema';
import { assembleDebate } from './assemble';
import { checkClaim, type ClaimInput } from './check-claim';
import { checkFile, type CheckedFile } from './check-file';
import { checkGraph, type GraphClaim } from './check-graph';
import { checkQuotes } from './check-quotes';
import { checkReferences, resolveMoved } from './check-references';
import { classifyPath } from './file-kinds';
import { hasErrors, problem, sortProblems, START, type Problem } from './problem';
import { slugify } from './suggest';
import { describeError } from './yaml-source';

export interface DebateFiles {
	/** The debate id: its folder name. */
	id: string;
	/** The folder as it should appear in messages ("arguments/japan-taiwan"); '' when paths are already relative to it. */
	dir: string;
	files: Array<{ path: string; text: string }>;
}

export interface ValidateOptions {
	/** Source id → full text, to check that quotes are verbatim. */
	sourceTexts?: Record<string, string>;
}

type Of<K extends CheckedFile['kind']> = Extract<CheckedFile, { kind: K }>;

function joinPath(dir: string, rel: string): string {
	return dir === '' || dir === '.' ? rel : `${dir.replace(/\/+$/, '')}/${rel}`;
}

function insideDir(dir: string, path: string): string {
	const p = path.replace(/\\/g, '/');
	const d = dir.replace(/\\/g, '/').replace(/\/+$/, '');
	return d && d !== '.' && p.startsWith(d + '/') ? p.slice(d.length + 1) : p;
}

function internal(file: string, e: unknown): Problem {
	return problem(
		file,
		START,
		'internal-error',
		`This file could not be checked: ${describeError(e)}.`,
		'This is a bug in the validator; please report it with the file attached.'
	);
}

export function validateDebateFiles(
	input: DebateFiles,
	opts: ValidateOptions = {}
): { debate?: Debate; problems: Problem[] } {
	const problems: Problem[] = [];
	const debatePath = joinPath(input.dir, 'debate.yaml');
	try {
		const checked: CheckedFile[] = [];
		const seen = new Map<string, string>();
		const rels = new Set(input.files.map((f) => insideDir(input.dir, f.path)));
		for (const f of input.files) {
			const rel = insideDir(input.dir, f.path);
			try {
				const c = classifyPath(rel, input.id);
				if (c.kind === 'ignored') continue;
				if (c.kind === 'unexpected') {
					const twin = rel.endsWith('.yml') ? rel.slice(0, -4) + '.yaml' : '';
					if (twin && rels.has(twin))
						problems.push(
							problem(
								f.path,
								START,
								'duplicate-id',
								`Two files give the id "${twin.split('/').pop()!.slice(0, -5)}": ${twin} and ${rel}.`,
								`Only .yaml files are read. Merge anything missing from this file into ${twin}, then delete this one.`
							)
						);
					else problems.push(problem(f.path, START, 'unexpected-file', c.message, c.hint));
					continue;
				}
				const key = `${c.kind}:${c.id.toLowerCase()}`;
				const first = seen.get(key);
				if (first !== undefined) {
					problems.push(
						problem(
							f.path,
							START,
							'duplicate-id',
							`Two files give the ${c.kind} id "${c.id.toLowerCase()}": ${first} and ${f.path}.`,
							'Ids must be unique (regardless of case). Merge the two files or rename one.'
						)
					);
					continue;
				}
				seen.set(key, f.path);
				checked.push(checkFile(f.path, f.text, c.kind, c.id));
			} catch (e) {
				problems.push(internal(f.path, e));
			}
		}
		for (const c of checked) problems.push(...c.problems);

		if (!ID_PATTERN.test(input.id))
			problems.push(
				problem(
					debatePath,
					START,
					'bad-id',
					`The debate folder name "${input.id}" is not a valid id: ids are lowercase kebab-case, such as "japan-taiwan".`,
					`Rename the folder to "${slugify(input.id) || 'my-debate'}".`
				)
			);
		const debateFile = checked.find((c): c is Of<'debate'> => c.kind === 'debate');
		if (!debateFile)
			problems.push(
				problem(
					debatePath,
					START,
					'missing-file',
					`The debate folder "${input.id}" has no debate.yaml.`,
					'Add debate.yaml with title, resolution, description and sides.'
				)
			);
		const claims = checked.filter((c): c is Of<'claim'> => c.kind === 'claim');
		const people = checked.filter((c): c is Of<'person'> => c.kind === 'person');
		const sources = checked.filter((c): c is Of<'source'> => c.kind === 'source');

		const live: ClaimInput[] = claims.flatMap((c) =>
			c.data ? [{ path: c.path, id: c.id, data: c.data, locate: c.locate }] : []
		);
		for (const c of live) problems.push(...checkClaim(c));
		problems.push(
			...checkReferences({
				debate: debateFile && { ...debateFile, data: debateFile.data ?? debateFile.partial },
				claims: claims.map((c) => ({ ...c, data: c.data ?? c.partial })),
				people: people.map((p) => ({ ...p, data: p.data ?? p.partial })),
				sources
			})
		);

		// The graph uses whatever relations are readable; a claim whose relations are not is assumed connected.
		const nodes: GraphClaim[] = claims.flatMap((c) => {
			const data = c.data ?? c.partial;
			return data ? [{ path: c.path, id: c.id, locate: c.locate, data }] : [];
		});
		const relationsUnknown = (c: Of<'claim'>) =>
			!c.data &&
			!c.moved &&
			(!c.partial ||
				(c.invalid ?? []).some(
					(f) => f === 'kind' || (RELATIONS as readonly string[]).includes(f)
				));
		const unreadable = claims.filter(relationsUnknown).map((c) => c.id);
		const nodeIds = new Set(nodes.map((c) => c.id));
		const movedTo = new Map(claims.filter((c) => c.moved).map((c) => [c.id, c.moved!.moved]));
		const exists = new Set([...nodeIds, ...unreadable]);
		const resolved = resolveMoved(movedTo, (id) => exists.has(id));
		problems.push(
			...checkGraph({
				debatePath,
				claims: nodes,
				unreadable,
				resolve: (id) => (exists.has(id) ? id : resolved.get(id))
			})
		);
		if (opts.sourceTexts) problems.push(...checkQuotes(live, opts.sourceTexts, sources));

		const sorted = sortProblems(problems);
		if (hasErrors(sorted) || !debateFile?.data) return { problems: sorted };
		return {
			debate: assembleDebate({ id: input.id, meta: debateFile.data, claims, people, sources }),
			problems: sorted
		};
	} catch (e) {
		problems.push(internal(debatePath, e));
		return { problems: sortProblems(problems) };
	}
}
