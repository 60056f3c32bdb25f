/**
 * Shared end-to-end fixtures: `page.goto` and `page.reload` return only once the app is
 * hydrated (the root layout sets `body.started` in onMount, as in SvelteKit's own suite), so
 * no test waits on `readyState` or `networkidle`; every test fails on a console error or an
 * uncaught page error; and map helpers read what the canvas draws through the small read-only surface
 * DebateMap puts on its element (`cruxMap`), never through Cytoscape's internals.
 */
import { test as base, expect, type Page, type Response } from '@playwright/test';

/**
 * The bundled debate: labelled smoke tests only ("smoke @bundled: …", in smoke.spec.ts and one
 * each in map.spec.ts and prep.spec.ts), so a data change cannot break a behaviour test.
 * Behaviour tests use FIXTURE, or a fixture debate of their own under tests/fixtures/arguments/.
 */
export const DEBATE = 'japan-taiwan';
/** The made-up debate behaviour tests run against (tests/fixtures/arguments/four-day-week). */
export const FIXTURE = 'four-day-week';

/**
 * Waits until the app has hydrated the page: its event handlers are attached and onMount has
 * run. Call it after a navigation that is not `page.goto`/`page.reload` (a full-page link, a
 * form post); those two already wait. A response that is not HTML (JSON, a download) has no app.
 */
export async function started(page: Page, response?: Response | null): Promise<void> {
	if (response && !/text\/html/.test(response.headers()['content-type'] ?? '')) return;
	await page.locator('body.started').waitFor({ state: 'attached' });
}

export const test = base.extend<{ consoleErrors: string[] }>({
	page: async ({ page }, use) => {
		const goto = page.goto.bind(page);
		const reload = page.reload.bind(page);
		page.goto = async (url, options) => {
			const response = await goto(url, options);
			await started(page, response);
			return response;
		};
		page.reload = async (options) => {
			const response = await reload(options);
			await started(page, response);
			return response;
		};
		await use(page);
	},
	consoleErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('console', (msg) => {
				if (msg.type() === 'error') errors.push(msg.text());
			});
			page.on('pageerror', (err) => errors.push(String(err)));
			await use(errors);
			expect(errors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

export async function openMap(page: Page, query = '', debate = FIXTURE) {
	await page.goto(`/${debate}${query}`);
	await expect(page.locator('.map[data-ready="true"]')).toBeVisible();
	await settled(page);
}

/** What the canvas says it draws, through the map's own test surface (no Cytoscape internals). */
export interface DrawnNode {
	id: string;
	of?: string;
	/** mark: a joint bar or an undercut's ring (views/map/structure-drawing.ts). */
	kind: 'claim' | 'band' | 'strip' | 'mark';
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	inView: boolean;
	text: string;
	fontPx: number;
	classes: string;
}

export async function drawn(page: Page): Promise<DrawnNode[]> {
	return page.evaluate(() => {
		const el = document.querySelector('.map') as HTMLElement & {
			cruxMap: { nodes(): unknown[] };
		};
		return el.cruxMap.nodes() as never;
	});
}

/** The relations the canvas draws, with their ends and classes. */
export async function drawnEdges(
	page: Page
): Promise<Array<{ id: string; source: string; target: string; classes: string }>> {
	return page.evaluate(() => {
		const el = document.querySelector('.map') as HTMLElement & {
			cruxMap: { edges(): unknown[] };
		};
		return el.cruxMap.edges() as never;
	});
}

/** Waits until the map has stopped moving itself (framing animates for under 300 ms). */
export async function settled(page: Page) {
	await page.waitForFunction(
		() => document.querySelector('.map')?.getAttribute('data-moving') !== 'true'
	);
	await page.evaluate(
		() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
	);
}

/** Where a claim's card is on screen, in page coordinates. */
export async function nodeScreenPosition(page: Page, id: string) {
	const pos = await page.evaluate((id) => {
		const el = document.querySelector('.map') as HTMLElement & {
			cruxMap: { renderedCentre(id: string): { x: number; y: number } | null };
		};
		return el.cruxMap.renderedCentre(id);
	}, id);
	expect(pos, `${id} is drawn`).not.toBeNull();
	return pos!;
}

export async function mapClasses(page: Page, id: string): Promise<string[]> {
	const node = (await drawn(page)).find((n) => n.id === id);
	return node ? node.classes.split(' ') : [];
}

/** Runs axe-core in the page; returns each violation as "rule: targets" (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
	return page.evaluate(async () => {
		// @ts-expect-error axe is injected above
		const result = await window.axe.run(document, { resultTypes: ['violations'] });
		return result.violations.map(
			(v: { id: string; nodes: Array<{ target: string[] }> }) =>
				`${v.id}: ${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 3)
					.join(' | ')}`
		);
	});
}
