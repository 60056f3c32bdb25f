/**
 * Locators stay honest: "Self, para. 3" must point at the paragraph a reader holding the
 * published piece counts as Self's third, and that paragraph must contain the quote. The
 * paragraphs are rebuilt from the captured source texts in the shared folder (never part of
 * the repository), so the test runs where that folder is: `CRUX_SHARED`, by default
 * `<repo>/../shared`. Elsewhere it is skipped, saying so.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDebateDir, validateDebateFiles } from '../../src/lib/validate/node.server';
import { containsQuote, normalizeQuote } from '../../src/lib/validate/check-quotes';
import type { Debate } from '../../src/lib/model/types';
import { paragraphIndex, parseLocator, SOURCE_LAYOUTS } from './paragraphs';

const ROOT = join(import.meta.dirname, '..', '..');
const SHARED = resolve(process.env.CRUX_SHARED ?? join(ROOT, '..', 'shared'));
const TEXTS = join(SHARED, 'sources');
const available = existsSync(TEXTS);
if (!available)
	console.warn(
		`locators.test.ts: skipped, no captured source texts in ${TEXTS} (set CRUX_SHARED to the folder that holds sources/)`
	);

function debates(): Debate[] {
	const dir = join(ROOT, 'arguments');
	return readdirSync(dir, { withFileTypes: true })
		.filter((e) => e.isDirectory() && !e.name.startsWith('.'))
		.map((e) => {
			const r = validateDebateFiles(readDebateDir(join(dir, e.name)));
			if (!r.debate) throw new Error(`arguments/${e.name} does not load; run npm run validate`);
			return r.debate;
		});
}

describe.skipIf(!available)('locators against the published paragraphs', () => {
	const index = new Map<string, Map<string, string[]>>();
	const load = (id: string) => {
		if (!index.has(id))
			index.set(
				id,
				paragraphIndex(readFileSync(join(TEXTS, `${id}.txt`), 'utf8'), SOURCE_LAYOUTS[id])
			);
		return index.get(id)!;
	};

	it('every captured text has a layout, and each part has the paragraphs a reader counts', () => {
		const texts = readdirSync(TEXTS)
			.filter((f) => f.endsWith('.txt'))
			.map((f) => f.slice(0, -4));
		expect(texts.filter((id) => !SOURCE_LAYOUTS[id])).toEqual([]);
		for (const id of texts) {
			const parts = load(id);
			for (const part of SOURCE_LAYOUTS[id].parts)
				expect(parts.get(part.name ?? '')?.length, `${id} ${part.name ?? ''}`).toBe(
					part.paragraphs
				);
		}
	});

	it('a source lists the parts its layout has, in the same order', () => {
		for (const d of debates())
			for (const [id, source] of Object.entries(d.sources)) {
				const layout = SOURCE_LAYOUTS[id];
				if (!layout || !existsSync(join(TEXTS, `${id}.txt`))) continue;
				const named = layout.parts.map((p) => p.name).filter(Boolean);
				expect(source.parts ?? [], id).toEqual(named);
			}
	});

	it("every locator's paragraph contains its quote", () => {
		const wrong: string[] = [];
		let checked = 0;
		for (const d of debates())
			for (const claim of Object.values(d.claims))
				for (const ev of claim.evidence ?? []) {
					if (!SOURCE_LAYOUTS[ev.source] || !existsSync(join(TEXTS, `${ev.source}.txt`))) continue;
					const where = `${d.id}/${claim.id}: ${ev.source} "${ev.locator}"`;
					const loc = parseLocator(ev.locator);
					const paras = loc && load(ev.source).get(loc.part);
					if (!loc || !paras) {
						wrong.push(
							`${where}: not a locator of this source's form ("para. N" or "<part>, para. N")`
						);
						continue;
					}
					checked++;
					const text = paras[loc.paragraph - 1];
					if (
						text === undefined ||
						!containsQuote(normalizeQuote(text), normalizeQuote(ev.quote))
					) {
						const at = paras.findIndex((p) =>
							containsQuote(normalizeQuote(p), normalizeQuote(ev.quote))
						);
						wrong.push(
							`${where}: the quote is not in that paragraph${at >= 0 ? `; it is in para. ${at + 1}` : ''}`
						);
					}
				}
		expect(wrong).toEqual([]);
		expect(checked).toBeGreaterThan(0);
	});
});
