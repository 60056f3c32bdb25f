/** Which file in a debate folder is which kind, from its path alone (the layout is src/lib/files.ts). */
import { DEBATE_FILE, FOLDERS as KIND_FOLDERS, kindOfFolder } from '$lib/files';
import type { FileKind } from '$lib/schema';
import { slugify } from '$lib/shared/text';

export type Classified =
	| { kind: FileKind; id: string }
	| { kind: 'ignored' }
	| { kind: 'unexpected'; message: string; hint: string }
	| { kind: 'leftover'; message: string; hint: string };

/** Files an operating system or an editor drops beside what it saves: nobody's mistake. */
const DROPPINGS = /^(\.DS_Store|\.gitkeep|\.keep|\.gitignore|\._.*|\..*\.sw[a-p]|\.#.*)$/;
/** What scripts/lib/atomic-write.ts names a file or folder while it writes (".<name>.tmp-<pid>-<n>"). */
export const LEFTOVER = /^\.(.+)\.(tmp|old)-\d+(?:-\d+)?$/;

export function leftoverProblem(name: string): { message: string; hint: string } {
	return {
		message: `"${name}" was left by a write that was interrupted (npm run import, new-claim or collect); it is not read.`,
		hint: 'The next run of that command removes it. If none is running now, you can delete it.'
	};
}

const FOLDERS: Record<string, FileKind> = Object.fromEntries(
	Object.entries(KIND_FOLDERS).map(([kind, folder]) => [folder, kind as FileKind])
);
const WHAT: Record<FileKind, string> = {
	claim: 'claim',
	source: 'source',
	person: 'person',
	debate: 'debate'
};

/** `rel` is the path inside the debate folder, with forward slashes. */
export function classifyPath(rel: string, debateId: string): Classified {
	const parts = rel.split('/').filter((p) => p !== '' && p !== '.');
	const base = parts[parts.length - 1] ?? '';
	// A name starting with "." hides a file from most people's view, so a hidden argument file is
	// reported, never skipped in silence; OS and editor droppings (.DS_Store, .x.swp) are ignored.
	const hidden = parts.findIndex((p) => p.startsWith('.'));
	if (hidden !== -1) {
		if (hidden === parts.length - 1 && LEFTOVER.test(base))
			return { kind: 'leftover', ...leftoverProblem(base) };
		if (DROPPINGS.test(base) || !/\.ya?ml$/i.test(base)) return { kind: 'ignored' };
		if (hidden < parts.length - 1)
			return {
				kind: 'unexpected',
				message: `The folder "${parts.slice(0, hidden + 1).join('/')}/" is hidden (its name starts with "."), so "${base}" in it is not read.`,
				hint: 'Move the file into claims/, sources/ or people/ itself, or delete it.'
			};
		return {
			kind: 'unexpected',
			message: `"${base}" is not read: a name starting with "." hides the file.`,
			hint: `Rename it to ${base.replace(/^\.+/, '') || 'an id'}, or delete it.`
		};
	}
	if (parts.length === 1) {
		if (base === DEBATE_FILE) return { kind: 'debate', id: debateId };
		if (base === 'debate.yml')
			return {
				kind: 'unexpected',
				message: 'The debate file must be named "debate.yaml"; "debate.yml" is not read.',
				hint: 'Rename it to debate.yaml.'
			};
		if (FOLDERS[base.replace(/\.ya?ml$/, '')] === undefined && /\.ya?ml$/.test(base))
			return {
				kind: 'unexpected',
				message: `"${base}" is not read: a debate folder holds debate.yaml and the folders claims/, sources/ and people/.`,
				hint: `Move it into claims/, sources/ or people/ according to what it describes.`
			};
		return {
			kind: 'unexpected',
			message: `"${base}" does not belong in a debate folder, which holds only debate.yaml and the folders claims/, sources/ and people/.`,
			hint: 'Move or delete the file.'
		};
	}
	const kind = kindOfFolder(parts[0]);
	if (!kind) {
		const guess = Object.keys(FOLDERS).find((f) =>
			f.startsWith(parts[0].slice(0, 4).toLowerCase())
		);
		return {
			kind: 'unexpected',
			message: `The folder "${parts[0]}/" is not part of the format; files in it are not read.`,
			hint: guess
				? `Did you mean "${guess}/"? A debate folder holds debate.yaml, claims/, sources/ and people/.`
				: 'A debate folder holds debate.yaml, claims/, sources/ and people/.'
		};
	}
	if (parts.length > 2)
		return {
			kind: 'unexpected',
			message: `Files in sub-folders of ${parts[0]}/ are not read.`,
			hint: `Move it to ${parts[0]}/${base}.`
		};
	if (base.endsWith('.yml'))
		return {
			kind: 'unexpected',
			message: `"${base}" is not read: ${WHAT[kind]} files must end in .yaml, not .yml.`,
			hint: `Rename it to ${parts[0]}/${base.slice(0, -4)}.yaml.`
		};
	if (!base.endsWith('.yaml'))
		return {
			kind: 'unexpected',
			message: `"${base}" is not read: ${parts[0]}/ holds only .yaml files, one per ${WHAT[kind]}.`,
			hint: `Write it as ${parts[0]}/${slugify(base.replace(/\.[^.]*$/, '')) || 'some-id'}.yaml, or delete it.`
		};
	return { kind, id: base.slice(0, -5) };
}
