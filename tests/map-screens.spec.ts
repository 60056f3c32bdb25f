/**
 * The map on a projector, a phone and from the keyboard, on the fixture debate: projector
 * steps stay framed with their chain and whole text; a drag that starts on a card pans on
 * a touch screen; the column view scrolls with the page; the canvas focus ring keeps its
 * contrast with a selection; Enter in search hands the map the keyboard; Escape closes
 * the Filter and More menus from inside them.
 */
import type { Page } from '@playwright/test';
import { test, expect, openMap, drawn, settled, nodeScreenPosition } from './fixtures';

const canvas = (page: Page) => page.getByRole('region', { name: /Argument map of/ });

/** The chain from a claim up to the resolution, by the map's outline (selection first). */
const CHAIN = [
	'pilot-was-one-term',
	'short-days-were-tried',
	'play-is-still-a-long-day',
	'youngest-get-short-days',
	'long-days-tire-young-pupils',
	'longer-days-keep-teaching-time',
	'resolution'
];

async function expectFramed(page: Page, ids: string[]) {
	const box = (await canvas(page).boundingBox())!;
	const nodes = await drawn(page);
	const wrong: string[] = [];
	for (const id of ids) {
		const n = nodes.find((x) => x.id === id);
		if (!n) wrong.push(`${id} not drawn`);
		else {
			if (n.x1 < -1 || n.y1 < -1 || n.x2 > box.width + 1 || n.y2 > box.height + 1)
				wrong.push(`${id} outside the canvas`);
			if (n.text.endsWith('…')) wrong.push(`${id} cut: ${n.text}`);
			if (n.fontPx < 24) wrong.push(`${id} at ${n.fontPx.toFixed(1)} px`);
		}
	}
	expect(wrong).toEqual([]);
}

test('projector: each arrow step frames the stepped claim with its chain, text whole', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await openMap(page, '?present=1&claim=short-days-were-tried');
	await expectFramed(page, CHAIN.slice(1));
	await canvas(page).focus();
	// Toward the resolution, one step at a time, and out again.
	for (let k = 2; k < CHAIN.length; k++) {
		// The chain runs on the For side's line: toward the resolution is Right.
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(new RegExp(`claim=${CHAIN[k]}(&|$)`));
		await settled(page);
		await expectFramed(page, CHAIN.slice(k));
	}
	await page.keyboard.press('ArrowLeft');
	await settled(page);
	const now = new URL(page.url()).searchParams.get('claim')!;
	await expectFramed(page, [now, 'resolution']);
});

test('on a touch screen a drag that starts on a card pans the map', async ({ browser }) => {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true
	});
	const page = await context.newPage();
	await openMap(page, '?depth=2');
	const id = 'rested-pupils-learn-more';
	const start = await nodeScreenPosition(page, id);
	const cdp = await context.newCDPSession(page);
	const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
		cdp.send('Input.dispatchTouchEvent', {
			type,
			touchPoints: type === 'touchEnd' ? [] : [{ x, y }]
		});
	await touch('touchStart', start.x, start.y);
	for (let k = 1; k <= 10; k++) await touch('touchMove', start.x, start.y - 12 * k);
	await touch('touchEnd', start.x, start.y - 120);
	await settled(page);
	const end = await nodeScreenPosition(page, id);
	expect(end.y).toBeLessThan(start.y - 60);
	// A drag is not a tap: nothing was selected.
	expect(page.url()).not.toMatch(/claim=/);
	await context.close();
});

test('on a phone the column view scrolls with the page, not inside it', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/four-day-week?view=columns&claim=resolution');
	const columns = page.locator('section.columns');
	await expect(columns).toBeVisible();
	const inner = await columns.evaluate((el) => el.scrollHeight - el.clientHeight);
	expect(inner).toBeLessThanOrEqual(1);
	const page1 = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
	expect(page1).toBeGreaterThan(0);
});

test('the canvas focus ring keeps its contrast while a claim is selected', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openMap(page, '?claim=childcare-burden');
	await canvas(page).focus();
	await page.keyboard.press('ArrowDown'); // keyboard focus, so :focus-visible
	await settled(page);
	const box = (await canvas(page).boundingBox())!;
	const shot = await page.screenshot({
		clip: { x: box.x, y: box.y + box.height / 2, width: 8, height: 2 }
	});
	const [r, g, b] = await page.evaluate(async (data) => {
		const img = new Image();
		img.src = `data:image/png;base64,${data}`;
		await img.decode();
		const c = document.createElement('canvas');
		c.width = img.width;
		c.height = img.height;
		const x = c.getContext('2d')!;
		x.drawImage(img, 0, 0);
		return [...x.getImageData(1, 0, 1, 1).data];
	}, shot.toString('base64'));
	// Contrast of the ring's colour against the canvas background (#fbfbfd).
	const lum = (v: number) => {
		const s = v / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	const L = 0.2126 * lum(r) + 0.7152 * lum(g) + 0.0722 * lum(b);
	const bg = 0.2126 * lum(251) + 0.7152 * lum(251) + 0.0722 * lum(253);
	expect((bg + 0.05) / (L + 0.05), `ring rgb(${r},${g},${b})`).toBeGreaterThanOrEqual(3);
});

test('Enter in search gives the map the keyboard on the chosen claim', async ({ page }) => {
	await openMap(page);
	await page.keyboard.press('/');
	await page.keyboard.type('play-time trial');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/claim=pilot-was-one-term/);
	await expect(canvas(page)).toBeFocused();
	// The arrows go on along the chain from there.
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/claim=short-days-were-tried/);
});

test('Escape closes the Filter and More menus from inside them', async ({ page }) => {
	await openMap(page);
	const filter = page.locator('details.filters');
	await page.locator('summary', { hasText: 'Filter' }).click();
	await page.locator('summary', { hasText: 'Speakers' }).click();
	await page.getByRole('checkbox', { name: /Ben Price/ }).focus();
	await page.keyboard.press('Space');
	await expect(page).toHaveURL(/speaker=ben-price/);
	await page.keyboard.press('Escape');
	await expect(filter).not.toHaveAttribute('open');
	await expect(page.locator('summary', { hasText: 'Filter' })).toBeFocused();
	// Still filtered: Escape closed the menu, nothing else.
	await expect(page).toHaveURL(/speaker=ben-price/);
	const more = page.locator('details.options');
	await page.locator('summary', { hasText: 'More' }).click();
	await page.getByLabel('Show each claim’s status').focus();
	await page.keyboard.press('Escape');
	await expect(more).not.toHaveAttribute('open');
});

test('with the keyboard on the map, the key under it says what the arrows do', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openMap(page);
	const keys = page.locator('.legend .keys-full');
	await expect(keys).toBeHidden();
	const before = (await canvas(page).boundingBox())!.height;
	await canvas(page).focus();
	await page.keyboard.press('ArrowDown');
	await expect(keys).toBeVisible();
	await expect(keys).toHaveText(
		/← → toward the resolution \/ out to replies · ↑ ↓ reply above \/ below/
	);
	// Whole, not cut off at the canvas's width.
	expect(await keys.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
	// One line either way: the canvas keeps its height.
	expect((await canvas(page).boundingBox())!.height).toBe(before);
});
