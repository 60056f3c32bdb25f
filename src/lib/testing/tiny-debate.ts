/** Small hand-made debates for unit tests of the model and views. */
import type { Debate } from '$lib/model/types';
import type { Claim } from '$lib/schema';

export function tinyDebate(claims: Record<string, Partial<Claim>>, thesis = 'thesis'): Debate {
	const full: Debate['claims'] = {};
	for (const [id, c] of Object.entries({
		[thesis]: { kind: 'thesis' as const, text: 'The resolution.' },
		...claims
	})) {
		full[id] = { id, text: c.text ?? `Claim ${id}.`, ...c } as Debate['claims'][string];
	}
	return {
		id: 'tiny',
		meta: {
			title: 'Tiny',
			resolution: 'Resolved: tiny',
			description: 'A tiny debate for tests.',
			sides: { for: 'For', against: 'Against' },
			tags: { sea: { label: 'Sea lanes' }, cost: { label: 'Cost' } }
		},
		thesis,
		claims: full,
		people: {
			ann: { id: 'ann', name: 'Ann Author', kind: 'person' },
			bob: { id: 'bob', name: 'Bob Builder', kind: 'person' }
		},
		sources: {
			src: { id: 'src', title: 'A source', kind: 'news' }
		},
		moved: { 'old-a': 'a' }
	};
}

/**
 *            thesis
 *         ↑+        ↑−
 *         a          b
 *       ↑−  ↑+      ↑−
 *       c    d      e ⇄ f (mutual attack: e attacks b and f; f attacks e)
 */
export function sampleDebate(): Debate {
	return tinyDebate({
		a: {
			supports: ['thesis'],
			speaker: 'ann',
			tags: ['sea'],
			evidence: [{ source: 'src', quote: 'q', locator: 'para. 1' }]
		},
		b: { attacks: ['thesis'], speaker: 'bob', tags: ['cost'] },
		c: { attacks: ['a'], speaker: 'bob' },
		d: { supports: ['a'], speaker: 'ann' },
		e: { attacks: ['b', 'f'], speaker: 'ann' },
		f: { attacks: ['e'], speaker: 'bob' }
	});
}
