/** The phones-in-class fixture debate (tests/fixtures/arguments), loaded from disk for unit tests. */
import { join } from 'node:path';
import { loadDebates } from '$lib/validate/node.server';
import { buildGraph } from '$lib/model/graph';
import type { Debate } from '$lib/model/types';

export function phonesDebate() {
	const { debates, problems } = loadDebates(join(process.cwd(), 'tests/fixtures/arguments'));
	const debate: Debate | undefined = debates.find((d) => d.id === 'phones-in-class');
	if (!debate)
		throw new Error(`the fixture debate phones-in-class did not load: ${JSON.stringify(problems)}`);
	return { debate, graph: buildGraph(debate) };
}
