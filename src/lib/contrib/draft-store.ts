/**
 * Drafts of the "propose a reply" form, kept in localStorage per debate and target claim.
 * Every read is defensive: storage may be missing (private mode), full, or hold corrupt JSON
 * from an older version; none of that may break the form.
 */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'crux:propose:v1';

/**
 * The most of one field a restored draft keeps: far above anything the format accepts (so a
 * field typed too long comes back whole, next to the form's "at most 600 characters"), far
 * below what could fill the browser's storage.
 */
export const DRAFT_FIELD_MAX = 100_000;

export function draftKey(debate: string, target: string): string {
	return `${PREFIX}:${debate}:${target || '-'}`;
}

interface Envelope<T> {
	savedAt: string;
	fields: T;
}

/** The stored draft, passed through `normalize`, or undefined when there is none or it is unreadable. */
export function loadDraft<T>(
	storage: DraftStorage | undefined,
	key: string,
	normalize: (raw: unknown) => T | undefined
): T | undefined {
	if (!storage) return undefined;
	let text: string | null;
	try {
		text = storage.getItem(key);
	} catch {
		return undefined;
	}
	if (!text) return undefined;
	try {
		const env = JSON.parse(text) as Partial<Envelope<unknown>> | null;
		if (!env || typeof env !== 'object' || !('fields' in env)) return undefined;
		return normalize(env.fields);
	} catch {
		return undefined;
	}
}

/** Save; false when storage refused (quota, disabled). */
export function saveDraft<T>(
	storage: DraftStorage | undefined,
	key: string,
	fields: T,
	now: Date = new Date()
): boolean {
	if (!storage) return false;
	try {
		storage.setItem(
			key,
			JSON.stringify({ savedAt: now.toISOString(), fields } satisfies Envelope<T>)
		);
		return true;
	} catch {
		return false;
	}
}

export function clearDraft(storage: DraftStorage | undefined, key: string): void {
	try {
		storage?.removeItem(key);
	} catch {
		/* nothing to do */
	}
}

/** localStorage when the browser allows it. */
export function browserStorage(): DraftStorage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}
