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
const html = (id: string) =>
	render(ClaimDetails, {
		props: { debate, ctx: claimContext(graph, id), hrefFor: (x: string) => `/tiny/claims/${x}` }
	}).body.replace(/<!--.*?-->/g, '');
const words = (h: string) => h.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
/** What is on the page. */
const page = (id: string) => words(html(id));
/** What a screen reader reads: without what is hidden from it (badges, "— who", arrows). */
const heard = (id: string) =>
	words(html(id).replace(/<(\w+)[^>]*aria-hidden="true"[^>]*>[^<]*<\/\1>/g, ' '));

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
			/Against The pilot added routes too\. — Bob Builder .*says this does not show For Free fares draw riders\./
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

	describe('as a screen reader reads it', () => {
		it('names each claim in a sentence with its side and speaker after it, never inside the sentence', () => {
			const u = heard('u');
			expect(u).toContain(
				'Says Journeys rose a third. (For, Unattributed) does not show Free fares draw riders. (For, Unattributed)'
			);
			expect(u).not.toMatch(/[⊣⟶]/);
			const p = heard('p');
			expect(p).toContain(
				'The pilot added routes too. (Against, Bob Builder) says this does not show Free fares draw riders. (For, Unattributed)'
			);
			expect(p).toContain(
				'It supports Free fares draw riders. (For, Unattributed) only together with: The fare kept people off. (For, Unattributed)'
			);
		});

		it('says the relation an undercut answers once in its chain, then goes on from its target', () => {
			const chain = heard('u').match(/How it bears on the resolution (.*?) Net effect/)![1];
			expect(chain).toBe(
				'This claim says Journeys rose a third. (For, Unattributed) does not show Free fares draw riders. (For, Unattributed) “Free fares draw riders.” (For, Unattributed) supports the resolution'
			);
		});

		it('gives each linked-premise section a heading of its own that says which relation', () => {
			expect(page('p')).toContain('Supports only together');
			expect(html('p')).toMatch(/<section aria-labelledby="linked-0">\s*<h3[^>]*id="linked-0"/);
			expect(html('a')).toMatch(/<section aria-labelledby="joint-0">\s*<h3[^>]*id="joint-0"/);
		});
	});
});
