/**
 * The subtree exports in the browser: the debate's Crux JSON is fetched when a reader first
 * asks (never on the first paint), statuses computed as the site computes them, then
 * subtree.ts writes the outline. One fetch per debate per page.
 */
import { buildGraph } from '$lib/model/graph';
import { debateStatus } from '$lib/evaluate/debate-status';
import { debateFromCruxJson, subtreeArgdown, subtreeMarkdown, type SubtreeInput } from './subtree';

const loaded = new Map<string, Promise<Omit<SubtreeInput, 'href'>>>();

function load(jsonUrl: string) {
	let p = loaded.get(jsonUrl);
	if (!p) {
		p = fetch(jsonUrl).then(async (r) => {
			if (!r.ok) throw new Error(`the debate could not be fetched (${r.status})`);
			const debate = debateFromCruxJson(await r.json());
			const graph = buildGraph(debate);
			return { debate, graph, status: debateStatus(debate, graph) };
		});
		p.catch(() => loaded.delete(jsonUrl));
		loaded.set(jsonUrl, p);
	}
	return p;
}

export type SubtreeFormat = 'markdown' | 'argdown';

export async function subtreeText(
	jsonUrl: string,
	claim: string,
	format: SubtreeFormat,
	href: (id: string) => string
): Promise<string> {
	const input = { ...(await load(jsonUrl)), href };
	if (!Object.hasOwn(input.debate.claims, claim)) throw new Error(`there is no claim “${claim}”`);
	return format === 'markdown' ? subtreeMarkdown(input, claim) : subtreeArgdown(input, claim);
}
