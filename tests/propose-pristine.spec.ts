import { test, expect, FIXTURE } from './fixtures';

test('an untouched propose form shows no problems until something is typed', async ({ page }) => {
	await page.goto(`/${FIXTURE}/propose?to=childcare-burden`);
	await expect(page.locator('#pr-summary')).toHaveText(
		'Write your reply: the check runs as you type.'
	);
	await expect(page.locator('.problems li')).toHaveCount(0);
	await expect(page.getByLabel('Your reply', { exact: true })).not.toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await expect(page.getByText('Draft saved in this browser.')).toHaveCount(0);
	await page
		.getByLabel('Your reply', { exact: true })
		.fill('Care costs are already paid on holidays.');
	await expect(page.locator('#pr-summary')).toHaveText(/problems? to fix|suggestions?\./);
	await expect(page.locator('.problems li').first()).toBeVisible();
	await expect(page.getByText('Draft saved in this browser.')).toBeVisible();
});
