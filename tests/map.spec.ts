import {
	test,
	expect,
	DEBATE,
	openMap,
	nodeScreenPosition,
	mapClasses,
	hiddenOnMap,
	axeViolations
} from './fixtures';
import type { Page } from '@playwright/test';

interface Index {
	claims: Array<{ id: string; title: string }>;
	moved: Record<string, string>;
}

async function index(page: Page): Promise<Index> {
	const res = await page.request.get(`/${DEBATE}/ids.json`);
	expect(res.ok()).toBe(true);
	return res.json();
}

/** A claim two steps below the resolution, read from the outline. */
async function grandchild(page: Page): Promise<string> {
	const tree = page.getByRole('tree', { name: 'Outline of the debate' });
	const first = tree.locator('[role="treeitem"][aria-level="2"][aria-expanded]').first();
	await first.click();
	await first.press('ArrowRight');
	const child = tree.locator('[role="treeitem"][aria-level="3"]:not(.link)').first();
	await expect(child).toBeVisible();
	await child.focus();
	return (await child.getAttribute('data-claim'))!;
}

test('clicking a claim on the canvas selects it and traces its chain', async ({ page }) => {
	await openMap(page);
	const id = await grandchild(page);
	await page.keyboard.press('Escape');
	const pos = await nodeScreenPosition(page, id);
	await page.mouse.click(pos.x, pos.y);

	const panel = page.getByRole('complementary', { name: 'Selected claim' });
	await expect(panel.locator('h2').first()).not.toBeEmpty();
	await expect(page).toHaveURL(new RegExp(`[?&]claim=${id}(&|$)`));
	expect(await mapClasses(page, id)).toEqual(expect.arrayContaining(['selected', 'hl']));

	// The chain: each step labelled, ending at the resolution, with the net effect.
	const chain = panel.getByRole('region', { name: 'Chain to the resolution' });
	await expect(chain.locator('ol li')).toHaveCount(2);
	await expect(chain.locator('ol li').last()).toContainText('the resolution');
	await expect(chain.locator('ol li').first()).toContainText(/supports|attacks/);
	await expect(chain).toContainText(/Net effect: (for|against) the resolution/);

	// The resolution is lit; claims off the chain and subtree are not; the veil is on.
	const thesis = await page.evaluate(() => {
		const el = document.querySelector('.map') as HTMLElement & {
			_cyreg: { cy: import('cytoscape').Core };
		};
		const cy = el._cyreg.cy;
		return {
			thesis: cy.nodes('.side-thesis').first().id(),
			unlit: cy.nodes(':not(.hl)').not('.veil').length,
			veil: cy.$('.veil').hasClass('on')
		};
	});
	expect(await mapClasses(page, thesis.thesis)).toContain('hl');
	expect(thesis.unlit).toBeGreaterThan(0);
	expect(thesis.veil).toBe(true);

	// Clicking the background clears the selection.
	await page.mouse.click(pos.x + 5, (await page.locator('.map').boundingBox())!.y + 5);
	await expect(page).not.toHaveURL(/claim=/);
});

test('relations in the panel select the related claim', async ({ page }) => {
	await openMap(page);
	const id = await grandchild(page);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`claim=${id}`));
	const panel = page.getByRole('complementary', { name: 'Selected claim' });
	const { claims } = await index(page);
	const own = claims.find((c) => c.id === id)!.title;
	const target = panel
		.getByRole('region', { name: /^(Supports|Attacks)$/ })
		.getByRole('button')
		.first();
	const title = await target.innerText();
	const targetId = claims.find((c) => c.title === title)!.id;
	await target.click();
	// The related claim is now selected, the address says so, and focus lands on it.
	await expect(page).toHaveURL(new RegExp(`claim=${targetId}(&|$)`));
	await expect(panel.locator(`#claim-text-${targetId}`)).toBeFocused();
	// …and the first claim is listed among its replies.
	await expect(
		panel
			.getByRole('region', { name: /^(Supported by|Attacked by)$/ })
			.getByRole('button', { name: own })
	).toBeVisible();
});

