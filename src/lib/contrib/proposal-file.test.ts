import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ProposalEntry } from '$lib/schema';
import { proposalFileYaml, readProposalFile } from './proposal-file';

const debate = { id: 'school-phones', title: 'Phones in school (test fixture)' };
const entries: ProposalEntry[] = [
	{
		id: 'switched-off-phones-distract-nobody',
		voice: 'own',
		claim: {
			text: 'Note: a phone that is switched off distracts nobody.',
			speaker: 'amy-7c',
			attacks: ['phones-distract-in-class']
		},
		people: [{ id: 'amy-7c', name: 'Amy (7C)', kind: 'person', contributor: true }]
	},
	{
		id: 'parents-can-call-the-office',
		voice: 'source',
		claim: {
			text: 'Parents can reach pupils through the school office.',
			speaker: 'maya-chen',
			attacks: ['parents-need-contact'],
			evidence: [
				{
					source: 'assembly-debate',
					quote: 'The office has passed on urgent messages for fifty years.',
					locator: 'Chen, para. 6'
				}
			]
		}
	}
];

describe('proposal files', () => {
	it('write what a teacher can read, and read back to the same proposals', () => {
		const text = proposalFileYaml(debate, entries);
		expect(text.split('\n').slice(0, 6)).toEqual([
			'# 2 proposals for the Crux debate "Phones in school (test fixture)".',
			'# Hand this file to your teacher: nothing changes until they collect it (npm run collect).',
			'crux-proposal: 1',
			'debate: school-phones',
			'proposals:',
			'  - id: switched-off-phones-distract-nobody'
		]);
		// Prose is quoted, so "Note: …" stays text; ids and lists stay plain.
		expect(text).toContain('      text: "Note: a phone that is switched off distracts nobody."');
		expect(text).toContain('      attacks: [phones-distract-in-class]');
		const read = readProposalFile('amy.crux.yaml', text);
		expect(read.problems).toEqual([]);
		expect(read.debate).toBe('school-phones');
		expect(read.entries.map((e) => e.entry)).toEqual(entries);
		expect(parse(text)['crux-proposal']).toBe(1);
	});

	it('report every problem at its line and column, and keep the proposals that are fine', () => {
		const text = [
			'crux-proposal: 1',
			'debate: school-phones',
			'proposals:',
			'  - id: Bad Id',
			'    voice: mine',
			'    claim:',
			'      text: "Fine."',
			'      speaker: amy',
			'  - id: good-one',
			'    voice: own',
			'    claim:',
			'      text: "Also fine."',
			'      speker: amy',
			'  - id: good-two',
			'    voice: own',
			'    claim:',
			'      text: "Fine too."',
			'  - id: good-two',
			'    voice: own',
			'    claim:',
			'      text: "Fine three."'
		].join('\n');
		const read = readProposalFile('ben.crux.yaml', text);
		expect(read.problems.map((p) => `${p.line}:${p.column} ${p.code}`)).toEqual([
			'4:9 bad-id',
			'5:12 invalid-value',
			'13:7 unknown-key',
			'18:9 duplicate-proposal-id'
		]);
		expect(read.problems[3].message).toBe(
			'Proposals 3 and 4 in this file both have the id "good-two".'
		);
		expect(read.debate).toBe('school-phones');
		expect(read.entries.map((e) => e.entry?.id)).toEqual([
			undefined,
			undefined,
			'good-two',
			'good-two'
		]);
	});

	it('tell a claim file, a newer format and broken YAML from a proposal', () => {
		const claim = readProposalFile('c.yaml', 'text: "A claim."\nattacks: [resolution]\n');
		expect(claim.problems.map((p) => [p.code, p.message])).toEqual([
			[
				'not-a-proposal',
				'This is a claim file, not a proposal file: it does not say which debate it is for or whose words it gives.'
			]
		]);
		const newer = readProposalFile(
			'n.crux.yaml',
			'crux-proposal: 2\ndebate: x\nproposals: [{id: a, voice: own, claim: {text: t}}]\n'
		);
		expect(newer.problems.map((p) => `${p.line}:${p.column} ${p.code}`)).toEqual([
			'1:16 invalid-value'
		]);
		const broken = readProposalFile('b.crux.yaml', 'crux-proposal: 1\ndebate: "x\n');
		expect(broken.problems[0]).toMatchObject({ file: 'b.crux.yaml', line: 2, code: 'yaml-syntax' });
		expect(broken.entries).toEqual([]);
	});

	it('refuse path tricks and prototype names in ids', () => {
		const read = readProposalFile(
			'h.crux.yaml',
			[
				'crux-proposal: 1',
				'debate: ../../.github',
				'proposals:',
				'  - id: ../x',
				'    voice: own',
				'    claim: {text: t}',
				'    people: [{id: __proto__, name: P}]'
			].join('\n')
		);
		expect(read.debate).toBeUndefined();
		expect(read.problems.map((p) => `${p.line}:${p.column} ${p.code}`)).toEqual([
			'2:9 bad-id',
			'4:9 bad-id',
			'7:19 bad-id'
		]);
		expect(read.entries[0].entry).toBeUndefined();
		expect(Object.getPrototypeOf({})).toBe(Object.prototype);
	});
});
