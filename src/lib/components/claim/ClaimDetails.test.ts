/**
 * Hostile text in the data must render as inert text: no markup, no script, no
 * javascript: links. Rendered on the server exactly as the prerender does.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ClaimDetails from './ClaimDetails.svelte';
import { buildGraph, claimContext } from '$lib/model/graph';
import { tinyDebate } from '$lib/testing/tiny-debate';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3))';

function hostileDebate() {
	const debate = tinyDebate({
		evil: {
			text: `Evil ${HOSTILE}`,
			label: `<b>bold</b> ${HOSTILE}`,
			supports: ['thesis'],
			speaker: 'ann',
			note: HOSTILE,
			evidence: [{ source: 'src', quote: `"${HOSTILE}"`, locator: '<i>para. 1</i>' }]
		},
		reply: { text: HOSTILE, attacks: ['evil'], speaker: 'bob' }
	});
	debate.sources.src = {
		id: 'src',
		title: HOSTILE,
		kind: 'news',
		url: 'javascript:alert(4)' as string
	};
	debate.people.ann = {
		id: 'ann',
		name: HOSTILE,
		kind: 'person',
		roles: [{ role: HOSTILE, source: 'src' }]
	};
	return debate;
}

describe('ClaimDetails with hostile text', () => {
	const debate = hostileDebate();
	const graph = buildGraph(debate);
	const { body } = render(ClaimDetails, {
		props: {
			debate,
			ctx: claimContext(graph, 'evil'),
			hrefFor: (id: string) => `/tiny/claims/${id}`
		}
	});

	it('escapes markup everywhere it shows data', () => {
		expect(body).not.toMatch(/<script/i);
		expect(body).not.toMatch(/<img/i);
		expect(body).not.toMatch(/<b>bold/);
		expect(body).not.toMatch(/<i>para/);
		expect(body).toContain('&lt;script>alert(1)&lt;/script>');
	});

	it('never links to a javascript: address', () => {
		expect(body).not.toMatch(/href="javascript:/i);
		expect(body).not.toContain('Read the source');
	});

	it('still shows the text itself', () => {
		expect(body).toContain('Evil &lt;script>');
		expect(body).toContain('/tiny/claims/reply');
	});
});

describe('ClaimDetails citations', () => {
	it('name who said the quote, not every author of the piece', async () => {
		const { rolesDebate } = await import('$lib/testing/roles-debate');
		const debate = rolesDebate();
		const { body } = render(ClaimDetails, {
			props: {
				debate,
				ctx: claimContext(buildGraph(debate), 'bob1'),
				hrefFor: (id: string) => `/tiny/claims/${id}`
			}
		});
		const text = body.replace(/<!--.*?-->/g, '').replace(/<[^>]+>/g, '');
		expect(text).toContain('Bob Builder, in “Town hall.” Town Council, 2020. Builder, para. 5.');
		expect(body).not.toContain('Ann Author and Bob Builder');
	});

	it('say who raised an objection', async () => {
		const { rolesDebate } = await import('$lib/testing/roles-debate');
		const debate = rolesDebate();
		const { body } = render(ClaimDetails, {
			props: {
				debate,
				ctx: claimContext(buildGraph(debate), 'obj'),
				hrefFor: (id: string) => `/tiny/claims/${id}`
			}
		});
		expect(body).toContain('<span class="speaker');
		expect(body).toMatch(/Raised by Ann Author/);
	});
});
