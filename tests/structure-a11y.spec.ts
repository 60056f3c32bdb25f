/**
 * Undercuts and linked premises by keyboard and screen reader, on the fixture debate
 * free-buses (tests/fixtures/arguments/free-buses): what the accessibility tree says on a
 * claim page and in the map's panel (a claim named inside a sentence is heard as its title
 * then "(side, speaker)", never "does not show For …"), the order Tab reaches the claims an
 * undercut names, and axe-core on each page that shows them.
 */
import { axeViolations, expect, openMap, test } from './fixtures';

const DEBATE = 'free-buses';

test('a claim page says an undercut as one sentence, and its chain names the relation once', async ({
	page
}) => {
	await page.goto(`/${DEBATE}/claims/pilot-added-routes`);
	const article = page.locator('article.claim');
	await expect(article.getByRole('region', { name: 'Undercuts' })).toMatchAriaSnapshot(`
      - region "Undercuts":
        - heading "Undercuts (1)" [level=2]
        - list:
          - listitem:
            - text: Says
            - link "Journeys rose a third in the pilot"
            - text: (For, Cara Lind) does not show
            - link "Free fares draw riders"
            - text: (For, Cara Lind)
    `);
	const chain = article.getByRole('region', { name: 'Chain to the resolution' });
	await expect(chain.getByRole('listitem')).toHaveText([
		/^\s*This claim\s+⊣ says\s+For\s+Journeys rose a third in the pilot.*does not show\s+For\s+Free fares draw riders/s,
		// Each step names who moves (review 2, finding 13).
		/^\s*For\s+“Free fares draw riders”.*⟶ supports\s+the resolution\s*$/s
	]);
	// By keyboard: the two claims the undercut names, each once, in reading order.
	await chain.getByRole('link').first().focus();
	const reached: string[] = [];
	for (let k = 0; k < 3; k++) {
		reached.push((await page.evaluate(() => document.activeElement?.textContent ?? '')).trim());
		await page.keyboard.press('Tab');
	}
	expect(reached.slice(0, 2)).toEqual([
		'Journeys rose a third in the pilot',
		'Free fares draw riders'
	]);
	expect(reached[2]).not.toBe('Free fares draw riders');
	expect(await axeViolations(page)).toEqual([]);
});

test('the reason an undercut answers says who undercuts it and whom it supports only together with', async ({
	page
}) => {
	await page.goto(`/${DEBATE}/claims/journeys-rose-in-the-pilot`);
	const article = page.locator('article.claim');
	await expect(article.getByRole('region', { name: 'Undercut by' })).toMatchAriaSnapshot(`
      - region "Undercut by":
        - heading "Undercut by (1)" [level=2]
        - list:
          - listitem:
            - link "The pilot added routes too"
            - text: (Against, Dan Moss) says this does not show
            - link "Free fares draw riders"
            - text: (For, Cara Lind)
    `);
	await expect(article.getByRole('region', { name: 'Supports only together' }))
		.toMatchAriaSnapshot(`
      - region "Supports only together":
        - heading "Supports only together" [level=2]
        - paragraph:
          - text: It supports
          - link "Free fares draw riders"
          - text: "(For, Cara Lind) only together with:"
        - list:
          - listitem:
            - link "The fare kept people off the bus"
            - text: (For, Cara Lind)
    `);
	expect(await axeViolations(page)).toEqual([]);

	await page.goto(`/${DEBATE}/claims/free-fares-draw-riders`);
	await expect(
		page.locator('article.claim').getByRole('region', { name: 'Supported jointly by' })
	).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('the map panel reads the same, and Enter on a claim it names selects that claim', async ({
	page
}) => {
	await openMap(page, '?claim=pilot-added-routes', DEBATE);
	const panel = page.getByRole('complementary', { name: 'Selected claim' });
	const undercuts = panel.getByRole('region', { name: 'Undercuts' });
	await expect(undercuts).toMatchAriaSnapshot(`
      - region "Undercuts":
        - list:
          - listitem:
            - text: Says
            - button "Journeys rose a third in the pilot"
            - text: (For, Cara Lind) does not show
            - button "Free fares draw riders"
            - text: (For, Cara Lind)
    `);
	const chain = panel.getByRole('region', { name: 'Chain to the resolution' });
	await expect(chain.getByRole('button')).toHaveText([
		'Journeys rose a third in the pilot',
		'Free fares draw riders'
	]);
	expect(await axeViolations(page)).toEqual([]);
	await chain.getByRole('button', { name: 'Journeys rose a third in the pilot' }).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/claim=journeys-rose-in-the-pilot/);
	await expect(panel.getByRole('region', { name: 'Undercut by' })).toBeVisible();
	await expect(page.locator('p.visually-hidden[aria-live]')).toHaveText(
		/^Selected: Journeys rose a third in the pilot\. For the resolution\./
	);
	expect(await axeViolations(page)).toEqual([]);
});

test('the column view and the outline of a debate with undercuts and linked premises pass axe-core', async ({
	page
}) => {
	await page.goto(`/${DEBATE}?claim=journeys-rose-in-the-pilot&view=columns`);
	await expect(page.locator('.col.attacking')).toContainText('Says this does not show');
	expect(await axeViolations(page)).toEqual([]);
	await openMap(page, '?depth=9', DEBATE);
	await expect(page.getByRole('treeitem', { name: /The pilot added routes too/ })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});
