/** Every claim leads to the thesis; an island of claims that answer only each other does not. */
import { RELATIONS } from '$lib/schema';
import { rule, type Rule } from '../rule';
import { quoteList, relationTargets, type GraphIndex } from './context';

const r: Rule<GraphIndex> = rule<GraphIndex>({
	code: 'unreachable',
	severity: 'error',
	layer: 'graph',
	description:
		'A claim answers other claims, but following `supports:`/`attacks:` (or the relation it undercuts) from it never reaches the thesis.',
	check(g) {
		const { claims, edges, idx, resolve } = g;
		if (!g.theses.length) return [];
		// Walk backwards from the thesis over every relation.
		const incoming: number[][] = claims.map(() => []);
		edges.forEach((list, from) => list.forEach((e) => incoming[e.to].push(from)));
		const reached = new Uint8Array(claims.length);
		const queue: number[] = [];
		for (const id of [...g.theses.map((t) => t.id), ...g.unreadable]) {
			const i = idx.get(id);
			if (i !== undefined && !reached[i]) {
				reached[i] = 1;
				queue.push(i);
			}
		}
		// Edges into unreadable files, or to ids no file has (already reported as dangling
		// references), lead who knows where: treat claims pointing at them as connected, so
		// one mistyped id is one error, not one more for every claim that leads through it.
		const unreadable = new Set(g.unreadable);
		claims.forEach((c, i) => {
			if (reached[i]) return;
			const pointsAtUnreadable = RELATIONS.some((rel) =>
				relationTargets(c, rel).some(([t]) => {
					const id = resolve(t) ?? t;
					return unreadable.has(id) || !idx.has(id);
				})
			);
			if (pointsAtUnreadable) {
				reached[i] = 1;
				queue.push(i);
			}
		});
		for (let q = 0; q < queue.length; q++)
			for (const from of incoming[queue[q]])
				if (!reached[from]) {
					reached[from] = 1;
					queue.push(from);
				}
		const thesisId = g.theses[0].id;
		return claims.flatMap((c, i) => {
			if (reached[i] || edges[i].length === 0) return [];
			const rel = RELATIONS.find((x) => c.data[x]) ?? (c.data.undercuts ? 'undercuts' : 'supports');
			const to = [...new Set(edges[i].map((e) => claims[e.to].id))];
			return [
				r.at(
					c.path,
					c.locate([rel], 'key'),
					`Claim "${c.id}" does not connect to the thesis "${thesisId}": it points to ${quoteList(to)}, but ${to.length === 1 ? 'that claim does not lead to the thesis either' : 'none of those claims leads to the thesis either'}.`,
					`Every claim must lead to the thesis through "supports:"/"attacks:". Add the id of the claim this one answers (e.g. "${thesisId}") to its ${rel}, or connect the claims it points to.`
				)
			];
		});
	}
});
export default r;
