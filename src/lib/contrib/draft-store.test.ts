import { describe, expect, it } from 'vitest';
import {
	clearDraft,
	DRAFT_FIELD_MAX,
	draftKey,
	loadDraft,
	saveDraft,
	type DraftStorage
} from './draft-store';
import { emptyFields, normalizeFields } from './proposal';

function memory(): DraftStorage & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, v),
		removeItem: (k) => void data.delete(k)
	};
}

describe('draft store', () => {
	// Reliability review F12: a 6,000-character reply was saved, then dropped on reload.
	it('restores a field longer than the format allows, whole', () => {
		const s = memory();
		const f = { ...emptyFields('a'), text: 'word '.repeat(1200), label: 'My label' };
		expect(f.text).toHaveLength(6000);
		expect(saveDraft(s, draftKey('d', 'a'), f)).toBe(true);
		expect(loadDraft(s, draftKey('d', 'a'), normalizeFields)).toEqual(f);
		const huge = { ...f, text: 'x'.repeat(DRAFT_FIELD_MAX + 10) };
		saveDraft(s, draftKey('d', 'a'), huge);
		expect(loadDraft(s, draftKey('d', 'a'), normalizeFields)?.text).toHaveLength(DRAFT_FIELD_MAX);
	});

	it('saves and restores per debate and target', () => {
		const s = memory();
		const f = { ...emptyFields('a'), text: 'Hello', quote: 'q' };
		expect(saveDraft(s, draftKey('d', 'a'), f)).toBe(true);
		expect(loadDraft(s, draftKey('d', 'a'), normalizeFields)).toEqual(f);
		expect(loadDraft(s, draftKey('d', 'b'), normalizeFields)).toBeUndefined();
		expect(loadDraft(s, draftKey('e', 'a'), normalizeFields)).toBeUndefined();
		clearDraft(s, draftKey('d', 'a'));
		expect(loadDraft(s, draftKey('d', 'a'), normalizeFields)).toBeUndefined();
	});

	it('tolerates corrupt, foreign or hostile JSON', () => {
		const s = memory();
		const k = draftKey('d', '');
		for (const bad of [
			'{',
			'null',
			'42',
			'"x"',
			'[]',
			'{"fields": null}',
			'{"fields": [1]}',
			'{"nope": 1}'
		]) {
			s.setItem(k, bad);
			expect(loadDraft(s, k, normalizeFields), bad).toBeUndefined();
		}
		s.setItem(
			k,
			JSON.stringify({
				fields: {
					text: 5,
					quote: 'kept',
					relation: 'loves',
					newSpeakerKind: 'alien',
					__proto__: { x: 1 }
				}
			})
		);
		expect(loadDraft(s, k, normalizeFields)).toEqual({ ...emptyFields(), quote: 'kept' });
	});

	it('survives storage that throws', () => {
		const broken: DraftStorage = {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('quota');
			},
			removeItem: () => {
				throw new Error('denied');
			}
		};
		expect(loadDraft(broken, 'k', normalizeFields)).toBeUndefined();
		expect(saveDraft(broken, 'k', emptyFields())).toBe(false);
		expect(() => clearDraft(broken, 'k')).not.toThrow();
		expect(loadDraft(undefined, 'k', normalizeFields)).toBeUndefined();
	});
});
