/**
 * A student's list of finished proposals for one debate, kept in this browser until they
 * download it as one proposal file. Storage is not trusted: every entry read back is checked
 * against the proposal schema, and anything else is dropped.
 */
import { proposalSchema, type ProposalEntry } from '$lib/schema';
import type { DraftStorage } from './draft-store';
import { slugify } from '$lib/shared/text';
import { PROPOSAL_EXTENSION } from './proposal-file';

const PREFIX = 'crux:proposals:v1';
/** More than a class hands in at once; a bound on what storage may hold. */
export const MAX_LIST = 50;

export function listKey(debate: string): string {
	return `${PREFIX}:${debate}`;
}

export function loadList(storage: DraftStorage | undefined, debate: string): ProposalEntry[] {
	let text: string | null;
	try {
		text = storage?.getItem(listKey(debate)) ?? null;
	} catch {
		return [];
	}
	if (!text) return [];
	try {
		const raw = JSON.parse(text) as unknown;
		if (!Array.isArray(raw)) return [];
		return raw
			.slice(0, MAX_LIST)
			.map((x) => proposalSchema.safeParse(x))
			.flatMap((r) => (r.success ? [r.data] : []));
	} catch {
		return [];
	}
}

/** Save; false when storage refused (quota, disabled). */
export function saveList(
	storage: DraftStorage | undefined,
	debate: string,
	list: ProposalEntry[]
): boolean {
	if (!storage) return false;
	try {
		if (list.length) storage.setItem(listKey(debate), JSON.stringify(list.slice(0, MAX_LIST)));
		else storage.removeItem(listKey(debate));
		return true;
	} catch {
		return false;
	}
}

/** The list with `entry` added; one with the same id is replaced (an edited proposal). */
export function addToList(list: ProposalEntry[], entry: ProposalEntry): ProposalEntry[] {
	const i = list.findIndex((e) => e.id === entry.id);
	if (i >= 0) return list.map((e, j) => (j === i ? entry : e));
	return [...list, entry].slice(0, MAX_LIST);
}

/** A short mark of a file's text (FNV-1a, 6 hex digits): two different proposals differ in it. */
function mark(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, '0').slice(0, 6);
}

/**
 * A file name a teacher can tell apart in a folder of thirty, and that two downloads never
 * share (a second one with the same name would replace the first on a shared drive): who (if
 * named), which debate, which claim (or how many), when to the second, and a mark of the text.
 */
export function proposalFileName(
	debate: string,
	entries: Array<Pick<ProposalEntry, 'id'>>,
	who: string,
	text: string,
	now = new Date()
): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
	const name = slugify(who, 30);
	const what =
		entries.length === 1 ? slugify(entries[0].id, 40) || 'proposal' : `${entries.length}-proposals`;
	return `${name ? `${name}-` : ''}${debate}-${what}-${stamp}-${mark(text)}${PROPOSAL_EXTENSION}`;
}
