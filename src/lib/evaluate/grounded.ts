import { indexGraph, type IndexedGraph } from './graph';
import type { ArgGraph, GroundedLabel } from './types';

export const UNDEC = 0;
export const IN = 1;
export const OUT = 2;

/**
 * Grounded labelling (Dung 1995: the least fixed point of the characteristic
 * function), as the unique minimal complete labelling: IN iff every attacker
 * is OUT, OUT iff some attacker is IN, UNDEC otherwise.
 *
 * Only attacks count. Supports carry no weight in Dung's frameworks, so a claim
 * cannot be rescued from refutation by piling up supporters; they affect only
 * the DF-QuAD strength.
 */
export function grounded(g: ArgGraph): Record<string, GroundedLabel> {
	const ix = indexGraph(g);
	const labels = groundedLabels(ix);
	const out: Record<string, GroundedLabel> = {};
	for (let v = 0; v < ix.n; v++)
		out[ix.ids[v]] = labels[v] === IN ? 'in' : labels[v] === OUT ? 'out' : 'undec';
	return out;
}

/**
 * Worklist propagation, O(V + E): each node is labelled at most once and each
 * edge looked at a constant number of times. A node becomes IN when its count
 * of attackers not yet OUT drops to zero; anything an IN node attacks becomes
 * OUT. Whatever is never reached stays UNDEC, which is exactly the part no
 * finite chain of defeats settles (cycles and what hangs off them).
 */
export function groundedLabels(ix: IndexedGraph): Uint8Array {
	const { n, attInStart, attOutStart, attOut } = ix;
	const label = new Uint8Array(n);
	const pending = new Int32Array(n);
	const queue = new Int32Array(n);
	let head = 0;
	let tail = 0;
	for (let v = 0; v < n; v++) {
		pending[v] = attInStart[v + 1] - attInStart[v];
		if (pending[v] === 0) {
			label[v] = IN;
			queue[tail++] = v;
		}
	}
	while (head < tail) {
		const v = queue[head++];
		if (label[v] === IN) {
			for (let e = attOutStart[v]; e < attOutStart[v + 1]; e++) {
				const w = attOut[e];
				if (label[w] === UNDEC) {
					label[w] = OUT;
					queue[tail++] = w;
				}
			}
		} else {
			for (let e = attOutStart[v]; e < attOutStart[v + 1]; e++) {
				const w = attOut[e];
				if (--pending[w] === 0 && label[w] === UNDEC) {
					label[w] = IN;
					queue[tail++] = w;
				}
			}
		}
	}
	return label;
}
