/**
 * The resolution's card shows its verdict with the statuses, as every other card does (review
 * 1, finding 8): the payload carries its status, and the layout gives it a band for the word.
 */
import { describe, expect, it } from 'vitest';
import { mapDebate, mapModel } from '$lib/testing/map-model';
import { buildGraph } from '$lib/model/graph';
import { debateStatus } from '$lib/evaluate/debate-status';
import { decodeMapPayload, encodeMapPayload } from './payload';
import { DEFAULT_EXPANSION, disclose } from './disclosure';
import { layoutTree } from './tree-layout';

describe('the resolution’s verdict on the map', () => {
	const model = mapModel(mapDebate());

	it('is in the payload', () => {
		const debate = mapDebate();
		const graph = buildGraph(debate);
		const m = decodeMapPayload(encodeMapPayload(debate, graph, debateStatus(debate, graph)));
		expect(m.payload.status[m.index.get('thesis')!]).toMatch(
			/^(unchallenged|answered|unanswered|clash|contested)$/
		);
	});

	it('has a band on the resolution’s card, saying only the verdict, with the statuses off too', () => {
		const d = disclose({ model, passes: null, expansion: DEFAULT_EXPANSION });
		const words = layoutTree(model, d, { statusWord: (i) => `WORD${i}` });
		const thesis = words.nodes.find((n) => n.id === 'thesis')!;
		expect(thesis.bandHeight).toBeGreaterThan(0);
		expect(thesis.statusBand).toBe(`WORD${model.index.get('thesis')}`);
		// Statuses off, the band says it all the same (review 2, finding 5).
		expect(thesis.band).toBe(`WORD${model.index.get('thesis')}`);
		// Other cards keep their side and speaker, the word only with the statuses on.
		const other = words.nodes.find((n) => n.id !== 'thesis')!;
		expect(other.band).not.toMatch(/WORD/);
		expect(other.statusBand).toBe(`WORD${other.i} · ${other.band}`);
		// Without statuses the card is as before: no band.
		const none = layoutTree(model, d, {}).nodes.find((n) => n.id === 'thesis')!;
		expect(none.bandHeight).toBe(0);
	});
});
