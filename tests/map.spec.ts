/**
 * The map as a reader meets it, on the made-up fixture debate (four-day-week) so that a
 * change to the real data cannot break these tests; one smoke test opens the bundled one.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
	test,
	expect,
	DEBATE,
	FIXTURE,
	openMap,
	drawn,
	settled,
	nodeScreenPosition,
	mapClasses,
	axeViolations,
	type DrawnNode
} from './fixtures';

const LEGIBLE = 12;
const tree = (page: Page) => page.getByRole('tree', { name: 'Outline of the debate' });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Selected claim' });
const canvas = (page: Page) => page.getByRole('region', { name: /Argument map of/ });

/** Claims with text drawn inside the canvas. */
async function onScreen(page: Page): Promise<DrawnNode[]> {
	return (await drawn(page)).filter((n) => n.inView && n.text);
}

function expectLegible(nodes: DrawnNode[]) {
	const small = nodes
		.filter((n) => n.fontPx < LEGIBLE)
		.map((n) => `${n.id} at ${n.fontPx.toFixed(1)} px`);
	expect(small, 'text drawn smaller than 12 CSS px').toEqual([]);
}

async function expectInside(page: Page, ids: string[]) {
	const box = (await canvas(page).boundingBox())!;
	const nodes = await drawn(page);
	for (const id of ids) {
		const n = nodes.find((x) => x.id === id);
		expect(n, `${id} is drawn`).toBeDefined();
		expect(
			n!.x1 >= -1 && n!.y1 >= -1 && n!.x2 <= box.width + 1 && n!.y2 <= box.height + 1,
			`${id} is inside the canvas`
		).toBe(true);
		expect(n!.fontPx, `${id} is legible`).toBeGreaterThanOrEqual(LEGIBLE);
	}
}

test('the first view is the case, legible: the resolution and its lines, no unreadable box', async ({
	page
}) => {
	const warnings: string[] = [];
	page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
	await page.setViewportSize({ width: 1280, height: 720 });
	await openMap(page);
	const shown = await onScreen(page);
	const claims = shown.filter((n) => n.kind === 'claim');
	expect(claims.length).toBeGreaterThanOrEqual(8);
	expectLegible(shown);
	// Only the resolution and its direct lines are drawn; deeper claims wait behind handles.
	const ids = (await drawn(page)).filter((n) => n.kind === 'claim').map((n) => n.id);
	expect(ids).toContain('resolution');
	expect(ids).toContain('rested-pupils-learn-more');
	expect(ids).not.toContain('long-days-tire-young-pupils');
	const strip = (await drawn(page)).find((n) => n.id === 'strip:longer-days-keep-teaching-time')!;
	expect(strip.text).toBe('▸ 1 reply: 1 attack');
	// For on the left of the resolution, Against on the right.
	const x = (id: string) => ids.includes(id) && (shown.find((n) => n.id === id)?.x1 ?? 0);
	expect(Number(x('rested-pupils-learn-more'))).toBeLessThan(Number(x('resolution')));
	expect(Number(x('childcare-burden'))).toBeGreaterThan(Number(x('resolution')));
	expect(warnings, 'console warnings on load').toEqual([]);
});

test('order means something: each side in the order its debater argues it', async ({ page }) => {
	await openMap(page);
	const rows = tree(page).locator('[role="treeitem"][aria-level="2"]');
	await expect(rows).toHaveCount(10);
	const order = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-claim')));
	expect(order).toEqual([
		'rested-pupils-learn-more',
		'longer-days-keep-teaching-time',
		'teachers-stay-longer',
		'fridays-for-clubs',
		'saves-running-costs',
		'pilot-schools-kept-results',
		'childcare-burden',
		'pupils-fall-behind',
		'sports-fixtures-on-fridays',
		'exam-timetables-assume-five-days'
	]);
});

test('a click on a claim opens its replies and frames its chain up to the resolution', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openMap(page);
	// Down the chain: each click opens the next level and frames it.
	for (const id of [
		'longer-days-keep-teaching-time',
		'long-days-tire-young-pupils',
		'youngest-get-short-days'
	]) {
		const at = await nodeScreenPosition(page, id);
		await page.mouse.click(at.x, at.y);
		await settled(page);
		await expect(page).toHaveURL(new RegExp(`[?&]claim=${id}(&|$)`));
		expect(await mapClasses(page, id)).toEqual(expect.arrayContaining(['selected', 'hl']));
	}
	await expectInside(page, [
		'resolution',
		'longer-days-keep-teaching-time',
		'long-days-tire-young-pupils',
		'youngest-get-short-days',
		'play-is-still-a-long-day'
	]);
	expectLegible(await onScreen(page));
	// The panel labels each step and the net effect.
	const chain = panel(page).getByRole('region', { name: 'Chain to the resolution' });
	await expect(chain.locator('ol li')).toHaveCount(3);
	await expect(chain.locator('ol li').first()).toContainText('attacks');
	await expect(chain.locator('ol li').last()).toContainText('the resolution');
	await expect(chain).toContainText('Net effect: for the resolution');
});

