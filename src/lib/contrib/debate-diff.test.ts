import { describe, expect, it } from 'vitest';
import type { Debate } from '$lib/model/types';
import type { Claim } from '$lib/schema';
import { diffDebates, mdText, renderDiffMarkdown, NO_CHANGES } from './debate-diff';

function debate(
	claims: Record<string, Partial<Claim>>,
	moved: Record<string, string> = {}
): Debate {
	const full: Debate['claims'] = {};
	for (const [id, c] of Object.entries(claims)) full[id] = { id, text: `Claim ${id}.`, ...c };
	return {
		id: 'tiny',
		meta: {
			title: 'Tiny | debate',
			resolution: 'R',
			description: 'D',
			sides: { for: 'For', against: 'Against' }
		},
		thesis: 'thesis',
		claims: full,
		people: {},
		sources: {},
		moved
	};
}

/** thesis ← a (supports); thesis ← b (attacks); b ← c (attacks): b is answered by c, so the thesis stands. */
const before = debate({
	thesis: { kind: 'thesis', text: 'The resolution.' },
	a: { supports: ['thesis'] },
	b: { attacks: ['thesis'] },
	c: { attacks: ['b'] },
	gone: { supports: ['a'], text: 'A claim that goes.' },
	wordy: { supports: ['a'], text: 'Old wording.' }
});

/** New claim "fresh" attacks c: c no longer stands, so b stands again and the thesis faces it unanswered. */
const after = debate({
	thesis: { kind: 'thesis', text: 'The resolution.' },
	a: { supports: ['thesis'] },
	b: { attacks: ['thesis'] },
	c: { attacks: ['b'] },
	fresh: { attacks: ['c'], text: 'A *new* rebuttal, with [a link](http://x) & @someone <b>.' },
	wordy: { supports: ['a'], text: 'New wording.' }
});

const EXPECTED = `## Crux: what this change does to the debates (compared with \`origin/main\`)

### Tiny \\| debate (\`tiny\`)

#### Claims added (1)

- \`fresh\`: A \\*new\\* rebuttal, with \\[a link\\](http://x) &amp; &#64;someone &lt;b>. (attacks \`c\`)

#### Claims removed (1)

- \`gone\`: A claim that goes.

#### Claims reworded (1)

- \`wordy\`
  - before: Old wording.
  - after: New wording.

#### Relations added (1)

- \`fresh\` attacks \`c\`

#### Relations removed (1)

- \`gone\` supports \`a\`

#### Status changed (3)

| Claim | Before | After | Why |
| --- | --- | --- | --- |
| \`b\` | Falls | **Holds** | Holds: its one attack, “Claim c.”, is answered by “A \\*new\\* rebuttal, with \\[a link\\](http://x) &amp; &#64;someone &lt;b>.”. |
| \`c\` | Unchallenged | **Falls** | Falls: “A \\*new\\* rebuttal, with \\[a link\\](http://x) &amp; &#64;someone &lt;b>.” stands unanswered. |
| \`thesis\` | Holds | **Falls** | Falls: “Claim b.” stands: its answer “Claim c.” falls to “A \\*new\\* rebuttal, with \\[a link\\](http://x) &amp; &#64;someone &lt;b>.”. |
`;

describe('diffDebates', () => {
	it('finds added, removed and reworded claims, relations, and status changes', () => {
		const d = diffDebates(before, after);
		expect(d.added.map((c) => c.id)).toEqual(['fresh']);
		expect(d.removed.map((c) => c.id)).toEqual(['gone']);
		expect(d.reworded).toEqual([
			{
				id: 'wordy',
				before: 'Old wording.',
				after: 'New wording.',
				labelBefore: undefined,
				labelAfter: undefined
			}
		]);
		expect(d.relationsAdded).toEqual([{ from: 'fresh', relation: 'attacks', to: 'c' }]);
		expect(d.relationsRemoved).toEqual([{ from: 'gone', relation: 'supports', to: 'a' }]);
		expect(d.statusChanged.find((s) => s.id === 'c')).toMatchObject({
			before: 'unchallenged',
			after: 'unanswered'
		});
	});

	it('renders the exact Markdown sections for a PR comment', () => {
		expect(renderDiffMarkdown([diffDebates(before, after)], { base: 'origin/main' })).toBe(
			EXPECTED
		);
	});

	it('says so when nothing changed', () => {
		expect(renderDiffMarkdown([diffDebates(before, before)])).toBe(
			`## Crux: what this change does to the debates\n\n${NO_CHANGES}\n`
		);
	});

	it('reports a rename through a moved stub as a rename, not a removal', () => {
		const renamed = debate(
			{
				thesis: { kind: 'thesis', text: 'The resolution.' },
				a: { supports: ['thesis'] },
				b: { attacks: ['thesis'] },
				'c-renamed': { attacks: ['b'] },
				gone: { supports: ['a'], text: 'A claim that goes.' },
				wordy: { supports: ['a'], text: 'Old wording.' }
			},
			{ c: 'c-renamed' }
		);
		const d = diffDebates(before, renamed);
		expect(d.renamed).toEqual([{ from: 'c', to: 'c-renamed' }]);
		expect(d.added).toEqual([]);
		expect(d.removed).toEqual([]);
		expect(d.statusChanged).toEqual([]);
		expect(renderDiffMarkdown([d])).toContain('#### Claims renamed (1)\n\n- `c` → `c-renamed`\n');
	});

	it('marks a new debate', () => {
		expect(renderDiffMarkdown([diffDebates(undefined, after)])).toContain('New debate.');
	});

	it('makes contributor text inert', () => {
		expect(mdText('a\n|b| `c` <img src=x onerror=alert(1)> @org/team **x**')).toBe(
			'a \\|b\\| \\`c\\` &lt;img src=x onerror=alert(1)> &#64;org/team \\*\\*x\\*\\*'
		);
	});
});

describe('diffDebates: undercuts and linked premises', () => {
	const base = {
		thesis: { kind: 'thesis' as const, text: 'The resolution.' },
		a: { supports: ['thesis'], text: 'A reason.' },
		p: { supports: ['a'], text: 'Evidence one.' },
		q: { supports: ['a'], text: 'Evidence two.' }
	};
	const withStructure = debate({
		...base,
		p: { ...base.p, with: ['q'] },
		u: { text: 'The evidence is from one town.', undercuts: [{ from: 'p', supports: 'a' }] }
	});

	it('lists undercuts and linked groups added, in the words every page uses', () => {
		const d = diffDebates(debate(base), withStructure);
		expect(d.undercutsAdded).toEqual([{ by: 'u', from: 'p', relation: 'supports', to: 'a' }]);
		expect(d.groupsAdded).toEqual([{ members: ['p', 'q'], relation: 'supports', to: 'a' }]);
		const md = renderDiffMarkdown([d]);
		expect(md).toContain('- `u`: The evidence is from one town. (says `p` does not show `a`)');
		expect(md).toContain('#### Undercuts added (1)\n\n- `u` says `p` does not show `a`\n');
		expect(md).toContain(
			'#### Linked premises added (1)\n\n- `p` and `q` support `a` only together\n'
		);
	});

	it('and removed', () => {
		const d = diffDebates(withStructure, debate(base));
		expect(d.undercutsRemoved).toHaveLength(1);
		expect(renderDiffMarkdown([d])).toContain('#### Linked premises removed (1)');
	});
});
