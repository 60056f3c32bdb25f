/** All layers over one debate folder held in memory. Pure: the same code runs in Node, the build and the browser. */
import { DEBATE_FILE } from '$lib/files';
import type { Debate } from '$lib/model/types';
import { ID_PATTERN, RELATIONS, type FileKind } from '$lib/schema';
import { slugify } from '$lib/shared/text';
import { assembleDebate } from './assemble';
import { checkClaim, type ClaimInput } from './check-claim';
import { checkFile, type CheckedFile } from './check-file';
import { checkGraph, type GraphClaim } from './check-graph';
import { checkQuotes } from './check-quotes';
import { checkReferences, resolveMoved } from './check-references';
import { classifyPath } from './file-kinds';
import { hasErrors, sortProblems, START, type Problem } from './problem';
import DUPLICATE_ID from './rules/cross-file/duplicate-id';
import MISSING_FILE from './rules/cross-file/missing-file';
import BAD_ID from './rules/file/bad-id';
import INTERNAL_ERROR from './rules/file/internal-error';
import SYMLINK from './rules/file/symlink';
import INTERRUPTED_WRITE from './rules/file/interrupted-write';
import UNEXPECTED_FILE from './rules/file/unexpected-file';
import { describeError } from './yaml-source';

export interface DebateFile {
	path: string;
	text: string;
	/** A symbolic link found where a file should be: reported, never followed (text is empty). */
	link?: boolean;
}

export interface DebateFiles {
	/** The debate id: its folder name. */
	id: string;
	/** The folder as it should appear in messages ("arguments/japan-taiwan"); '' when paths are already relative to it. */
	dir: string;
	files: DebateFile[];
}