test('search, the outline and a deep link frame the chain too, even into a folded branch', async ({
	page
}) => {
	await openMap(page, '?claim=care-costs-money');
	await expect(panel(page).locator('h2').first()).toContainText(
		'Arranging care still costs families money'
	);
	await expectInside(page, [
		'resolution',
		'childcare-burden',
		'pilot-families-adapted',
		'care-costs-money'
	]);
	// A link to a claim that is not here says so and offers the nearest.
	await openMap(page, '?claim=care-cost-money');
	const notice = panel(page).getByRole('status');
	await expect(notice).toContainText('There is no claim “care-cost-money” in this debate');
	await notice.getByRole('button', { name: 'Care still costs money' }).click();
	await expect(page).toHaveURL(/claim=care-costs-money/);
	await expect(notice).toHaveCount(0);
	// A link to a claim shows its replies, as a click does.

	await openMap(page, '?claim=pilot-families-adapted');
	await expectInside(page, ['childcare-burden', 'pilot-families-adapted', 'care-costs-money']);
	await expect(page).toHaveURL(/open=[^&]*pilot-families-adapted/);
	await page.keyboard.press('/');
	await page.keyboard.type('volunteers');

	await page.keyboard.press('Enter');
	await settled(page);
	await expect(page).toHaveURL(/claim=volunteers-run-clubs/);
	await expectInside(page, [
		'resolution',
		'fridays-for-clubs',
		'staff-shortage-objection',
		'volunteers-run-clubs'
	]);
});

test('search finds claims by speaker name and by source', async ({ page }) => {
	await openMap(page);
	const input = page.getByRole('combobox', { name: 'Search claims' });
	await input.fill('gazette');
	const hits = page.getByRole('listbox', { name: 'Matching claims' }).getByRole('option');
	await expect(hits.first()).toBeVisible();
	for (const text of await hits.allTextContents()) expect(text).toMatch(/Gazette|pilot|Pilot/);
	await input.fill('price');
	await expect(hits.first()).toContainText('Ben Price');
});

test('open and fold replies by mouse, keyboard and outline, in step everywhere', async ({
	page
}) => {
	await openMap(page);
	// Positions on the map itself: the view moves to show the replies, the cards do not.
	const where = () =>
		page.evaluate(() =>
			(
				document.querySelector('.map') as HTMLElement & {
					cruxMap: { positions(): Record<string, { x: number; y: number }> };
				}
			).cruxMap.positions()
		);
	const before = await where();
	const strip = await nodeScreenPosition(page, 'strip:longer-days-keep-teaching-time');
	await page.mouse.click(strip.x, strip.y);
	await expect(page).toHaveURL(/open=longer-days-keep-teaching-time/);
	const row = tree(page).locator('[data-key="longer-days-keep-teaching-time"]');
	await expect(row).toHaveAttribute('aria-expanded', 'true');
	expect((await drawn(page)).some((n) => n.id === 'long-days-tire-young-pupils')).toBe(true);
	// Opening it moved nothing above it, nor the claim itself, nor the other side.
	const after = await where();
	for (const id of [
		'resolution',
		'rested-pupils-learn-more',
		'longer-days-keep-teaching-time',
		'childcare-burden'
	])
		expect(after[id], id).toEqual(before[id]);

	// Keyboard on the canvas: select with the arrows, fold with −, open with +, toggle with Enter.
	await canvas(page).focus();
	await page.keyboard.press('ArrowDown'); // the resolution
	await page.keyboard.press('ArrowLeft'); // its first For line
	await expect(page).toHaveURL(/claim=rested-pupils-learn-more/);
	await page.keyboard.press('ArrowDown'); // the next For line
	await expect(page).toHaveURL(/claim=longer-days-keep-teaching-time/);
	await page.keyboard.press('-');
	await expect(row).toHaveAttribute('aria-expanded', 'false');
	await page.keyboard.press('+');
	await expect(row).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('Enter');
	await expect(row).toHaveAttribute('aria-expanded', 'false');
	await page.keyboard.press('Enter');
	await expect(row).toHaveAttribute('aria-expanded', 'true');

	// The outline folds the map too.
	await row.click();
	await row.press('ArrowLeft');
	await expect(row).toHaveAttribute('aria-expanded', 'false');
	await expect
		.poll(async () => (await drawn(page)).some((n) => n.id === 'savings-are-small'))
		.toBe(false);

	// "Open everything" and back, kept in the address.
	await page.locator('.toolbar > label.depth select').selectOption('12');
	await expect(page).toHaveURL(/depth=12/);
	expect((await drawn(page)).some((n) => n.id === 'play-is-still-a-long-day')).toBe(true);
});

