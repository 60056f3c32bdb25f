/**
 * The repository layout of the argument data, written down once:
 *   arguments/<debate>/debate.yaml
 *   arguments/<debate>/{claims,people,sources}/<id>.yaml
 * The validator, the proposal form, the CLIs and the synthetic generator all build and read
 * paths through this module, so importers and multi-debate tools have one place to look.
 */
import type { FileKind } from './schema';

/** The folder that holds one sub-folder per debate. */
export const ARGUMENTS_DIR = 'arguments';
export const DEBATE_FILE = 'debate.yaml';
/** The extension of every data file; `.yml` is reported, never read. */
export const EXTENSION = '.yaml';

/** Entity kind → its folder inside a debate. */
export const FOLDERS = { claim: 'claims', person: 'people', source: 'sources' } as const;
export type EntityKind = keyof typeof FOLDERS;
export type Folder = (typeof FOLDERS)[EntityKind];

export function kindOfFolder(folder: string): EntityKind | undefined {
	return (Object.keys(FOLDERS) as EntityKind[]).find((k) => FOLDERS[k] === folder);
}

/** `claims/<id>.yaml`: the path inside a debate folder. */
export function entityFile(kind: EntityKind, id: string): string {
	return `${FOLDERS[kind]}/${id}${EXTENSION}`;
}

/** `arguments/<debate>/claims/<id>.yaml`: the path inside the repository. */
export function entityPath(
	debate: string,
	kind: EntityKind,
	id: string,
	root = ARGUMENTS_DIR
): string {
	return `${debatePath(debate, root)}/${entityFile(kind, id)}`;
}

/** `arguments/<debate>`. */
export function debatePath(debate: string, root = ARGUMENTS_DIR): string {
	return `${root.replace(/\/+$/, '')}/${debate}`;
}

/** Where a file of this kind lives, as a pattern for titles and docs. */
export function filePattern(kind: FileKind): string {
	return kind === 'debate'
		? `${ARGUMENTS_DIR}/<debate-id>/${DEBATE_FILE}`
		: `${ARGUMENTS_DIR}/<debate-id>/${FOLDERS[kind]}/<id>${EXTENSION}`;
}

/** The first line of every file: editors with the YAML language server then check it as you type. */
export function schemaComment(kind: FileKind): string {
	const up = kind === 'debate' ? '../../' : '../../../';
	return `# yaml-language-server: $schema=${up}static/schema/${kind}.schema.json`;
}
