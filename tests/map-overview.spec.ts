/**
 * The overview of the whole debate, on the fixture debate: one mark per claim, named on
 * hover and focus, a click or Enter selects the claim on the map; zooming out past the
 * farthest legible zoom opens it, zooming in closes it; it downloads as a picture.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openMap, settled, mapClasses, FIXTURE } from './fixtures';

/** The overview, open. (Closed, it stays laid out but transparent and inert, behind the map.) */
const overview = (page: Page) => page.locator('.overview.open');
const marks = (page: Page) => page.locator('.overview [data-claim]');

async function claimCount(page: Page): Promise<number> {
	const res = await page.request.get(`/${FIXTURE}/ids.json`);
	return ((await res.json()) as { claims: unknown[] }).claims.length;
}

test('the overview has one mark per claim; a click on a mark selects it on the map', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openMap(page, '?claim=short-days-were-tried');
	await page.getByRole('button', { name: 'Overview of the whole debate' }).click();
	await expect(overview(page)).toBeVisible();
	await expect(marks(page)).toHaveCount(await claimCount(page));
	// The selection's chain is outlined.
	await expect(page.locator('.overview .chain path')).not.toHaveCount(0);
	// Hovering a mark names it.
	const mark = page.locator('.overview [data-claim="childcare-burden"]');
	await mark.hover();
	await expect(page.locator('.overview .name')).toContainText(
		'Families must find childcare — Against the resolution'
	);
	await mark.click();
	await expect(overview(page)).toBeHidden();
	// Closed, it takes neither the pointer nor the keyboard, and screen readers skip it.
	await expect(page.locator('.overview')).toHaveAttribute('inert', '');
	await expect(page).toHaveURL(/claim=childcare-burden/);
	await settled(page);
	expect(await mapClasses(page, 'childcare-burden')).toContain('selected');
});

test('keyboard only: zoom out into the overview, pick a claim, and trace its chain on the map', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openMap(page);
	await page.getByRole('region', { name: /Argument map of/ }).focus();
	// Zooming out never does nothing: past the farthest legible zoom comes the overview.
	for (let i = 0; i < 8 && !(await overview(page).isVisible()); i++) await page.keyboard.press('[');
	await expect(overview(page)).toBeVisible();
	// The keyboard is on the resolution's mark; Down goes out to the first line, Right round.
	await expect(page.locator('.overview [data-claim="resolution"]')).toBeFocused();
	await page.keyboard.press('ArrowDown');
	const first = page.locator('.overview [data-claim]:focus');
	await expect(first).toHaveAttribute('aria-label', /the resolution/);
	await page.keyboard.press('ArrowLeft');
	const id = await page.locator('.overview [data-claim]:focus').getAttribute('data-claim');
	expect(id).toBeTruthy();
	await page.keyboard.press('Enter');
	await expect(overview(page)).toBeHidden();
	await expect(page).toHaveURL(new RegExp(`claim=${id}`));
	// The map has the keyboard: the arrows trace on from the chosen claim.
	await expect(page.getByRole('region', { name: /Argument map of/ })).toBeFocused();
	const before = page.url();
	await page.keyboard.press('ArrowDown');
	await expect(page).not.toHaveURL(before);
	// Zooming in from the overview goes back to the map.
	for (let i = 0; i < 8 && !(await overview(page).isVisible()); i++) await page.keyboard.press('[');
	await page.keyboard.press(']');
	await expect(overview(page)).toBeHidden();
	await expect(page.getByRole('region', { name: /Argument map of/ })).toBeFocused();
});

test('the overview downloads as a picture with a mark for every claim', async ({ page }) => {
	await openMap(page);
	await page.locator('summary', { hasText: 'More' }).click();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'The overview of the whole debate as SVG' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe(`${FIXTURE}-map-overview.svg`);
	const svg = readFileSync((await file.path())!, 'utf8');
	expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
	expect(svg.match(/data-claim=/g)).toHaveLength(await claimCount(page));
	const png = page.waitForEvent('download');
	await page.getByRole('button', { name: 'The overview of the whole debate as PNG' }).click();
	expect((await png).suggestedFilename()).toBe(`${FIXTURE}-map-overview.png`);
});

test('the printed map page carries the overview', async ({ page }) => {
	await openMap(page);
	await expect(marks(page)).not.toHaveCount(0);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.overview svg')).toBeVisible();
	const box = (await page.locator('.overview svg').boundingBox())!;
	expect(box.width).toBeGreaterThan(300);
});