test('Back and Forward step through the selections just made', async ({ page }) => {
	await openMap(page);
	for (const id of ['childcare-burden', 'pilot-families-adapted', 'care-costs-money']) {
		await tree(page).locator(`[data-key="${id}"]`).click();
		await expect(page).toHaveURL(new RegExp(`claim=${id}`));
	}
	await page.goBack();
	await expect(page).toHaveURL(/claim=pilot-families-adapted/);
	await expect(panel(page).locator('h2').first()).toContainText(
		'Most pilot families arranged Friday care'
	);
	await page.goBack();
	await expect(page).toHaveURL(/claim=childcare-burden/);
	await page.goForward();
	await expect(page).toHaveURL(/claim=pilot-families-adapted/);
	await expect(tree(page).locator('[aria-selected="true"]')).toHaveAttribute(
		'data-claim',
		'pilot-families-adapted'
	);
	// Filters replace the entry rather than adding one.
	await page.locator('summary', { hasText: 'Filter' }).click();
	await page.locator('summary', { hasText: 'Speakers' }).click();
	await page.getByRole('checkbox', { name: /Ben Price/ }).check();
	await expect(page).toHaveURL(/speaker=ben-price/);
	await page.goBack();
	await expect(page).toHaveURL(/claim=childcare-burden/);
});

test('the column view: one claim, its supports and its attacks, by keyboard', async ({ page }) => {
	await page.goto(`/${FIXTURE}?view=columns`);
	const view = page.getByRole('region', { name: /four-day week/i });
	await expect(
		view.getByRole('heading', { level: 3, name: /For the four-day week/ })
	).toBeVisible();
	// The card in the For column (the resolution's balance names the claim too).
	const support = view.getByRole('button', { name: /^For Ada Ortiz .*Rested pupils learn more/ });
	await support.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/claim=rested-pupils-learn-more/);
	await expect(page).toHaveURL(/view=columns/);
	await expect(
		page.getByRole('heading', { level: 2, name: 'Rested pupils learn more' })
	).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: /Supporting \(1\)/ })).toBeVisible();
	// Each card says who, how much evidence, and how many replies it has.
	const card = page
		.getByRole('region', { name: /Supporting/ })
		.getByRole('button', { name: /Pilot teachers felt less tired/ });

	await expect(card).toContainText('Valley Gazette');
	await expect(card).toContainText('1 quote');
	// Up the breadcrumb to the resolution, then across to the map with the selection kept.
	await page
		.getByRole('navigation', { name: 'Chain to the resolution' })
		.getByRole('button', { name: 'Resolution' })
		.press('Enter');
	await expect(page).toHaveURL(/claim=resolution/);
	await page.getByRole('button', { name: 'Map', exact: true }).click();
	await expect(page.locator('.map[data-ready="true"]')).toBeVisible();
	expect(await mapClasses(page, 'resolution')).toContain('selected');
});

test('a concession and a raised objection say so on their cards', async ({ page }) => {
	await openMap(page, '?depth=3');
	const nodes = await drawn(page);
	expect(nodes.find((n) => n.id === 'band:staff-shortage-objection')!.text).toBe(
		'AGAINST · Objection raised by Ada Ortiz'
	);
	expect(nodes.find((n) => n.id === 'band:rest-may-help-some')!.text).toBe(
		'FOR · Ben Price, conceding'
	);
	expect(nodes.find((n) => n.id === 'band:pilot-schools-kept-results')!.text).toBe(
		'FOR · Teachers in the pilot, reported by Valley Gazette'
	);
});

test('zooming out never shows a box without readable text', async ({ page }) => {
	await openMap(page, '?depth=12');
	await canvas(page).focus();
	for (let i = 0; i < 12; i++) await page.keyboard.press('[');
	await settled(page);
	const shown = await onScreen(page);
	expect(shown.length).toBeGreaterThan(10);
	expectLegible(shown);
	expect(shown.every((n) => n.kind === 'band' || n.text.length > 0)).toBe(true);
	// Zoomed out, cards show their compact form; zoomed back in, full cards again.
	expect((await drawn(page)).find((n) => n.id === 'resolution')!.classes).toContain('compact');
	for (let i = 0; i < 12; i++) await page.keyboard.press(']');
	await settled(page);
	expect((await drawn(page)).find((n) => n.id === 'resolution')!.classes).not.toContain('compact');
	expectLegible(await onScreen(page));
});

