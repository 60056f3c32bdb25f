import { readdirSync } from 'node:fs';
import { test, expect, FIXTURE } from './fixtures';

test('home page lists a debate with its resolution and claim count, and links to its map', async ({
	page
}) => {
	await page.goto('/');
	const item = page.locator('.debates li', { has: page.locator(`a[href$="/${FIXTURE}"]`) });
	await expect(item).toContainText('RESOLVED: Our school should move to a four-day week');
	const files = readdirSync(`tests/fixtures/arguments/${FIXTURE}/claims`);
	await expect(item.locator('.meta')).toContainText(`${files.length} claims`);
	await item.locator('h2 a').click();
	await expect(page).toHaveURL(new RegExp(`/${FIXTURE}$`));
});
