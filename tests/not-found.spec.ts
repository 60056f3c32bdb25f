import { test, expect, FIXTURE } from './fixtures';

test('a mistyped debate address suggests the debate it probably meant', async ({
	page,
	consoleErrors
}) => {
	const response = await page.goto(`/${FIXTURE.slice(0, -1)}`);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByText('This address does not lead anywhere on this site.')).toBeVisible();
	await expect(page.getByText('Not Found', { exact: true })).toHaveCount(0);
	const link = page.getByRole('link', { name: 'Four-day school week (test fixture)' });
	await expect(link).toBeVisible();
	await link.click();
	await expect(page).toHaveURL(new RegExp(`/${FIXTURE}$`));
	// The failed loads of the mistyped address are the only errors logged.
	for (const e of consoleErrors.splice(0)) expect(e).toMatch(/404|Not Found/);
});
