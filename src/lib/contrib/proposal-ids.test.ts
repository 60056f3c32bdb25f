/**
 * The propose form's file names (reliability review F8): a typed id is judged whole, so
 * "../../../.github/workflows/evil" is an error on the id field, never a path the GitHub link
 * would carry "ready"; so are ids longer than any reference may be.
 */
import { describe, expect, it } from 'vitest';
import { typedName } from '$lib/validate/check-claim-file';
import { buildProposal, emptyFields, NEW, type DebateContext } from './proposal';

const ctx: DebateContext = {
	debate: 'four-day-week',
	claims: ['resolution', 'childcare-burden'],
	people: ['ada-ortiz'],
	sources: ['town-hall-debate'],
	tags: []
};
const fields = (over: Record<string, string>) => ({
	...emptyFields('childcare-burden'),
	text: 'Many families already pay for care on school holidays.',
	speaker: 'ada-ortiz',
	source: 'town-hall-debate',
	quote: 'We add an hour to each day.',
	locator: 'Ortiz, para. 2',
	...over
});

describe('typedName', () => {
	it('is what follows the claims folder, or the first "." or ".." part', () => {
		expect(typedName('arguments/d/claims/a-claim.yaml')).toBe('a-claim');
		expect(typedName('../other/arguments/d/claims/a-claim.yaml')).toBe('a-claim');
		expect(typedName('arguments/d/claims/../../../.github/workflows/evil.yaml')).toBe(
			'../../../.github/workflows/evil'
		);
		expect(typedName('arguments/d/claims/a/../../b.yaml')).toBe('../../b');
		expect(typedName('arguments/d/claims/a/b.yaml')).toBe('a/b');
		expect(typedName('a-claim.yaml')).toBe('a-claim');
		expect(typedName('/tmp/x/arguments/d/claims/a-claim.yaml')).toBe('a-claim');
		expect(typedName('/tmp/x/arguments/d/claims//a-claim.yaml')).toBe('/a-claim');
	});
});

describe('the propose form refuses a file name that is a path or too long', () => {
	it.each(['../../../.github/workflows/evil', 'a/../../b', 'a/b', '.hidden', 'x'.repeat(81)])(
		'%s',
		(id) => {
			const p = buildProposal(fields({ id }), ctx);
			expect(p.byField.id?.map((x) => x.code)).toEqual(['bad-id']);
			expect(p.problems.some((x) => x.severity === 'error')).toBe(true);
		}
	);

	it('and the same for a new speaker or source id', () => {
		const p = buildProposal(
			fields({
				speaker: NEW,
				newSpeakerName: 'Cara',
				newSpeakerId: '../../../.github/x',
				source: NEW,
				newSourceTitle: 'Notes',
				newSourceId: 'a/b'
			}),
			ctx
		);
		expect(p.byField.newSpeakerId?.map((x) => x.code)).toContain('bad-id');
		expect(p.byField.newSourceId?.map((x) => x.code)).toContain('bad-id');
	});

	it('while a good one is ready', () => {
		const p = buildProposal(fields({ id: 'care-costs-already' }), ctx);
		// (Other fields may still want filling in; the file name has nothing to fix.)
		expect(p.byField.id ?? []).toEqual([]);
		expect(p.problems.filter((x) => x.code === 'bad-id')).toEqual([]);
		expect(p.files[0].path).toBe('arguments/four-day-week/claims/care-costs-already.yaml');
	});
});
