import { test, expect, DEBATE } from './fixtures';

test('home page lists the debate with its resolution and claim count', async ({ page }) => {
	await page.goto('/');
	const item = page.locator('.debates li', { has: page.locator(`a[href$="${DEBATE}"]`) });
	await expect(item).toContainText(
		'RESOLVED: Japan Should Deepen Defense/Security Cooperation with Taiwan'
	);
	const count = Number((await item.locator('.meta').innerText()).match(/(\d+) claims/)![1]);
	expect(count).toBeGreaterThan(50);
	await item.locator('h2 a').click();
	await expect(page).toHaveURL(new RegExp(`/${DEBATE}$`));
});
