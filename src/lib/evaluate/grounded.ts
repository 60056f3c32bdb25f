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
 * the DF-QuAD strength. Undercuts and linked premises: see structure.ts.
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
 * relation looked at a constant number of times. Over attack *instances* (structure.ts):
 * an instance is effective once every member is IN and every undercutter OUT, ineffective
 * once a member is OUT or an undercutter IN. A node becomes IN when its count of instances
 * not yet ineffective drops to zero, OUT when one of them becomes effective. Whatever is
 * never reached stays UNDEC, which is exactly the part no finite chain of defeats settles
 * (cycles and what hangs off them). With plain attacks only, an instance is one attack.
 */
export function groundedLabels(ix: IndexedGraph): Uint8Array {
	if (ix.plain) return plainLabels(ix);
	const x = ix.att;
	const n = ix.n;
	const label = new Uint8Array(n);
	const pending = new Int32Array(n);
	const pendMem = new Int32Array(x.count);
	const pendUnd = new Int32Array(x.count);
	const state = new Uint8Array(x.count); // 0 open, 1 effective, 2 ineffective
	const queue = new Int32Array(n);
	let head = 0;
	let tail = 0;
	for (let k = 0; k < x.count; k++) {
		pendMem[k] = x.memStart[k + 1] - x.memStart[k];
		pendUnd[k] = x.undStart[k + 1] - x.undStart[k];
	}
	for (let v = 0; v < n; v++) {
		pending[v] = x.inStart[v + 1] - x.inStart[v];
		if (pending[v] === 0) {
			label[v] = IN;
			queue[tail++] = v;
		}
	}
	const effective = (k: number) => {
		state[k] = 1;
		const t = x.target[k];
		if (label[t] === UNDEC) {
			label[t] = OUT;
			queue[tail++] = t;
		}
	};
	const ineffective = (k: number) => {
		state[k] = 2;
		const t = x.target[k];
		if (--pending[t] === 0 && label[t] === UNDEC) {
			label[t] = IN;
			queue[tail++] = t;
		}
	};
	while (head < tail) {
		const v = queue[head++];
		const isIn = label[v] === IN;
		for (let i = x.memberOfStart[v]; i < x.memberOfStart[v + 1]; i++) {
			const k = x.memberOf[i];
			if (state[k]) continue;
			if (!isIn) ineffective(k);
			else if (--pendMem[k] === 0 && pendUnd[k] === 0) effective(k);
		}
		for (let i = x.undercutsStart[v]; i < x.undercutsStart[v + 1]; i++) {
			const k = x.undercuts[i];
			if (state[k]) continue;
			if (isIn) ineffective(k);
			else if (--pendUnd[k] === 0 && pendMem[k] === 0) effective(k);
		}
	}
	return label;
}

/**
 * The same labelling when every attack is one claim's, with nothing undercut (IndexedGraph.plain):
 * a claim is IN once all its attackers are OUT, OUT once one is IN, over the edge arrays.
 */
function plainLabels(ix: IndexedGraph): Uint8Array {
	const { n, attInStart, attOutStart, attOut } = ix;
	const label = new Uint8Array(n);
	const pending = new Int32Array(n);
	const queue = new Int32Array(n);
	let tail = 0;
	for (let v = 0; v < n; v++) {
		pending[v] = attInStart[v + 1] - attInStart[v];
		if (pending[v] === 0) {
			label[v] = IN;
			queue[tail++] = v;
		}
	}
	for (let head = 0; head < tail; head++) {
		const v = queue[head];
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

/** For each counted attack instance: 1 effective (it stands against its target), 2 ineffective, 0 open. */
export function instanceStates(ix: IndexedGraph, label: Uint8Array): Uint8Array {
	const x = ix.att;
	const out = new Uint8Array(x.count);
	for (let k = 0; k < x.count; k++) {
		let allIn = true;
		let anyOut = false;
		for (let i = x.memStart[k]; i < x.memStart[k + 1]; i++) {
			if (label[x.mem[i]] !== IN) allIn = false;
			if (label[x.mem[i]] === OUT) anyOut = true;
		}
		let undOut = true;
		let undIn = false;
		for (let i = x.undStart[k]; i < x.undStart[k + 1]; i++) {
			if (label[x.und[i]] !== OUT) undOut = false;
			if (label[x.und[i]] === IN) undIn = true;
		}
		out[k] = allIn && undOut ? 1 : anyOut || undIn ? 2 : 0;
	}
	return out;
}
