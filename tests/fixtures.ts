/**
 * Shared end-to-end fixtures: every test fails on a console error or an uncaught page
 * error, and helpers reach the Cytoscape instance the way Cytoscape itself registers it
 * on its container (no test hooks in the app).
 */
import { test as base, expect, type Page } from '@playwright/test';

export const DEBATE = 'japan-taiwan';

export const test = base.extend<{ consoleErrors: string[] }>({
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

export async function openMap(page: Page, query = '') {
	await page.goto(`/${DEBATE}${query}`);
	await expect(page.locator('.map[data-ready="true"]')).toBeVisible();
}

/** Where a claim's node is on screen, in page coordinates. */
export async function nodeScreenPosition(page: Page, id: string) {
	return page.evaluate((id) => {
		const el = document.querySelector('.map') as HTMLElement & {
			_cyreg: { cy: import('cytoscape').Core };
		};
		const cy = el._cyreg.cy;
		const node = cy.getElementById(id);
		cy.center(node);
		const p = node.renderedPosition();
		const r = el.getBoundingClientRect();
		return { x: r.left + p.x, y: r.top + p.y };
	}, id);
}

export async function mapClasses(page: Page, id: string): Promise<string[]> {
	return page.evaluate((id) => {
		const el = document.querySelector('.map') as HTMLElement & {
			_cyreg: { cy: import('cytoscape').Core };
		};
		return el._cyreg.cy.getElementById(id).classes();
	}, id);
}

export async function hiddenOnMap(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const el = document.querySelector('.map') as HTMLElement & {
			_cyreg: { cy: import('cytoscape').Core };
		};
		return el._cyreg.cy.nodes('.filtered').map((n) => n.id());
	});
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