test('focus mode shows only the neighbourhood of the selection', async ({ page }) => {
	await openMap(page);
	const id = await grandchild(page);
	await page.keyboard.press('Enter');
	expect(await hiddenOnMap(page)).toEqual([]);
	await page.getByLabel('Focus').selectOption('1');
	await expect(page).toHaveURL(/focus=1/);
	const hidden = await hiddenOnMap(page);
	expect(hidden.length).toBeGreaterThan(10);
	expect(hidden).not.toContain(id);
	const neighbours = await page.evaluate((id) => {
		const el = document.querySelector('.map') as HTMLElement & {
			_cyreg: { cy: import('cytoscape').Core };
		};
		return el._cyreg.cy
			.getElementById(id)
			.neighborhood('node')
			.map((n) => n.id());
	}, id);
	for (const n of neighbours) expect(hidden).not.toContain(n);
	await expect(page.locator('.shown')).toContainText(`${neighbours.length + 1} of`);
});

test('filtering by speaker hides every other speaker’s claims, keeping positions', async ({
	page
}) => {
	await openMap(page);
	const before = await page.evaluate(() => {
		const el = document.querySelector('.map') as HTMLElement & {
			_cyreg: { cy: import('cytoscape').Core };
		};
		return el._cyreg.cy.nodes().map((n) => [n.id(), n.position()]);
	});
	await page.getByText(/^Speakers/).click();
	const box = page.getByRole('checkbox', { name: /Benjamin Self/ });
	await box.check();
	await expect(page).toHaveURL(/speaker=benjamin-self/);
	const hidden = await hiddenOnMap(page);
	const shown = await page.evaluate(() => {
		const el = document.querySelector('.map') as HTMLElement & {
			_cyreg: { cy: import('cytoscape').Core };
		};
		return el._cyreg.cy
			.nodes(':visible')
			.not('.veil')
			.map((n) => n.data('label') as string);
	});
	expect(hidden.length).toBeGreaterThan(20);
	for (const label of shown) expect(label).toMatch(/Benjamin Self|^RESOLUTION/);
	const after = await page.evaluate(() => {
		const el = document.querySelector('.map') as HTMLElement & {
			_cyreg: { cy: import('cytoscape').Core };
		};
		return el._cyreg.cy.nodes().map((n) => [n.id(), n.position()]);
	});
	expect(after).toEqual(before);
	// The outline follows the filter.
	await expect(page.locator('[role="treeitem"][aria-level="2"] .who').first()).toContainText(
		'Benjamin Self'
	);
});

test('filtering by side and tag combine', async ({ page }) => {
	await openMap(page, '?side=against');
	const against = (await hiddenOnMap(page)).length;
	expect(against).toBeGreaterThan(10);
	await page.getByText(/^Tags/).click();
	await page.getByRole('checkbox').first().check();
	await expect(page).toHaveURL(/side=against&tag=|tag=.*side=against/);
	expect((await hiddenOnMap(page)).length).toBeGreaterThan(against);
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect.poll(() => hiddenOnMap(page)).toEqual([]);
});

test('search from the keyboard selects and centres a claim', async ({ page }) => {
	await openMap(page);
	const { claims } = await index(page);
	const target = claims.find((c) => c.title.split(' ').length >= 4)!;
	await page.locator('.map').focus();
	await page.keyboard.press('/');
	await expect(page.getByRole('combobox', { name: 'Search claims' })).toBeFocused();
	await page.keyboard.type(target.title.split(' ').slice(0, 4).join(' '));
	await expect(
		page.getByRole('listbox', { name: 'Matching claims' }).getByRole('option').first()
	).toBeVisible();
	const options = await page.getByRole('option').allInnerTexts();
	const position = options.indexOf(target.title);
	expect(position).toBeGreaterThanOrEqual(0);
	for (let i = 0; i < position; i++) await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`claim=${target.id}`));
	// Centred: the node ends up inside the visible canvas.
	await expect
		.poll(() =>
			page.evaluate((id) => {
				const el = document.querySelector('.map') as HTMLElement & {
					_cyreg: { cy: import('cytoscape').Core };
				};
				const p = el._cyreg.cy.getElementById(id).renderedPosition();
				return p.x > 0 && p.y > 0 && p.x < el.clientWidth && p.y < el.clientHeight;
			}, target.id)
		)
		.toBe(true);
});

