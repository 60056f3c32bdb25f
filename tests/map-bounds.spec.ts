/**
 * The map keeps to its screen, on the fixture debate: the page never grows taller than the
 * window (so the wheel never scrolls the app away), wheel panning stops at the content's
 * edge and the key says how to zoom, and the overview's name tag never covers its header.
 */
import type { Page } from '@playwright/test';
import { test, expect, openMap, drawn, settled } from './fixtures';

const canvas = (page: Page) => page.getByRole('region', { name: /Argument map of/ });

test('with a claim selected the page is no taller than the window, and the wheel never scrolls it', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	// The resolution's panel and the outline both run far below the window.
	await openMap(page, '?claim=resolution');
	const height = () =>
		page.evaluate(() => ({ doc: document.documentElement.scrollHeight, win: innerHeight }));
	const h = await height();
	expect(h.doc).toBeLessThanOrEqual(h.win);
	await page.getByRole('button', { name: 'Overview of the whole debate' }).click();
	await expect(page.locator('.overview.open')).toBeVisible();
	const box = (await canvas(page).boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	for (let i = 0; i < 3; i++) await page.mouse.wheel(0, 300);
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
	expect(await page.evaluate(() => scrollY)).toBe(0);
});

test('the wheel pans the map no further than its content, and the key says how to zoom', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openMap(page, '?claim=pilot-was-one-term');
	const box = (await canvas(page).boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	for (const [dx, dy] of [
		[0, 300],
		[0, -300],
		[300, 0],
		[-300, 0]
	]) {
		// Ten notches one way: a newcomer wheeling to zoom out.
		for (let i = 0; i < 10; i++) await page.mouse.wheel(dx, dy);
		await settled(page);
		const cards = (await drawn(page)).filter((n) => n.kind === 'claim');
		const shown = cards.filter(
			(n) => n.x2 > 40 && n.x1 < box.width - 40 && n.y2 > 40 && n.y1 < box.height - 40
		);
		expect(shown.length, `cards on the canvas after wheeling ${dx},${dy}`).toBeGreaterThan(0);
	}
	await expect(page.locator('.legend')).toContainText('Ctrl+wheel');
});

test('the overview’s name tag never covers its header or the way back', async ({ page }) => {
	for (const [width, height] of [
		[1280, 720],
		[1366, 768]
	]) {
		await page.setViewportSize({ width, height });
		await openMap(page);
		// Zooming out with the − button past the farthest zoom opens the overview, the keyboard
		// (and its name tag) on the resolution's mark.
		const overview = page.locator('.overview.open');
		for (let i = 0; i < 8 && !(await overview.isVisible()); i++)
			await page.getByRole('button', { name: 'Zoom out' }).click();
		await expect(overview).toBeVisible();
		const name = page.locator('.overview .name');
		await expect(name).toBeVisible();
		const tag = (await name.boundingBox())!;
		for (const el of [
			page.getByRole('button', { name: 'Back to the map' }),
			page.locator('.overview .head p'),
			page.locator('.overview h2')
		]) {
			const b = (await el.boundingBox())!;
			const overlap =
				tag.x < b.x + b.width &&
				b.x < tag.x + tag.width &&
				tag.y < b.y + b.height &&
				b.y < tag.y + tag.height;
			expect(overlap, `name tag over ${await el.textContent()}`).toBe(false);
		}
		// Hovering a mark near the top of the rings puts the tag below it, still clear of the header.
		const top = await page.evaluate(() => {
			let best: { id: string; y: number } | null = null;
			for (const m of document.querySelectorAll<SVGElement>('.overview [data-claim]')) {
				const r = m.getBoundingClientRect();
				if (r.width && (!best || r.top < best.y)) best = { id: m.dataset.claim!, y: r.top };
			}
			return best!.id;
		});
		await page.locator(`.overview [data-claim="${top}"]`).hover();
		const head = (await page.locator('.overview .head').boundingBox())!;
		const tag2 = (await name.boundingBox())!;
		expect(tag2.y).toBeGreaterThanOrEqual(head.y + head.height - 1);
		await page.keyboard.press('Escape');
	}
});
