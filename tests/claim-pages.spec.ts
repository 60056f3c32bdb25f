import { test, expect, FIXTURE } from './fixtures';

test('every claim has its own page with text, evidence and relations', async ({ page }) => {
	const res = await page.request.get(`/${FIXTURE}/ids.json`);
	const { claims } = await res.json();
	expect(claims.map((c: { id: string }) => c.id)).toContain('longer-days-keep-teaching-time');
	const claim = { id: 'longer-days-keep-teaching-time' };
	const response = await page.goto(`/${FIXTURE}/claims/${claim.id}`);
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
		.goto(`/${FIXTURE}/claims/${claim.id}`)
		.then(() => page.locator('blockquote').first().innerText());
	const html = await (await page.request.get(`/${FIXTURE}/claims/${claim.id}`)).text();
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
	const real = 'longer-days-keep-teaching-time';
	const typo = 'longer-days-keep-teaching-tine';
	const response = await page.goto(`/${FIXTURE}/claims/${typo}`);
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
	// tests/fixtures/arguments/renamed-claim: claims/uniforms-hide-wealth.yaml is a stub.
	const RENAMED = 'renamed-claim';
	const [old, current] = ['uniforms-hide-wealth', 'uniforms-hide-family-wealth'];
	const { moved } = await (await page.request.get(`/${RENAMED}/ids.json`)).json();
	expect(moved).toEqual({ [old]: current });
	await page.goto(`/${RENAMED}/claims/${old}`);
	await expect(page).toHaveURL(new RegExp(`/${RENAMED}/claims/${current}$`));
	await expect(page.locator('h1')).toContainText('Uniforms hide how much money');
	// The map's deep links follow renames too.
	await page.goto(`/${RENAMED}?claim=${old}`);
	await expect(page.locator(`#claim-text-${current}`)).toBeVisible();
});

test('a claim page shows its status, why, its strength’s inputs and what would change it', async ({
	page
}) => {
	await page.goto(`/${FIXTURE}/claims/pupils-fall-behind`);
	const status = page.getByRole('region', { name: 'Status' });
	await expect(status.locator('.status')).toHaveText(/Falls/);
	await expect(status).toContainText('Falls: “Friday catch-up gives more help” stands unanswered.');
	// Ben's own concession weighs in the strength but is not what leaves it unanswered.
	await expect(status).toContainText(
		'“Rest may help some pupils” (conceded by Ben Price) weighs in its strength but never against its status.'
	);
	await expect(status).toContainText(
		'from its base 0.60 (a verbatim quote from one cited source), lowered because its 2 attacks, 1 of them conceded'
	);
	const change = status.locator('.change');
	await expect(change).toHaveText(
		'What would change it: Answer Friday catch-up gives more help and it stands.'
	);
	await change.getByRole('link', { name: 'Friday catch-up gives more help' }).click();
	await expect(page).toHaveURL(new RegExp(`/${FIXTURE}/claims/catch-up-on-fridays$`));
	await expect(page.getByRole('region', { name: 'Status' }).locator('.status')).toHaveText(
		/Unchallenged/
	);

	await page.getByRole('link', { name: 'How status is computed' }).click();
	await expect(page).toHaveURL(new RegExp(`/${FIXTURE}/prep/status$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('How status is computed');
	await expect(page.locator('main')).toContainText('Falls (9 in this debate)');
});

test('a claim page says who raised, conceded or reported a claim', async ({ page }) => {
	await page.goto(`/${FIXTURE}/claims/staff-shortage-objection`);
	await expect(page.locator('.meta .speaker')).toHaveText('Raised by Ada Ortiz');
	await expect(page.getByRole('region', { name: 'Attacked by' })).toContainText(
		'Volunteers offer to run clubs — Ada Ortiz'
	);
	await page.goto(`/${FIXTURE}/claims/rest-may-help-some`);
	await expect(page.locator('.meta .speaker')).toHaveText('Conceded by Ben Price');
	await page.goto(`/${FIXTURE}/claims/pilot-schools-kept-results`);
	await expect(page.locator('.meta .speaker')).toHaveText(
		'Teachers in the pilot, reported by Valley Gazette'
	);
	// A standing claim says what it rests on.
	await page.goto(`/${FIXTURE}/claims/fridays-for-clubs`);
	await expect(page.getByRole('region', { name: 'Status' }).locator('.change')).toHaveText(
		'What would change it: if Volunteers offer to run clubs were answered, it would no longer stand.'
	);
});
