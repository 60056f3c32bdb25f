/**
 * Smoke tests: the only end-to-end tests that read the bundled debate (tagged @bundled; the
 * map's and the brief's are in map.spec.ts and prep.spec.ts). One per page type, each asking
 * only what any real debate must give: the page opens, hydrates, shows its parts, passes
 * axe-core, and logs no error. Behaviour is tested on the fixture debates, so a data pull
 * request can break only these, and only when the page itself breaks.
 * Run just these with `npx playwright test --grep @bundled`.
 */
import { test, expect, DEBATE, axeViolations } from './fixtures';

async function firstClaim(page: import('@playwright/test').Page): Promise<string> {
	const { claims } = await (await page.request.get(`/${DEBATE}/ids.json`)).json();
	const ids: string[] = claims.map((c: { id: string }) => c.id);
	expect(ids.length).toBeGreaterThan(1);
	return ids.find((id) => id !== 'resolution')!;
}

test('smoke @bundled: the home page lists the bundled debate and links to its map', async ({
	page
}) => {
	await page.goto('/');
	const item = page.locator('.debates li', { has: page.locator(`a[href$="/${DEBATE}"]`) });
	await expect(item.locator('.meta')).toHaveText(/^[1-9]\d* claims · [1-9]\d* sources$/);
	expect(await axeViolations(page)).toEqual([]);
	await item.locator('h2 a').click();
	await expect(page).toHaveURL(new RegExp(`/${DEBATE}$`));
	await expect(page.locator('.map[data-ready="true"]')).toBeVisible();
});

test('smoke @bundled: a claim page shows its text, its chain and its status', async ({ page }) => {
	const id = await firstClaim(page);
	expect((await page.goto(`/${DEBATE}/claims/${id}`))?.status()).toBe(200);
	await expect(page.locator('h1')).not.toBeEmpty();
	await expect(page.getByRole('region', { name: 'Chain to the resolution' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Status' })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

for (const [name, path, heading] of [
	['the side chooser', 'prep', /^Prepare/],
	['a side’s preparation', 'prep/against', /^Prepare: /],
	['the drill', 'prep/for/drill', /\S/],
	['how status is computed', 'prep/status', 'How status is computed'],
	['the propose form', 'propose', 'Propose a reply']
] as const)
	test(`smoke @bundled: ${name} opens`, async ({ page }) => {
		expect((await page.goto(`/${DEBATE}/${path}`))?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		expect(await axeViolations(page)).toEqual([]);
	});
