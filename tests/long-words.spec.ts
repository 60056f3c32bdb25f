/**
 * Long unbroken strings wrap on every page. The schema allows a 700-character "word" in a
 * description, a 590-character one in a claim, long names and titles; at phone width none may
 * push a page sideways. The fixture debate tests/fixtures/arguments/long-words holds such a
 * string in every field a page shows.
 */
import { test, expect } from './fixtures';

const LONG_WORDS = 'long-words';
const PAGES = [
	'/',
	`/${LONG_WORDS}`,
	`/${LONG_WORDS}?claim=for-it`,
	`/${LONG_WORDS}/claims/for-it`,
	`/${LONG_WORDS}/claims/resolution`,
	`/${LONG_WORDS}/prep`,
	`/${LONG_WORDS}/prep/for`,
	`/${LONG_WORDS}/prep/against`,
	`/${LONG_WORDS}/prep/for/brief`,
	`/${LONG_WORDS}/prep/for/drill`,
	`/${LONG_WORDS}/propose?to=for-it`
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
