import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkClaimFile } from '$lib/validate/index';
import {
	buildProposal,
	claimId,
	emptyFields,
	NEW,
	type DebateContext,
	type ProposalFields
} from './proposal';

const ctx: DebateContext = {
	debate: 'japan-taiwan',
	claims: ['resolution', 'sea-lanes-matter'],
	people: ['benjamin-self'],
	sources: ['csis'],
	tags: ['deterrence']
};

const filled = (over: Partial<ProposalFields> = {}): ProposalFields => ({
	...emptyFields('sea-lanes-matter'),
	voice: 'source',
	text: 'Sea lanes can be protected without Taiwan.',
	speaker: 'benjamin-self',
	source: 'csis',
	quote: 'Japan can protect its sea lanes.',
	locator: 'Self, para. 4',
	tags: 'deterrence',
	...over
});

describe('buildProposal', () => {
	it('produces one valid claim file from a filled form', () => {
		const p = buildProposal(filled(), ctx);
		expect(p.id).toBe('sea-lanes-can-be-protected-without-taiwan');
		expect(p.problems).toEqual([]);
		expect(p.files).toHaveLength(1);
		expect(p.files[0].path).toBe(
			'arguments/japan-taiwan/claims/sea-lanes-can-be-protected-without-taiwan.yaml'
		);
		expect(checkClaimFile(p.files[0].path, p.files[0].text, ctx)).toEqual([]);
		expect(parse(p.files[0].text)).toEqual({
			text: 'Sea lanes can be protected without Taiwan.',
			speaker: 'benjamin-self',
			attacks: ['sea-lanes-matter'],
			evidence: [
				{ source: 'csis', quote: 'Japan can protect its sea lanes.', locator: 'Self, para. 4' }
			],
			tags: ['deterrence']
		});
	});

	it('warns at the quote when a source’s claim shares almost no words with it', () => {
		const topic =
			'Japan–Taiwan defense cooperation RESOLVED: Japan Should Deepen Defense/Security Cooperation with Taiwan';
		const p = buildProposal(
			filled({
				text: 'Japan should stop all defense contact with Taiwan immediately.',
				quote:
					'Preservation of Taiwan’s de facto independence is a core security interest of Japan',
				locator: 'Self, para. 1'
			}),
			{ ...ctx, topic }
		);
		expect(p.byField.quote.map((x) => [x.code, x.severity])).toEqual([
			['quote-overlap', 'warning']
		]);
		expect(p.byField.quote[0].message).toBe(
			'The claim and its quote share almost no words: “stop”, “contact”, “immediately” are not in the quote.'
		);
		// A claim worded from its quote, or a student's own claim, is not flagged.
		expect(buildProposal(filled(), { ...ctx, topic }).byField.quote).toBeUndefined();
	});

	it('puts each problem next to its field', () => {
		const p = buildProposal(
			filled({
				quote: '',
				id: 'Bad Id',
				speaker: 'benjamin-selff',
				tags: 'deterence',
				relation: 'supports'
			}),
			ctx
		);
		expect(Object.keys(p.byField)).toEqual(expect.arrayContaining(['id', 'quote']));
		expect(p.byField.text).toBeUndefined();
		expect(p.byField.quote[0].message).toBe(
			'Copy the author’s words into “Quote”, exactly as they are written.'
		);
		const q = buildProposal(filled({ speaker: 'benjamin-selff', tags: 'deterence' }), ctx);
		expect(Object.keys(q.byField).sort()).toEqual(['speaker', 'tags']);
		expect(q.byField.speaker[0].hint).toBe('Did you mean "benjamin-self"?');
		const r = buildProposal(
			filled({ target: '', speaker: '', source: '', quote: '', locator: '' }),
			ctx
		);
		expect(r.byField.target.map((x) => x.code)).toEqual(['no-relation']);
		expect(r.byField.speaker.map((x) => [x.code, x.message])).toEqual([
			['no-speaker', 'Choose the speaker: the author whose words you quote.']
		]);
		// The quote a source's claim needs is asked for once nothing else is left to fix.
		expect(r.byField.quote).toBeUndefined();
		const t = buildProposal(filled({ speaker: '', source: '', quote: '', locator: '' }), ctx);
		expect(t.byField.quote.map((x) => [x.code, x.severity])).toEqual([['no-evidence', 'warning']]);
		const s = buildProposal(filled({ id: 'sea-lanes-matter' }), ctx);
		expect(s.byField.id.map((x) => x.code)).toEqual(['duplicate-id']);
	});

	it('produces a person and a source file for a new speaker and source', () => {
		const p = buildProposal(
			filled({
				speaker: NEW,
				newSpeakerName: 'Ann Teacher',
				newSpeakerRole: 'History teacher',
				source: NEW,
				newSourceTitle: 'Sea lanes, revisited',
				newSourceKind: 'op-ed',
				newSourceAuthors: 'Ann Teacher',
				newSourceUrl: 'https://example.org/x',
				newSourceDate: '2024-05'
			}),
			ctx
		);
		expect(p.problems).toEqual([]);
		expect(p.files.map((f) => f.path)).toEqual([
			'arguments/japan-taiwan/claims/sea-lanes-can-be-protected-without-taiwan.yaml',
			'arguments/japan-taiwan/people/ann-teacher.yaml',
			'arguments/japan-taiwan/sources/sea-lanes-revisited.yaml'
		]);
		expect(p.files[1].text).toContain('source: sea-lanes-revisited');
		const bad = buildProposal(
			filled({ speaker: NEW, source: NEW, newSourceUrl: 'ftp://x', newSpeakerId: 'benjamin-self' }),
			ctx
		);
		// No title means no source id yet, so the claim's evidence source is flagged too.
		expect(Object.keys(bad.byField).sort()).toEqual([
			'newSourceTitle',
			'newSourceUrl',
			'newSpeakerId',
			'newSpeakerName',
			'source'
		]);
	});
});

