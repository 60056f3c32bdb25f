/**
 * A clash drawn one way. In a debate whose essays were published side by side (a source of
 * kind `debate`), neither essay replies to the other, so when two debaters' claims answer each
 * other the map cannot say which answer came second: drawn one way, the attacker wins by
 * drawing alone, and the status (up to the resolution's) is an artefact of the arrow.
 *
 * What is detectable: claim A attacks claim B, B does not attack A, and B attacks a claim that
 * A supports (other than the resolution, which every case attacks): A and B are rival answers
 * on the same point, each against the other's line.
 * Both are their speakers' own claims (not conceded, raised or reported), of two different
 * speakers, quoted from the same side-by-side source. A warning, since only the texts can say
 * whether one of them really replies to the other.
 */
import type { Problem } from '../../problem';
import { rule, type Rule } from '../rule';
import type { GraphClaim, GraphIndex } from './context';

function sourcesOf(c: GraphClaim): Set<string> {
	const out = new Set<string>();
	const ev = c.data.evidence;
	if (Array.isArray(ev))
		for (const e of ev)
			if (e && typeof e === 'object' && typeof e.source === 'string') out.add(e.source);
	return out;
}

const own = (c: GraphClaim) => c.data.role === undefined && typeof c.data.speaker === 'string';

const r: Rule<GraphIndex> = rule<GraphIndex>({
	code: 'one-way-clash',
	severity: 'warning',
	layer: 'graph',
	description:
		'Two debaters’ claims from side-by-side essays answer each other, but the attack is drawn one way only, so the map decides the clash by the arrow.',
	check(g) {
		const { claims, edges } = g;
		const sideBySide = g.sideBySide;
		if (!sideBySide?.size) return [];
		const out: Problem[] = [];
		const attacks = (from: number, to: number) =>
			edges[from].some((e) => e.rel === 'attacks' && e.to === to);
		for (let a = 0; a < claims.length; a++) {
			const A = claims[a];
			if (!own(A)) continue;
			// Points A argues for, below the resolution (every case attacks the resolution itself).
			const supported = new Set(
				edges[a]
					.filter((e) => e.rel === 'supports' && claims[e.to].data.kind !== 'thesis')
					.map((e) => e.to)
			);
			for (const edge of edges[a]) {
				if (edge.rel !== 'attacks') continue;
				const b = edge.to;
				const B = claims[b];
				if (!own(B) || B.data.speaker === A.data.speaker || attacks(b, a)) continue;
				const shared = [...sourcesOf(A)].filter((s) => sideBySide.has(s) && sourcesOf(B).has(s));
				if (!shared.length) continue;
				const rival = edges[b].find((e) => e.rel === 'attacks' && supported.has(e.to));
				if (!rival) continue;
				out.push(
					r.at(
						A.path,
						A.locate(['attacks', edge.index]),
						`"${A.id}" attacks "${B.id}", and "${B.id}" attacks "${claims[rival.to].id}", which "${A.id}" supports: the two answer each other, yet the clash is drawn one way, so "${A.id}" wins by the arrow alone. "${shared[0]}" prints the two pieces side by side, so neither replies to the other.`,
						`Unless one text replies to the other, draw the clash both ways: add "${A.id}" to the attacks of "${B.id}" (the map then shows an open clash for readers to judge).`
					)
				);
			}
		}
		return out;
	}
});
export default r;