test('a deep link restores selection, focus and filters', async ({ page }) => {
	await openMap(page);
	const id = await grandchild(page);
	await openMap(page, `?claim=${id}&focus=2&side=for,against`);
	const panel = page.getByRole('complementary', { name: 'Selected claim' });
	await expect(panel.locator(`#claim-text-${id}`)).toBeVisible();
	await expect(page.getByLabel('Focus')).toHaveValue('2');
	expect(await mapClasses(page, id)).toContain('selected');
	expect((await hiddenOnMap(page)).length).toBeGreaterThan(0);
	await page.getByText(/^Sides/).click();
	await expect(page.getByRole('checkbox', { name: /^For/ })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: /^Against/ })).toBeChecked();
	await expect(page.getByRole('treeitem', { selected: true })).toHaveAttribute('data-claim', id);
	// Centred: the linked claim is on screen without the reader searching for it.
	const onScreen = await page.evaluate((id) => {
		const el = document.querySelector('.map') as HTMLElement & {
			_cyreg: { cy: import('cytoscape').Core };
		};
		const p = el._cyreg.cy.getElementById(id).renderedPosition();
		return p.x > 0 && p.y > 0 && p.x < el.clientWidth && p.y < el.clientHeight;
	}, id);
	expect(onScreen).toBe(true);
});

test('under a filter the outline still lists every claim the map shows, and Tab reaches it', async ({
	page
}) => {
	await openMap(page, '?tag=geography-sea-lanes');
	const shown = await page.evaluate(() => {
		const el = document.querySelector('.map') as HTMLElement & {
			_cyreg: { cy: import('cytoscape').Core };
		};
		return el._cyreg.cy
			.nodes(':visible')
			.not('.veil')
			.map((n) => n.id());
	});
	expect(shown.length).toBeGreaterThan(3);
	const tree = page.getByRole('tree', { name: 'Outline of the debate' });
	// Open every row, then compare what the outline lists with what the map shows.
	for (let i = 0; i < 6; i++) {
		const closed = tree.locator('[aria-expanded="false"]');
		const n = await closed.count();
		for (let j = 0; j < n; j++) await closed.first().locator('.twisty').click();
	}
	const listed = await tree
		.locator('[role="treeitem"]:not(.link)')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-claim')));
	expect(new Set(listed)).toEqual(new Set(shown));
	// Tab from the search box reaches the outline's one Tab stop.
	await page.getByRole('combobox', { name: 'Search claims' }).focus();
	for (
		let i = 0;
		i < 20 &&
		!(await page.evaluate(() => document.activeElement?.getAttribute('role') === 'treeitem'));
		i++
	) {
		await page.keyboard.press('Tab');
	}
	await expect(tree.locator('[role="treeitem"][tabindex="0"]')).toBeFocused();
});

test('the outline is fully usable from the keyboard', async ({ page }) => {
	await openMap(page);
	await page.getByRole('treeitem').first().focus();
	const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-key'));
	const thesis = await focused();
	await page.keyboard.press('ArrowDown');
	const second = await focused();
	expect(second).not.toBe(thesis);
	const item = page.locator(`[data-key="${second}"]`);
	if ((await item.getAttribute('aria-expanded')) === 'false') {
		await page.keyboard.press('ArrowRight');
		await expect(item).toHaveAttribute('aria-expanded', 'true');
	}
	await page.keyboard.press('ArrowRight');
	const child = await focused();
	await expect(page.locator(`[data-key="${child}"]`)).toHaveAttribute('aria-level', '3');
	await page.keyboard.press('ArrowLeft');
	expect(await focused()).toBe(second);
	await page.keyboard.press('ArrowLeft');
	await expect(item).toHaveAttribute('aria-expanded', 'false');
	await page.keyboard.press('Home');
	expect(await focused()).toBe(thesis);
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`claim=${second}`));
	await expect(page.getByRole('treeitem', { selected: true })).toHaveAttribute('data-key', second!);
	expect(await mapClasses(page, second!)).toContain('selected');
	// A selection made on the canvas shows up in the outline too.
	const id = await grandchild(page);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('treeitem', { selected: true })).toHaveAttribute('data-claim', id);
});

test('map page has no accessibility violations (axe-core)', async ({ page }) => {
	await openMap(page);
	const id = await grandchild(page);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`claim=${id}`));
	expect(await axeViolations(page)).toEqual([]);
});

test('works on a phone-sized screen', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openMap(page);
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(390);
	const id = await grandchild(page);
	await page.keyboard.press('Enter');
	const panel = page.getByRole('complementary', { name: 'Selected claim' });
	await expect(panel.locator(`#claim-text-${id}`)).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
