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

test('projector: the first frame of a long chain is in full cards, speakers named, the selection inside', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await openMap(page, '?claim=pilot-was-one-term');
	await page.getByRole('button', { name: 'Projector' }).click();
	await expect(page.locator('.mapview.present')).toBeVisible();
	await settled(page);
	const box = (await canvas(page).boundingBox())!;
	const nodes = (await drawn(page)).filter((n) => n.inView);
	const sel = nodes.find((n) => n.id === 'pilot-was-one-term')!;
	expect(sel.classes).not.toContain('compact');
	expect(sel.x1).toBeGreaterThanOrEqual(0);
	expect(sel.y1).toBeGreaterThanOrEqual(0);
	expect(sel.x2).toBeLessThanOrEqual(box.width);
	expect(sel.y2).toBeLessThanOrEqual(box.height);
	const band = nodes.find((n) => n.kind === 'band' && n.of === 'pilot-was-one-term');
	expect(band?.text).toMatch(/·/);
	for (const n of nodes.filter((n) => n.kind !== 'mark' && n.y1 >= 0 && n.y2 <= box.height)) {
		expect(n.text, n.id).not.toMatch(/…$/);
		expect(n.fontPx, n.id).toBeGreaterThanOrEqual(24);
	}
});

test('selecting the resolution keeps its lines in full cards, counted as on the opening map', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openMap(page);
	const strips = async () =>
		Object.fromEntries(
			(await drawn(page))
				.filter((n) => n.kind === 'strip' && n.inView && n.text.startsWith('▸'))
				.map((n) => [n.of, n.text.match(/\d+/)?.[0]])
		);
	const opening = await strips();
	await page.getByRole('button', { name: 'Zoom out' }).click();
	await settled(page);
	// Zoomed out to compact cards, each card's number is the one its full strip gave.
	const zoomed = await strips();
	for (const [id, n] of Object.entries(zoomed)) if (opening[id]) expect(n, id).toBe(opening[id]);
	await openMap(page, '?claim=resolution');
	const cards = (await drawn(page)).filter((n) => n.kind === 'claim' && n.inView);
	expect(cards.length).toBeGreaterThan(2);
	for (const c of cards) expect(c.classes, c.id).not.toContain('compact');
});

test('the key says where the sides are as the map draws them: lines in columns, or on each card in the trail', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openMap(page);
	const legend = page.locator('.legend .what');
	await expect(legend).toContainText('Lines: For left · Against right');
	// The resolution's lines (all the map opens on) do sit so: every For line left of every
	// Against line.
	const lines = (await drawn(page)).filter((n) => n.kind === 'claim' && n.id !== 'resolution');
	const centre = (n: { x1: number; x2: number }) => (n.x1 + n.x2) / 2;
	const forX = lines.filter((n) => n.classes.includes('side-for')).map(centre);
	const againstX = lines.filter((n) => n.classes.includes('side-against')).map(centre);
	expect(forX.length && againstX.length).toBeTruthy();
	expect(Math.max(...forX)).toBeLessThan(Math.min(...againstX));
	// A deep claim is drawn as the trail, one column: there the key claims no left or right.
	await openMap(page, '?claim=pilot-was-one-term');
	const trail = (await drawn(page)).filter(
		(n) => n.kind === 'claim' && n.id !== 'resolution' && n.classes.split(' ').includes('wide')
	);
	expect(trail.length).toBeGreaterThan(1);
	await expect(legend).toContainText('Side on each card');
	await expect(legend).not.toContainText('left');
});

test('on a phone a deep claim’s chain is drawn in full cards, speakers named, legible', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openMap(page, '?claim=pilot-was-one-term');
	const box = (await canvas(page).boundingBox())!;
	const shown = (await drawn(page)).filter(
		(n) => n.kind !== 'mark' && n.y2 > 0 && n.y1 < box.height && n.x2 > 0 && n.x1 < box.width
	);
	const sel = shown.find((n) => n.id === 'pilot-was-one-term')!;
	expect(sel.classes).not.toContain('compact');
	expect(sel.y1).toBeGreaterThanOrEqual(0);
	expect(sel.y2).toBeLessThanOrEqual(box.height);
	// Its band names the speaker, and the chain above it fills the canvas's height.
	expect(shown.find((n) => n.kind === 'band' && n.of === sel.id)?.text).toMatch(/·/);
	const chain = shown.filter((n) => n.kind === 'claim' && n.classes.split(' ').includes('wide'));
	expect(chain.length).toBeGreaterThanOrEqual(3);
	for (const n of shown.filter((n) => n.text)) expect(n.fontPx, n.id).toBeGreaterThanOrEqual(12);
});
