/** A claim's page (and the map's panel) says undercuts and linked premises in words. */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ClaimDetails from './ClaimDetails.svelte';
import { buildGraph, claimContext } from '$lib/model/graph';
import { tinyDebate } from '$lib/testing/tiny-debate';

const debate = tinyDebate({
	a: { text: 'Free fares draw riders.', supports: ['thesis'] },
	p: { text: 'Journeys rose a third.', supports: ['a'], with: ['q'] },
	q: { text: 'The fare kept people off.', supports: ['a'] },
	u: {
		text: 'The pilot added routes too.',
		speaker: 'bob',
		undercuts: [{ from: 'p', supports: 'a' }]
	}
});
const graph = buildGraph(debate);
const page = (id: string) =>
	render(ClaimDetails, {
		props: { debate, ctx: claimContext(graph, id), hrefFor: (x: string) => `/tiny/claims/${x}` }
	})
		.body.replace(/<!--.*?-->/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ');

describe('ClaimDetails: undercuts and linked premises', () => {
	it('the undercut claim: what it says, and its chain through the link it answers', () => {
		const text = page('u');
		expect(text).toContain('Undercuts (1)');
		expect(text).toMatch(
			/Says For Journeys rose a third\. — .*does not show For Free fares draw riders\./
		);
		expect(text).toMatch(
			/⊣ says For Journeys rose a third\..* does not show For Free fares draw riders\./
		);
	});

	it('the reason it answers: who says it does not show what', () => {
		const text = page('p');
		expect(text).toContain('Undercut by (1)');
		expect(text).toMatch(
			/Against The pilot added routes too\. — Bob Builder says this does not show For Free fares draw riders\./
		);
		expect(text).toMatch(
			/It supports For Free fares draw riders\..* only together with: For The fare kept people off\./
		);
	});

	it('the claim they support: supported jointly, counting once', () => {
		const text = page('a');
		expect(text).toContain('Supported jointly by');
		expect(text).toContain(
			'These count only together: as one support, which falls if any of them falls.'
		);
	});
});
