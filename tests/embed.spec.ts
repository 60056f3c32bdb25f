/**
 * Taking the map anywhere: the embed in an <iframe> on a plain page (no site chrome, a claim
 * selected inside it, links to the full site in a new tab), a link to one claim with its chain
 * and replies, no more JavaScript than the map page; the subtree outline from the panel and the
 * claim page; the QR code in projector mode. On the fixture debate school-phones.
 */
import { readFileSync } from 'node:fs';
import { test, expect, openMap, settled, axeViolations } from './fixtures';
import type { Frame, Page } from '@playwright/test';

const DEBATE = 'school-phones';

async function hostPage(page: Page, query = ''): Promise<Frame> {
	const origin = new URL(test.info().project.use.baseURL!).origin;
	await page.setViewportSize({ width: 1100, height: 800 });
	await page.setContent(
		`<!doctype html><html><body><h1>Our class page</h1><p>The map we argued over:</p>` +
			`<iframe src="${origin}/embed/${DEBATE}${query}" title="Phones in school: argument map" width="900" height="560" style="border:1px solid #ccc"></iframe></body></html>`
	);
	const frame = page.frame({ url: /\/embed\// })!;
	await expect(frame.locator('.map[data-ready="true"]')).toBeVisible();
	await frame.waitForFunction(
		() => document.querySelector('.map')?.getAttribute('data-moving') !== 'true'
	);
	return frame;
}

/** Where a claim's card is, in the host page's coordinates. */
async function cardInHost(page: Page, frame: Frame, id: string) {
	const inFrame = await frame.evaluate((id) => {
		const el = document.querySelector('.map') as HTMLElement & {
			cruxMap: { renderedCentre(id: string): { x: number; y: number } | null };
		};
		return el.cruxMap.renderedCentre(id);
	}, id);
	expect(inFrame, `${id} is drawn`).not.toBeNull();
	const box = (await page.locator('iframe').boundingBox())!;
	return { x: box.x + 1 + inFrame!.x, y: box.y + 1 + inFrame!.y };
}

test('the embed sits in a plain page’s iframe, and a claim is selected inside it', async ({
	page,
	context
}) => {
	const frame = await hostPage(page);
	// No site chrome: neither the site's header nor its skip link.
	await expect(frame.locator('header.site')).toHaveCount(0);
	await expect(frame.locator('.embed .top')).toContainText('Phones in school (test fixture)');
	await expect(frame.locator('.selected')).toContainText('Select a card');

	const at = await cardInHost(page, frame, 'parents-need-contact');
	await page.mouse.click(at.x, at.y);
	const strip = frame.locator('.selected');
	await expect(strip).toHaveAttribute('data-selected', 'parents-need-contact');
	await expect(strip).toContainText('Parents need contact');
	await expect(strip).toContainText('Tom Reyes');
	await expect(strip).toContainText('Falls');
	// The host page's history is left alone: the frame's address is replaced, not pushed.
	expect(await page.evaluate(() => history.length)).toBe(1);

	// Links open the full site, in a new tab.
	const open = frame.getByRole('link', { name: /^Read it in full/ });
	await expect(open).toHaveAttribute('href', /\/school-phones\?claim=parents-need-contact$/);
	const [tab] = await Promise.all([context.waitForEvent('page'), open.click()]);
	await tab.waitForLoadState('domcontentloaded');
	expect(new URL(tab.url()).pathname).toBe(`/${DEBATE}`);
	expect(new URL(tab.url()).searchParams.get('claim')).toBe('parents-need-contact');
	await tab.close();
});

test('the embed page has no accessibility violations (axe-core)', async ({ page }) => {
	await page.goto(`/embed/${DEBATE}?claim=parents-need-contact`);
	await expect(page.locator('.map[data-ready="true"]')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('a link to one claim opens the embed on its chain and replies', async ({ page }) => {
	const frame = await hostPage(page, '?claim=school-laptops-do-research');
	await expect(frame.locator('.selected')).toHaveAttribute(
		'data-selected',
		'school-laptops-do-research'
	);
	const inView = await frame.evaluate(() => {
		const el = document.querySelector('.map') as HTMLElement & {
			cruxMap: { nodes(): Array<{ id: string; inView: boolean; kind: string }> };
		};
		return el.cruxMap
			.nodes()
			.filter((n) => n.kind === 'claim' && n.inView)
			.map((n) => n.id);
	});
	expect(inView).toEqual(
		expect.arrayContaining([
			'resolution',
			'phones-help-with-research',
			'school-laptops-do-research'
		])
	);
});

test('the embed ships no more JavaScript than the map page', async ({ page }) => {
	const scripts = async (path: string) => {
		const seen = new Map<string, number>();
		const on = async (r: import('@playwright/test').Response) => {
			if (r.request().resourceType() === 'script' || /\.js(\?|$)/.test(r.url()))
				seen.set(r.url(), (await r.body()).length);
		};
		page.on('response', on);
		await page.goto(path);
		await expect(page.locator('.map[data-ready="true"]')).toBeVisible();
		await settled(page);
		page.off('response', on);
		return [...seen.values()].reduce((a, b) => a + b, 0);
	};
	const map = await scripts(`/${DEBATE}`);
	const embed = await scripts(`/embed/${DEBATE}`);
	expect(embed).toBeGreaterThan(0);
	expect(embed).toBeLessThanOrEqual(map);
});

test('a claim’s subtree leaves as a Markdown outline and as Argdown, from the panel and the claim page', async ({
	page
}) => {
	await openMap(page, '?claim=phones-help-with-research', DEBATE);
	const panel = page.getByRole('complementary', { name: 'Selected claim' });
	const group = panel.getByRole('group', { name: 'This claim and its replies:' });
	const [md] = await Promise.all([
		page.waitForEvent('download'),
		group.getByRole('button', { name: 'Outline (Markdown)' }).click()
	]);
	expect(md.suggestedFilename()).toBe('phones-help-with-research.md');
	const text = readFileSync((await md.path())!, 'utf8');
	expect(text.split('\n')[0]).toBe('# Phones help with research');
	expect(text).toContain(
		'  - Attacks it: **Laptops do the research** (For · Maya Chen · Unchallenged)'
	);
	expect(text).toMatch(
		/\(\[claim page\]\(http:\/\/127\.0\.0\.1:\d+\/school-phones\/claims\/phones-help-with-research\)\)/
	);

	await page.goto(`/${DEBATE}/claims/phones-help-with-research`);
	const [ad] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Argdown' }).click()
	]);
	expect(ad.suggestedFilename()).toBe('phones-help-with-research.argdown');
	expect(readFileSync((await ad.path())!, 'utf8')).toContain(
		"  <- [school-laptops-do-research]: The school's laptops do the research a phone would do."
	);
});

test('projector mode shows a QR code of the selected claim’s address', async ({ page }) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await openMap(page, '?claim=parents-need-contact&present=1', DEBATE);
	const qr = page.getByRole('button', { name: 'QR code for phones' });
	await expect(qr).toBeVisible();
	await qr.click();
	const dialog = page.getByRole('dialog', { name: 'Open this claim on your phone' });
	await expect(dialog).toBeVisible();
	const code = dialog.getByRole('img', { name: /^QR code of / });
	await expect(code).toHaveAttribute(
		'data-url',
		/^http:\/\/127\.0\.0\.1:\d+\/school-phones\/claims\/parents-need-contact$/
	);
	const box = (await code.boundingBox())!;
	expect(box.width).toBeGreaterThan(400);
	await expect(code.locator('path')).toHaveAttribute('d', /^M\d+ \d+h\d+v1h-\d+z/);
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
});
