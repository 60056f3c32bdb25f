import { test, expect, DEBATE } from './fixtures';

test('every claim has its own page with text, evidence and relations', async ({ page }) => {
	const res = await page.request.get(`/${DEBATE}/ids.json`);
	const { claims } = await res.json();
	const claim = claims.find((c: { id: string }) => c.id !== 'resolution');
	const response = await page.goto(`/${DEBATE}/claims/${claim.id}`);
	expect(response?.status()).toBe(200);
	await expect(page.locator('h1')).not.toBeEmpty();
	await expect(
		page.getByRole('region', { name: 'Evidence' }).locator('blockquote').first()
	).toBeVisible();
	await expect(page.getByRole('region', { name: 'Chain to the resolution' })).toContainText(
		'the resolution'
	);
	const related = page
		.getByRole('region', { name: /^(Supports|Attacks)$/ })
		.getByRole('link')
		.first();
	const href = await related.getAttribute('href');
	await related.click();
	await expect(page).toHaveURL(new RegExp(`/claims/${href!.split('/').pop()}$`));
	// Works without JavaScript: the text and the quote are in the prerendered HTML.
	const quote = await page
		.goto(`/${DEBATE}/claims/${claim.id}`)
		.then(() => page.locator('blockquote').first().innerText());
	const html = await (await page.request.get(`/${DEBATE}/claims/${claim.id}`)).text();
	const words = quote.replace(/[“”]/g, '').split(/\s+/).slice(0, 6).join(' ');
	expect(html).toContain(words.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
});

/** The browser logs the 404 status of the document itself; that one is expected here. */
function expect404Logged(errors: string[]) {
	const rest = errors.filter((e) => !/status of 404/.test(e));
	expect(rest.length).toBeLessThan(errors.length);
	errors.splice(0, errors.length, ...rest);
}

test('an unknown claim id gets a helpful page with near matches', async ({
	page,
	consoleErrors
}) => {
	const res = await page.request.get(`/${DEBATE}/ids.json`);
	const { claims } = await res.json();
	const real: string = claims.find((c: { id: string }) => c.id.length > 20).id;
	const typo = real.slice(0, -1) + (real.endsWith('s') ? 'x' : 's');
	const response = await page.goto(`/${DEBATE}/claims/${typo}`);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('No such claim');
	await expect(page.locator('main')).toContainText(typo);
	await expect(page.getByRole('heading', { name: 'Did you mean' })).toBeVisible();
	expect404Logged(consoleErrors);
	await page.locator(`a[href$="/claims/${real}"]`).click();
	await expect(page).toHaveURL(new RegExp(`/claims/${real}$`));
});

test('an unknown page outside claims still explains itself', async ({ page, consoleErrors }) => {
	const response = await page.goto('/no-such-debate-here');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('link', { name: 'All debates' })).toBeVisible();
	expect404Logged(consoleErrors);
});

test('a renamed claim’s old address forwards to its new page', async ({ page }) => {
	const { moved } = await (await page.request.get(`/${DEBATE}/ids.json`)).json();
	const [old, current] = Object.entries(moved as Record<string, string>)[0];
	await page.goto(`/${DEBATE}/claims/${old}`);
	await expect(page).toHaveURL(new RegExp(`/claims/${current}$`));
	await expect(page.locator('h1')).not.toBeEmpty();
	// The map's deep links follow renames too.
	await page.goto(`/${DEBATE}?claim=${old}`);
	await expect(page.locator(`#claim-text-${current}`)).toBeVisible();
});