describe('names taken by renamed claims', () => {
	it('never derives, and never accepts, the file name of a moved stub', () => {
		const ctx = {
			debate: 'd',
			claims: ['thesis'],
			moved: ['old-name'],
			people: [],
			sources: [],
			tags: []
		};
		const fields = { ...emptyFields('thesis'), text: 'Old name' };
		expect(claimId(fields, ctx)).not.toBe('old-name');
		const typed = buildProposal({ ...fields, id: 'old-name' }, ctx);
		expect(typed.byField.id?.map((p) => p.code)).toContain('duplicate-id');
	});

	it('derives the id from the label when there is one, cut at a word boundary', () => {
		expect(claimId(filled({ label: 'Sea lanes without Taiwan' }), ctx)).toBe(
			'sea-lanes-without-taiwan'
		);
		expect(
			claimId(
				filled({
					text: 'Deferring to Beijing’s sensitivity on Taiwan would in practice hand Beijing a veto over Japan’s policy.'
				}),
				ctx
			)
		).toBe('deferring-to-beijings-sensitivity-on-taiwan');
	});
	it('keeps the problem’s message and hint apart, and names the existing file in full', () => {
		const p = buildProposal(filled({ speaker: NEW, newSpeakerName: 'Benjamin Self' }), ctx);
		const dup = p.byField.newSpeakerId?.[0];
		expect(dup?.message).toBe(
			'arguments/japan-taiwan/people/benjamin-self.yaml already exists: choose them from the list instead.'
		);
		expect(dup?.hint).toBeUndefined();
	});
});

describe('buildProposal: undercuts and linked premises', () => {
	const withLinks: DebateContext = {
		...ctx,
		claims: [...ctx.claims, 'trade-route'],
		relations: { 'sea-lanes-matter': [{ relation: 'supports', to: 'resolution' }] }
	};

	it('an undercut names the relation it answers, found from the claim answered', () => {
		const p = buildProposal(
			filled({
				relation: 'undercuts',
				of: 'resolution',
				text: 'Sea lanes matter, but that does not show Japan should deepen ties.'
			}),
			withLinks
		);
		expect(p.problems).toEqual([]);
		expect(parse(p.files[0].text)).toMatchObject({
			undercuts: [{ from: 'sea-lanes-matter', supports: 'resolution' }]
		});
		expect(parse(p.files[0].text).attacks).toBeUndefined();
	});

	it('asks for what the answered claim is given for, next to that field', () => {
		const p = buildProposal(filled({ relation: 'undercuts' }), withLinks);
		expect(p.byField.of?.[0].message).toMatch(/Say which claim the one you answer is given for/);
	});

	it('linked premises: "only together with" lists the partners', () => {
		const p = buildProposal(filled({ relation: 'supports', together: 'trade-route' }), withLinks);
		expect(parse(p.files[0].text)).toMatchObject({
			supports: ['sea-lanes-matter'],
			with: ['trade-route']
		});
		const bad = buildProposal(filled({ relation: 'supports', together: 'no-such' }), withLinks);
		expect(bad.byField.together?.[0].message).toBe('with[0]: no claim "no-such" in this debate.');
	});
});