export interface ValidateOptions {
	/** Source id → full text, to check that quotes are verbatim. */
	sourceTexts?: Record<string, string>;
	/**
	 * Files already checked in this process, by kind, id, path and text: a second run over
	 * mostly the same files (npm run collect checks the debate, then the debate with the new
	 * files) parses only the files it has not seen.
	 */
	cache?: Map<string, CheckedFile>;
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

export function internalError(file: string, e: unknown): Problem {
	return INTERNAL_ERROR.at(
		file,
		START,
		`This file could not be checked: ${describeError(e)}.`,
		'This is a bug in the validator; please report it with the file attached.'
	);
}

export const SYMLINK_MESSAGE =
	'This is a symbolic link. Links are never followed, so what it points to was not read.';
export const SYMLINK_HINT = 'Put the file itself here (a copy, not a link), or delete the link.';

interface Entry {
	file: DebateFile;
	kind: FileKind;
	id: string;
}

/**
 * One file per id. Ids match exactly (case-sensitively), so of two files that differ only in
 * case the valid, lowercase one is read and the other is reported once; it is not checked
 * further, so it cannot cause false errors elsewhere.
 */
function oneFilePerId(entries: Entry[], problems: Problem[]): Entry[] {
	const groups = new Map<string, Entry[]>();
	for (const e of entries) {
		const key = `${e.kind}:${e.id.toLowerCase()}`;
		groups.set(key, [...(groups.get(key) ?? []), e]);
	}
	const kept: Entry[] = [];
	for (const group of groups.values()) {
		const keep = group.find((e) => ID_PATTERN.test(e.id)) ?? group[0];
		kept.push(keep);
		for (const e of group) {
			if (e === keep) continue;
			problems.push(
				e.id === keep.id
					? DUPLICATE_ID.at(
							e.file.path,
							START,
							`Two files give the ${e.kind} id "${e.id}": ${keep.file.path} and ${e.file.path}.`,
							'Ids must be unique. Merge the two files, or rename one.'
						)
					: DUPLICATE_ID.at(
							e.file.path,
							START,
							`The file name "${e.id}" differs only in case from ${keep.file.path}, so both give the ${e.kind} id "${keep.id}"; this one is not read.`,
							`Ids are lowercase. Merge anything missing from this file into ${keep.file.path}, then delete this one.`
						)
			);
		}
	}
	return entries.filter((e) => kept.includes(e));
}

export function validateDebateFiles(
	input: DebateFiles,
	opts: ValidateOptions = {}
): { debate?: Debate; problems: Problem[] } {
	const problems: Problem[] = [];
	const debatePath = joinPath(input.dir, DEBATE_FILE);
	try {
		const entries: Entry[] = [];
		const byRel = new Map(input.files.map((f) => [insideDir(input.dir, f.path), f]));
		for (const f of input.files) {
			const rel = insideDir(input.dir, f.path);
			try {
				if (f.link) {
					problems.push(SYMLINK.at(f.path, START, SYMLINK_MESSAGE, SYMLINK_HINT));
					continue;
				}
				const c = classifyPath(rel, input.id);
				if (c.kind === 'ignored') continue;
				if (c.kind === 'leftover') {
					problems.push(INTERRUPTED_WRITE.at(f.path, START, c.message, c.hint));
					continue;
				}
				if (c.kind === 'unexpected') {
					const twin = rel.endsWith('.yml') ? byRel.get(rel.slice(0, -4) + '.yaml') : undefined;
					if (twin)
						problems.push(
							DUPLICATE_ID.at(
								f.path,
								START,
								`Two files give the id "${rel.split('/').pop()!.slice(0, -4)}": ${twin.path} and ${f.path}.`,
								`Only .yaml files are read. Merge anything missing from this file into ${twin.path}, then delete this one.`
							)
						);
					else problems.push(UNEXPECTED_FILE.at(f.path, START, c.message, c.hint));
					continue;
				}
				entries.push({ file: f, kind: c.kind, id: c.id });
			} catch (e) {
				problems.push(internalError(f.path, e));
			}
		}
		const checked: CheckedFile[] = [];
		for (const { file, kind, id } of oneFilePerId(entries, problems)) {
			try {
				const key = `${kind}\0${id}\0${file.path}\0${file.text}`;
				let c = opts.cache?.get(key);
				if (!c) {
					c = checkFile(file.path, file.text, kind, id);
					opts.cache?.set(key, c);
				}
				checked.push(c);
			} catch (e) {
				problems.push(internalError(file.path, e));
			}
		}
		for (const c of checked) problems.push(...c.problems);

		if (!ID_PATTERN.test(input.id))
			problems.push(
				BAD_ID.at(
					debatePath,
					START,
					`The debate folder name "${input.id}" is not a valid id: ids are lowercase kebab-case, such as "japan-taiwan".`,
					`Rename the folder to "${slugify(input.id) || 'my-debate'}".`
				)
			);
		const debateFile = checked.find((c): c is Of<'debate'> => c.kind === 'debate');
		if (!debateFile)
			problems.push(
				MISSING_FILE.at(
					debatePath,
					START,
					`The debate folder "${input.id}" has no debate.yaml.`,
					'Add debate.yaml with title, resolution, description and sides.'
				)
			);
		const claims = checked.filter((c): c is Of<'claim'> => c.kind === 'claim');
		const people = checked.filter((c): c is Of<'person'> => c.kind === 'person');
		const sources = checked.filter((c): c is Of<'source'> => c.kind === 'source');

		// Every claim that parsed, valid or not: each rule runs on the fields it can trust.
		const live: ClaimInput[] = claims.flatMap((c) => {
			const data = c.data ?? c.partial;
			return data && !c.moved
				? [{ path: c.path, id: c.id, data, invalid: c.invalid, locate: c.locate }]
				: [];
		});
		for (const c of live) problems.push(...checkClaim(c));
		problems.push(
			...checkReferences({
				debate: debateFile && { ...debateFile, data: debateFile.data ?? debateFile.partial },
				claims: claims.map((c) => ({ ...c, data: c.data ?? c.partial })),
				people: people.map((p) => ({ ...p, data: p.data ?? p.partial })),
				sources: sources.map((s) => ({ ...s, data: s.data ?? s.partial }))
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
					(f) => f === 'kind' || f === 'undercuts' || (RELATIONS as readonly string[]).includes(f)
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
				resolve: (id) => (exists.has(id) ? id : resolved.get(id)),
				sideBySide: new Set(
					sources.filter((s) => (s.data ?? s.partial)?.kind === 'debate').map((s) => s.id)
				)
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
		problems.push(internalError(debatePath, e));
		return { problems: sortProblems(problems) };
	}
}
