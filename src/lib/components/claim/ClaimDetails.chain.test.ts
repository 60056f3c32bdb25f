/**
 * "How it bears on the resolution" names who makes each move (review 2, finding 13): a step
 * read alone once looked as if the selected claim's speaker attacked their own claim.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ClaimDetails from './ClaimDetails.svelte';
import { buildGraph, claimContext } from '$lib/model/graph';
import { tinyDebate } from '$lib/testing/tiny-debate';

// Bob's claim ("Deeper ties would provoke") is attacked by a point Bob raises for the other
// side to knock it down: Ann's reply to that point is the claim selected.
const debate = tinyDebate({
	line: {
		text: 'Deeper ties would backfire on the whole region in the end.',
		speaker: 'bob',
		attacks: ['thesis']
	},
	poke: { text: 'Deeper ties would poke the hornets’ nest.', speaker: 'bob', supports: ['line'] },
	pedal: {
		text: 'China is at full speed anyway: no security dilemma to fear.',
		role: 'raised',
		by: 'bob',
		attacks: ['poke']
	},
	escalate: { text: 'China could still escalate.', speaker: 'bob', attacks: ['pedal'] }
});
const graph = buildGraph(debate);
const html = render(ClaimDetails, {
	props: { debate, ctx: claimContext(graph, 'escalate'), hrefFor: (x: string) => `/t/claims/${x}` }
}).body.replace(/<!--.*?-->/g, '');
const words = (h: string) =>
	h
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
const steps = [...html.matchAll(/<ol class="chain[^"]*">([\s\S]*?)<\/ol>/g)][0][1]
	.split(/<\/li>/)
	.filter((li) => li.includes('<li'));
/** What a screen reader reads of a step: without what is hidden from it. */
const heard = (h: string) =>
	words(h.replace(/<(\w+)[^>]*aria-hidden="true"[^>]*>[^<]*<\/\1>/g, ' '));

describe('the chain to the resolution', () => {
	it('opens each step with who makes the move', () => {
		expect(steps).toHaveLength(4);
		expect(words(steps[0])).toMatch(/^This claim ⊣ attacks For China is at full speed anyway/);
		// The second step is the raised point attacking Bob's claim, and says so.
		expect(words(steps[1])).toMatch(
			/^For “China is at full speed anyway: no…” — Raised by Bob Builder \(For, Raised by Bob Builder\) ⊣ attacks Against Deeper ties would poke the hornets’ nest\./
		);
		// Heard: who makes the move (a point Bob raises), then what it attacks and whose it is.
		expect(heard(steps[1])).toBe(
			'“China is at full speed anyway: no…” (For, Raised by Bob Builder) attacks Deeper ties would poke the hornets’ nest. (Against, Bob Builder)'
		);
		expect(heard(steps[3])).toBe(
			'“Deeper ties would backfire on the whole…” (Against, Bob Builder) attacks the resolution'
		);
	});
});