test('filters: counts respect the other filters, the outline follows, status stays in the address', async ({
	page
}) => {
	await openMap(page);
	await page.locator('summary', { hasText: 'Filter' }).click();
	await page.locator('summary', { hasText: 'Tags' }).click();
	await page.getByRole('checkbox', { name: /Cost/ }).check();
	await page.locator('summary', { hasText: 'Speakers' }).click();
	// With the Cost tag on, the speaker counts are of cost claims only: Ortiz's one and the
	// objection she raised; Price's three.
	await expect(page.getByRole('checkbox', { name: /Ada Ortiz/ }).locator('..')).toHaveText(
		/Ada Ortiz\s*2$/
	);
	await expect(page.getByRole('checkbox', { name: /Ben Price/ }).locator('..')).toHaveText(
		/Ben Price\s*3$/
	);
	await page.getByRole('checkbox', { name: /Ben Price/ }).check();
	await expect(page).toHaveURL(/speaker=ben-price/);
	const rows = await tree(page)
		.locator('[role="treeitem"]:not(.link)')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-claim')));
	// Each match hangs under its nearest matching ancestor: Price's reply to Ortiz's cost
	// line hangs from the resolution; his reply two steps down hangs from his own line.
	expect(rows).toEqual(['resolution', 'savings-are-small', 'childcare-burden', 'care-costs-money']);

	const ids = (await drawn(page))
		.filter((n) => n.kind === 'claim')
		.map((n) => n.id)
		.sort();
	expect(ids).toEqual([...rows].sort());
	await page.locator('summary', { hasText: 'More' }).click();
	await page.getByLabel('Show each claim’s status').check();
	await expect(page).toHaveURL(/status=1/);
	await page.reload();
	await expect(page.locator('.map[data-ready="true"]')).toBeVisible();
	expect(await mapClasses(page, 'childcare-burden')).toContain('status-on');
});

test('focus on a line shrinks the map to its neighbourhood', async ({ page }) => {
	await openMap(page, '?claim=childcare-burden&focus=2');
	const ids = (await drawn(page))
		.filter((n) => n.kind === 'claim')
		.map((n) => n.id)
		.sort();
	expect(ids).toEqual([
		'care-costs-money',
		'childcare-burden',
		'pilot-families-adapted',
		'resolution'
	]);
});

for (const [name, width, height] of [
	['phone', 390, 844],
	['phone in landscape', 844, 390],
	['projector at 150 %', 853, 533]
] as const) {
	test(`on a ${name} the map never covers the panel, and sits near the top`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await openMap(page, '?claim=pupils-fall-behind');
		const map = (await canvas(page).boundingBox())!;
		const side = (await panel(page).boundingBox())!;
		expect(
			map.y + map.height <= side.y + 1 ||
				side.y + side.height <= map.y + 1 ||
				map.x + map.width <= side.x + 1
		).toBe(true);
		expect(map.y).toBeLessThan(Math.max(320, height * 0.5));
		const scroll = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
		expect(scroll).toBeLessThanOrEqual(0);
		expectLegible(await onScreen(page));
	});
}

test('projector mode: map and panel fill the screen with text to read from the back', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await openMap(page, '?present=1&claim=longer-days-keep-teaching-time');
	const shown = await onScreen(page);
	expect(shown.filter((n) => n.kind !== 'band').every((n) => n.fontPx >= 24)).toBe(true);
	const size = await panel(page)
		.locator('h2')
		.first()
		.evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
	expect(size).toBeGreaterThanOrEqual(24);
	await expect(tree(page)).toBeHidden();
	// Arrow keys step along the traced chain.
	await canvas(page).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/claim=resolution/);
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/claim=rested-pupils-learn-more/);
});

test('the map can be saved as a picture', async ({ page }) => {
	await openMap(page);
	await page.locator('summary', { hasText: 'More' }).click();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Everything open on the map as SVG' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe(`${FIXTURE}-map.svg`);
	// A real picture of the map: an SVG document with the cards' words in it.
	const svg = readFileSync((await file.path())!, 'utf8');
	expect(svg).toMatch(/^<\?xml|^<svg/);
	expect(svg).toContain('Rested pupils learn');

	const png = page.waitForEvent('download');
	await page.getByRole('button', { name: 'This view as PNG' }).click();
	expect((await png).suggestedFilename()).toBe(`${FIXTURE}-map-view.png`);
});

test('map page has no accessibility violations (axe-core)', async ({ page }) => {
	await openMap(page, '?claim=pupils-fall-behind');
	expect(await axeViolations(page)).toEqual([]);
	await page.getByRole('button', { name: 'Columns' }).click();
	expect(await axeViolations(page)).toEqual([]);
});

test('smoke @bundled: the map opens legibly on Newsham’s opening line', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openMap(page, '', DEBATE);
	const shown = await onScreen(page);
	expect(shown.filter((n) => n.kind === 'claim').length).toBeGreaterThanOrEqual(8);
	expectLegible(shown);
	const first = tree(page).locator('[role="treeitem"][aria-level="2"]').first();
	await expect(first).toContainText('Grant Newsham');
});
