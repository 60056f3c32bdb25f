/** Map models built from small hand-made debates, for the map's view-rule tests. */
import { buildGraph } from '$lib/model/graph';
import type { Debate } from '$lib/model/types';
import { decodeMapPayload, encodeMapPayload, type MapModel } from '$lib/views/map/payload';
import { tinyDebate } from './tiny-debate';

export function mapModel(debate: Debate): MapModel {
	return decodeMapPayload(encodeMapPayload(debate, buildGraph(debate), {}));
}

const q = (n: number) => [{ source: 'src', quote: `q${n}`, locator: `para. ${n}` }];

/**
 * A debate shaped like a real one, each claim's paragraph giving its reading order:
 *
 *               thesis
 *   For: f1 (← f1a +, ← f1b −, ← f1c −)   Against: a1 (← a1a −, ← a1a1 under a1a)
 *        f2 (← f2a +)                              a2 (no replies)
 *        f3 (no replies)
 * f2a also attacks a1a (a cross-link); f1b is Bob's, the rest follow their side.
 */
export function mapDebate(): Debate {
	return tinyDebate({
		f1: { supports: ['thesis'], speaker: 'ann', evidence: q(1), tags: ['sea'] },
		f1a: { supports: ['f1'], speaker: 'ann', evidence: q(2) },
		f1b: { attacks: ['f1'], speaker: 'bob', evidence: q(3), tags: ['sea'] },
		f1c: { attacks: ['f1'], speaker: 'bob', evidence: q(4) },
		f2: { supports: ['thesis'], speaker: 'ann', evidence: q(5) },
		f2a: { supports: ['f2'], attacks: ['a1a'], speaker: 'ann', evidence: q(6) },
		f3: { supports: ['thesis'], speaker: 'ann', evidence: q(7) },
		a1: { attacks: ['thesis'], speaker: 'bob', evidence: q(8), tags: ['cost'] },
		a1a: { attacks: ['a1'], speaker: 'ann', evidence: q(9) },
		a1a1: { attacks: ['a1a'], speaker: 'bob', evidence: q(10), tags: ['cost'] },
		a2: { attacks: ['thesis'], speaker: 'bob', evidence: q(11) }
	});
}
