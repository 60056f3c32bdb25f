/**
 * Strongly connected components of a graph in CSR form (Tarjan 1972).
 *
 * Iterative rather than recursive: a long chain of claims would otherwise
 * overflow the call stack, and browsers give us less stack than Node.
 */
export interface Sccs {
	/** Component number of each node. */
	comp: Int32Array;
	count: number;
	/**
	 * Nodes grouped by component, components in the order Tarjan completes
	 * them: every component comes after all components reachable from it. With
	 * edges pointing from a node to what it depends on, that is dependencies first.
	 */
	order: Int32Array;
	/** Component c is `order[compStart[c] .. compStart[c + 1])`. */
	compStart: Int32Array;
	/** 1 where the component contains a cycle: more than one node, or a self-loop. */
	cyclic: Uint8Array;
}

export function tarjan(n: number, start: Int32Array, adj: Int32Array): Sccs {
	const index = new Int32Array(n).fill(-1);
	const low = new Int32Array(n);
	const onStack = new Uint8Array(n);
	const stack = new Int32Array(n);
	const callNode = new Int32Array(n);
	const callEdge = new Int32Array(n);
	const comp = new Int32Array(n);
	const order = new Int32Array(n);
	const compStartList: number[] = [];
	let sp = 0;
	let csp = 0;
	let counter = 0;
	let count = 0;
	let op = 0;

	for (let s = 0; s < n; s++) {
		if (index[s] !== -1) continue;
		index[s] = low[s] = counter++;
		stack[sp++] = s;
		onStack[s] = 1;
		callNode[csp] = s;
		callEdge[csp++] = start[s];
		while (csp > 0) {
			const v = callNode[csp - 1];
			if (callEdge[csp - 1] < start[v + 1]) {
				const w = adj[callEdge[csp - 1]++];
				if (index[w] === -1) {
					index[w] = low[w] = counter++;
					stack[sp++] = w;
					onStack[w] = 1;
					callNode[csp] = w;
					callEdge[csp++] = start[w];
				} else if (onStack[w] && index[w] < low[v]) {
					low[v] = index[w];
				}
				continue;
			}
			csp--;
			if (low[v] === index[v]) {
				compStartList.push(op);
				let w: number;
				do {
					w = stack[--sp];
					onStack[w] = 0;
					comp[w] = count;
					order[op++] = w;
				} while (w !== v);
				count++;
			}
			if (csp > 0) {
				const u = callNode[csp - 1];
				if (low[v] < low[u]) low[u] = low[v];
			}
		}
	}

	compStartList.push(n);
	const compStart = Int32Array.from(compStartList);
	const cyclic = new Uint8Array(count);
	for (let c = 0; c < count; c++) {
		if (compStart[c + 1] - compStart[c] > 1) {
			cyclic[c] = 1;
			continue;
		}
		const v = order[compStart[c]];
		for (let e = start[v]; e < start[v + 1]; e++) {
			if (adj[e] === v) cyclic[c] = 1;
		}
	}
	return { comp, count, order, compStart, cyclic };
}
