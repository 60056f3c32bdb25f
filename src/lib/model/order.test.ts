import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph';
import {
	paragraphOf,
	partOf,
	readingOrder,
	readingPositions,
	replyOrder,
	sourceRanks
} from './order';
import { tinyDebate } from '$lib/testing/tiny-debate';
import type { Debate } from './types';

/** Two essays in one piece (parts A then B), and a later news report. */
function debate(claims: Parameters<typeof tinyDebate>[0]): Debate {
	const d = tinyDebate(claims);
	d.sources = {
		essays: { id: 'essays', title: 'Two essays', kind: 'debate', date: '2020', parts: ['A', 'B'] },
		later: {
			id: 'later',
			title: 'A later report',
			kind: 'news',
			date: { value: '2023-09', inferred: true, basis: 'x' }
		},
		early: { id: 'early', title: 'An undated note', kind: 'other' }
	};
	return d;
}
const q = (source: string, locator: string) => ({ source, quote: 'q', locator });

describe('locators', () => {
	it('read the paragraph and the named part', () => {
		expect(paragraphOf('Newsham, para. 14')).toBe(14);
		expect(paragraphOf('paras. 3–4')).toBe(3);
		expect(paragraphOf('paragraph 2')).toBe(2);
		expect(paragraphOf('caption')).toBe(Infinity);
		expect(partOf('Newsham, para. 14')).toBe('Newsham');
		expect(partOf('para. 14')).toBeUndefined();
	});
});

describe('reading order', () => {
	it('ranks sources by date, undated last', () => {
		const d = debate({});
		expect([...sourceRanks(d).keys()]).toEqual(['essays', 'later', 'early']);
	});

	it('puts the first essay’s opening line first, whatever the file names', () => {
		const d = debate({
			zz: { supports: ['thesis'], evidence: [q('essays', 'A, para. 1')] },
			aa: { supports: ['thesis'], evidence: [q('essays', 'B, para. 1')] },
			mm: { supports: ['thesis'], evidence: [q('later', 'para. 1')] },
			bb: { supports: ['thesis'], evidence: [q('essays', 'A, para. 9')] },
			cc: { supports: ['thesis'] }
		});
		expect(buildGraph(d).children.get('thesis')).toEqual(['zz', 'bb', 'aa', 'mm', 'cc']);
	});

	it('groups supports before attacks, each group in source order', () => {
		const d = debate({
			a1: { attacks: ['thesis'], evidence: [q('essays', 'B, para. 1')] },
			s2: { supports: ['thesis'], evidence: [q('essays', 'A, para. 5')] },
			s1: { supports: ['thesis'], evidence: [q('essays', 'A, para. 2')] },
			a0: { attacks: ['thesis'], evidence: [q('essays', 'A, para. 3')] }
		});
		const g = buildGraph(d);
		expect(g.children.get('thesis')).toEqual(['s1', 's2', 'a0', 'a1']);
		expect(g.incoming.get('thesis')!.map((e) => e.from)).toEqual(['s1', 's2', 'a0', 'a1']);
	});

	it('puts what the other side conceded or raised to answer after a side’s own case', () => {
		const d = debate({
			raised: {
				attacks: ['thesis'],
				role: 'raised',
				by: 'ann',
				evidence: [q('essays', 'A, para. 2')]
			},
			granted: {
				attacks: ['thesis'],
				role: 'conceded',
				speaker: 'ann',
				evidence: [q('essays', 'A, para. 3')]
			},
			own: { attacks: ['thesis'], speaker: 'bob', evidence: [q('essays', 'B, para. 1')] },
			reported: {
				attacks: ['thesis'],
				role: 'reported',
				by: 'ann',
				speaker: 'bob',
				evidence: [q('essays', 'B, para. 2')]
			}
		});
		expect(buildGraph(d).children.get('thesis')).toEqual(['own', 'reported', 'raised', 'granted']);
	});

	it('places a claim by its earliest quote, not its first listed', () => {
		const d = debate({
			x: { supports: ['thesis'], evidence: [q('later', 'para. 1'), q('essays', 'A, para. 4')] },
			y: { supports: ['thesis'], evidence: [q('essays', 'A, para. 2')] }
		});
		expect(readingPositions(d).get('x')).toEqual([0, 0, 4]);
		expect(readingOrder(d, ['x', 'y'])).toEqual(['y', 'x']);
	});

	it('breaks ties by id so the order never depends on file reading order', () => {
		const d = debate({
			b: { supports: ['thesis'], evidence: [q('essays', 'A, para. 1')] },
			a: { supports: ['thesis'], evidence: [q('essays', 'A, para. 1')] }
		});
		const cmp = replyOrder(d);
		expect(cmp({ id: 'a', relation: 'supports' }, { id: 'b', relation: 'supports' })).toBeLessThan(
			0
		);
		expect(
			cmp({ id: 'a', relation: 'attacks' }, { id: 'b', relation: 'supports' })
		).toBeGreaterThan(0);
	});
});
