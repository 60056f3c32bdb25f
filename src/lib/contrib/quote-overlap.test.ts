import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadDebates } from '$lib/validate/node.server';
import { MIN_OVERLAP, overlapFinding, quoteOverlap } from './quote-overlap';

const TOPIC =
	'Japan–Taiwan defense cooperation RESOLVED: Japan Should Deepen Defense/Security Cooperation with Taiwan';

describe('quote overlap', () => {
	it('flags the review’s scenario: a claim its quote shares only topic words with', () => {
		const f = overlapFinding(
			'Japan should stop all defense contact with Taiwan immediately.',
			['Preservation of Taiwan’s de facto independence is a core security interest of Japan'],
			TOPIC
		);
		expect(f?.message).toBe(
			'The claim and its quote share almost no words: “stop”, “contact”, “immediately” are not in the quote.'
		);
	});
	it('passes a claim worded from its quote, and says nothing with too little to judge', () => {
		expect(
			overlapFinding(
				'The more willing and ready a country is to fight, the less likely it is to have to.',
				[
					'More likely true is the adage that: the more willing and ready you are to fight, the less likely you’ll have to.'
				],
				TOPIC
			)
		).toBeUndefined();
		expect(quoteOverlap('Japan should act.', ['Anything at all.'], TOPIC)).toBeUndefined();
		expect(quoteOverlap('Two words here.', [], TOPIC)).toBeUndefined();
	});
	it('on the bundled debate, flags at most 1 in 100 of its own quoted claims', () => {
		const { debates } = loadDebates(join(import.meta.dirname, '../../../arguments'));
		const d = debates.find((x) => x.id === 'japan-taiwan')!;
		const quoted = Object.values(d.claims).filter((c) => c.evidence?.length);
		const topic = `${d.meta.title} ${d.meta.resolution}`;
		const low = quoted.filter(
			(c) =>
				(quoteOverlap(
					c.text,
					c.evidence!.map((e) => e.quote),
					topic
				)?.share ?? 1) < MIN_OVERLAP
		);
		expect(quoted.length).toBeGreaterThan(200);
		expect(low.length / quoted.length).toBeLessThanOrEqual(0.01);
	});
});
