import { describe, expect, it } from 'vitest';
import { tinyDebate } from '$lib/testing/tiny-debate';
import { attribution, displayName, personName, quoteWho, roleLine } from './labels';

function classDebate() {
	const d = tinyDebate({
		mine: {
			attacks: ['thesis'],
			speaker: 'aiko',
			evidence: [{ source: 'src', quote: 'Words of the source.', locator: 'para. 2' }]
		},
		ours: { attacks: ['mine'], speaker: 'class-7c' }
	});
	d.people.aiko = { id: 'aiko', name: 'Aiko', kind: 'person', contributor: true };
	d.people['class-7c'] = {
		id: 'class-7c',
		name: 'Class 7C',
		kind: 'organisation',
		contributor: true
	};
	d.sources.src = { ...d.sources.src, authors: ['Ann Author'] };
	return d;
}

describe('a contributor is marked wherever a speaker is named', () => {
	it('a student’s or the class’s name carries its mark; a published author’s does not', () => {
		const d = classDebate();
		expect(personName(d, 'aiko')).toBe('Aiko (student)');
		expect(personName(d, 'class-7c')).toBe('Class 7C (class)');
		expect(personName(d, 'ann')).toBe('Ann Author');
		expect(attribution(d, d.claims.mine)).toBe('Aiko (student)');
		expect(attribution(d, d.claims.ours)).toBe('Class 7C (class)');
		expect(displayName({ name: 'Bob', kind: 'person' })).toBe('Bob');
		expect(roleLine(d, d.claims.mine)).toBeUndefined();
	});
	it('a quote under a student’s claim is cited as the source’s words, not the student’s', () => {
		const d = classDebate();
		expect(quoteWho(d, d.claims.mine, d.claims.mine.evidence![0])).toBe('Ann Author');
	});
});
