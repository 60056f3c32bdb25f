/** The hand-built debate the prep tests share; its shape is drawn in prepDebate's comment. */
import { tinyDebate } from '$lib/testing/tiny-debate';
import type { Debate } from '$lib/model/types';

const ev = (n: number, who: string) =>
	Array.from({ length: n }, (_, i) => ({
		source: 'paper',
		quote: `${who} quote ${i + 1}.`,
		locator: `p. ${i + 1}`
	}));

/**
 *                      thesis
 *     ↑+ n(0.9)  ↑+ y  ↑+ a   ↑+ g   ↑− b     m: ↑+ and ↑− (mixed)
 *                   ↑− c  ↑+ d  ↑− x     ↑− k
 *                   ↑− e  ↑− h
 *
 * x also supports m, and z (base 0) supports both a and m: both are mixed.
 * Strengths (DF-QuAD, base 0.5 unless given): n .9, y .5, a .5, g .25, b .25,
 * c .25, d .25, e .5, h .5, k .5, x .5, z 0.
 */
export function prepDebate(): Debate {
	const d = tinyDebate({
		n: { supports: ['thesis'], base: 0.9, speaker: 'ann', evidence: ev(1, 'n') },
		y: { supports: ['thesis'], speaker: 'ann', evidence: ev(2, 'y') },
		a: { supports: ['thesis'], label: 'Line A', speaker: 'ann', evidence: ev(1, 'a') },
		g: { supports: ['thesis'] },
		b: { attacks: ['thesis'], speaker: 'bob', evidence: ev(1, 'b') },
		m: { supports: ['thesis'], attacks: ['thesis'] },
		c: { attacks: ['a'], label: 'Attack C', speaker: 'bob', evidence: ev(1, 'c') },
		d: { supports: ['a'], speaker: 'ann', evidence: ev(2, 'd') },
		e: { attacks: ['c'], label: 'Answer E', speaker: 'ann', evidence: ev(1, 'e') },
		h: { attacks: ['d'], speaker: 'bob' },
		k: { attacks: ['b'] },
		x: { attacks: ['g'], supports: ['m'] },
		z: { supports: ['a', 'm'], base: 0 }
	});
	d.sources.paper = {
		id: 'paper',
		title: 'Sea power',
		kind: 'report',
		authors: ['Ann Author'],
		date: '2021-03',
		url: 'https://example.org/sea'
	};
	return d;
}