describe('whose words: the form’s attribution check', () => {
	const voices = {
		sources: { 'maya-chen': ['assembly-debate'], 'tom-reyes': ['assembly-debate'], 'class-7c': [] },
		names: { 'maya-chen': 'Maya Chen', 'tom-reyes': 'Tom Reyes', 'class-7c': 'Class 7C' },
		contributors: ['class-7c'],
		parts: { 'assembly-debate': ['Chen', 'Reyes'] }
	};
	const phones: DebateContext = {
		debate: 'school-phones',
		claims: ['resolution', 'parents-need-contact'],
		people: ['maya-chen', 'tom-reyes', 'class-7c'],
		sources: ['assembly-debate', 'district-survey'],
		tags: [],
		voices,
		className: 'Class 7C'
	};
	const reply = (over: Partial<ProposalFields>): ProposalFields => ({
		...emptyFields('parents-need-contact'),
		text: 'A school office phone reaches every pupil within minutes.',
		...over
	});

	it('asks whose words they are before anything else', () => {
		const p = buildProposal(reply({}), phones);
		expect(p.byField.voice.map((x) => x.message)).toEqual([
			'Say whose words these are: your own, or what a source says.'
		]);
		expect(p.entry).toBeUndefined();
		// Review 2, finding 9: nothing about a speaker (no such field on screen yet) or a quote.
		expect(Object.keys(p.byField)).toEqual(['voice']);
		expect(p.problems.map((x) => x.code)).toEqual(['misattributed']);
	});

	it('speaks to a student: what to choose or type in which field, never YAML keys, paths or ids', () => {
		const states: Array<Partial<ProposalFields>> = [
			{ voice: 'own' },
			{ voice: 'own', tags: 'nope', id: 'Bad Id' },
			{ voice: 'own', quote: 'Phones are useful.' },
			{ voice: 'own', locator: 'p. 3' },
			{ voice: 'own', target: '' },
			{ voice: 'source' },
			{ voice: 'source', speaker: 'maya-chen' },
			{ voice: 'source', speaker: 'maya-chen', quote: 'Phones are useful.' },
			{ voice: 'source', speaker: 'maya-chen', source: 'assembly-debate', quote: 'Phones.' }
		];
		const seen: string[] = [];
		for (const st of states) {
			const p = buildProposal(reply(st), phones);
			for (const x of p.problems) {
				const words = `${x.message} ${x.hint ?? ''}`;
				seen.push(words);
				expect(words, JSON.stringify(st)).not.toMatch(
					/"(speaker|evidence|tags|supports|attacks):"|evidence\[|\bClaim "|kebab|debate\.yaml|people\/|valid id|\(speaker:/
				);
			}
		}
		expect(seen).toEqual(
			expect.arrayContaining([
				'Your argument has no quote from a source. That is allowed for your own argument. A quote that backs it lets your teacher and other readers check it.',
				'Choose the speaker: the author whose words you quote. If they are not in the list, choose “New speaker…”; if the words are yours, choose “My own argument”.',
				'Choose the source your quote is from. If it is not in the list, choose “New source…”.',
				'Say where in the source the quote is. Fill in “Where in the source”, e.g. “para. 12” or “p. 4”, so a reader can find it.',
				'“Bad Id” cannot be a file name: use lowercase letters, digits and single hyphens, such as “bad-id”. Or leave the field empty to use the suggested name.',
				'Choose the claim your reply answers. Pick it under “Claim it answers”, at the top of the form.'
			])
		);
	});

	it('an own claim goes under the class, or a new contributor with the student’s name', () => {
		const cls = buildProposal(reply({ voice: 'own' }), phones);
		expect(cls.problems.filter((x) => x.severity === 'error')).toEqual([]);
		expect(parse(cls.files[0].text).speaker).toBe('class-7c');
		expect(cls.files).toHaveLength(1);
		const named = buildProposal(reply({ voice: 'own', ownName: 'Sam K.' }), phones);
		expect(named.files.map((f) => f.path)).toEqual([
			'arguments/school-phones/claims/school-office-phone-reaches-every-pupil-within-minutes.yaml',
			'arguments/school-phones/people/sam-k.yaml'
		]);
		expect(parse(named.files[1].text)).toEqual({
			name: 'Sam K.',
			kind: 'person',
			contributor: true
		});
		expect(named.entry).toEqual({
			id: 'school-office-phone-reaches-every-pupil-within-minutes',
			voice: 'own',
			claim: {
				text: 'A school office phone reaches every pupil within minutes.',
				speaker: 'sam-k',
				attacks: ['parents-need-contact']
			},
			people: [{ id: 'sam-k', name: 'Sam K.', kind: 'person', contributor: true }]
		});
	});

	it('a student cannot take an author’s name for their own claim', () => {
		const p = buildProposal(reply({ voice: 'own', ownName: 'maya chen' }), phones);
		expect(p.byField.ownName.map((x) => x.message)).toEqual([
			'“maya chen” is Maya Chen, a published speaker in this debate: choose another name for yourself.'
		]);
	});

	it('nor a name that could pass for an author’s: other letters, a title, part of the name', () => {
		for (const ownName of ['Mаya Chen', 'Prof. Tom Reyes', 'Reyes', 'T. Reyes', 'Maya C.']) {
			const p = buildProposal(reply({ voice: 'own', ownName }), phones);
			expect(
				p.byField.ownName?.map((x) => x.code),
				ownName
			).toEqual(['lookalike-name']);
		}
		expect(
			buildProposal(reply({ voice: 'own', ownName: 'Mаya Chen' }), phones).byField.ownName[0]
				.message
		).toBe(
			'“Mаya Chen” could pass for Maya Chen, a published voice in this debate: choose another name for yourself.'
		);
		expect(
			buildProposal(reply({ voice: 'own', ownName: 'Maya K.' }), phones).byField.ownName
		).toBeUndefined();
	});

	it('a source’s claim needs that author’s words: the teacher’s sentence given to the wrong author is refused at once', () => {
		const wrong = buildProposal(
			reply({
				voice: 'source',
				speaker: 'maya-chen',
				source: 'assembly-debate',
				quote: 'Parents need to know they can reach their children.',
				locator: 'Reyes, para. 3'
			}),
			phones
		);
		expect(wrong.byField.locator.map((x) => x.code)).toEqual(['misattributed']);
		const none = buildProposal(reply({ voice: 'source', speaker: 'tom-reyes' }), phones);
		expect(none.byField.quote.map((x) => x.code)).toContain('misattributed');
		const right = buildProposal(
			reply({
				voice: 'source',
				speaker: 'maya-chen',
				source: 'assembly-debate',
				quote: 'The office has passed on urgent messages for fifty years.',
				locator: 'Chen, para. 6'
			}),
			phones
		);
		// Attributed rightly; its quote shares only "office" with the claim, which is flagged, not refused.
		expect(right.problems.map((p) => [p.code, p.severity])).toEqual([['quote-overlap', 'warning']]);
		expect(right.entry?.voice).toBe('source');
	});

	it('a new speaker is carried by a role in the source, or by being its author', () => {
		const base = reply({
			voice: 'source',
			speaker: NEW,
			newSpeakerName: 'Jo Lee',
			source: NEW,
			newSourceTitle: 'Phones and parents',
			newSourceKind: 'op-ed',
			quote: 'Parents call the office.',
			locator: 'para. 2'
		});
		expect(buildProposal(base, phones).byField.source.map((x) => x.code)).toEqual([
			'misattributed'
		]);
		const errors = (f: typeof base) =>
			buildProposal(f, phones).problems.filter((p) => p.severity === 'error');
		expect(errors({ ...base, newSourceAuthors: 'Jo Lee' })).toEqual([]);
		expect(errors({ ...base, newSpeakerRole: 'Columnist' })).toEqual([]);
	});
});
