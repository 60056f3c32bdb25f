/**
 * Long unbroken strings wrap on every page. The schema allows a 700-character "word" in a
 * description, a 590-character one in a claim, long names and titles; at phone width none may
 * push a page sideways. The fixture debate tests/fixtures/arguments/long-words holds such a
 * string in every field a page shows.
 */
import { test, expect } from './fixtures';

const DEBATE = 'long-words';
const PAGES = [
	'/',
	`/${DEBATE}`,
	`/${DEBATE}?claim=for-it`,
	`/${DEBATE}/claims/for-it`,
	`/${DEBATE}/claims/resolution`,
	`/${DEBATE}/prep`,
	`/${DEBATE}/prep/for`,
	`/${DEBATE}/prep/against`,
	`/${DEBATE}/prep/for/brief`,
	`/${DEBATE}/prep/for/drill`,
	`/${DEBATE}/propose?to=for-it`
];

for (const path of PAGES)
	test(`a 700-character word wraps at 390 px: ${path}`, async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 800 });
		const res = await page.goto(path);
		expect(res?.status()).toBe(200);
		// The long strings are on the page, so the check below can fail.
		await expect(page.getByText(/o{40}word/).first()).toBeAttached();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});
