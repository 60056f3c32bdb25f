import { execFileSync } from 'node:child_process';
import { test, expect, DEBATE } from './fixtures';

const RESOLUTION = 'RESOLVED: Japan Should Deepen Defense/Security Cooperation with Taiwan';
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

test('pick a side, see its ranked lines and gaps', async ({ page }) => {
	await page.goto(`/${DEBATE}/prep`);
	await page.getByRole('link', { name: /For the resolution/ }).click();
	await expect(page).toHaveURL(new RegExp(`/${DEBATE}/prep/for$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prepare: For the resolution');

	const lines = page.locator('ol.lines > li');
	expect(await lines.count()).toBeGreaterThan(3);
	const strengths = (await page.locator('ol.lines > li > h3 .num').allTextContents()).map((t) =>
		Number(t.replace('≈', ''))
	);
	expect(strengths.length).toBe(await lines.count());
	expect([...strengths].sort((a, b) => b - a)).toEqual(strengths);
	await expect(lines.first().locator('.status').first()).toHaveText(/Standing|Refuted|Contested/);

	// Every claim name opens the map on that claim.
	const first = lines.first().locator('h3 a.title');
	expect(await first.getAttribute('href')).toMatch(new RegExp(`/${DEBATE}\\?claim=[a-z0-9-]+$`));

	const gaps = page.getByRole('region', { name: 'Gaps' });
	await expect(gaps.getByText(/Opposing claims nobody has answered \(\d+\)/)).toBeVisible();
	await expect(gaps.getByText(/Your claims without evidence \(\d+\)/)).toBeVisible();
	await expect(gaps.getByText(/Your claims currently refuted \([1-9]\d*\)/)).toBeVisible();
	await expect(gaps.getByText('refuted by').first()).toBeVisible();

	await page.getByRole('link', { name: 'Switch to Against the resolution' }).click();
	await expect(page).toHaveURL(new RegExp(`/${DEBATE}/prep/against$`));
	await expect(page.locator('ol.lines > li').first()).toBeVisible();
});

test('an unknown side is not found', async ({ page }) => {
	// Asked of the static host directly: only both real sides are prerendered.
	const response = await page.request.get(`/${DEBATE}/prep/neither`);
	expect(response.status()).toBe(404);
});

test('the brief prints to a clean PDF of cards', async ({ page }, testInfo) => {
	await page.goto(`/${DEBATE}/prep/for`);
	await page.getByRole('link', { name: 'Printable brief' }).click();
	await expect(page).toHaveURL(new RegExp(`/${DEBATE}/prep/for/brief$`));
	await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();

	const card = page.locator('.card').first();
	const quote = squash((await card.locator('blockquote').textContent())!).replace(/^“|”$/g, '');
	const cite = squash((await card.locator('.cite').textContent())!);
	const title = /“([^”]+)\.”/.exec(cite)![1];

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
	await expect(page.locator('header.site')).toBeHidden();
	const path = testInfo.outputPath('brief.pdf');
	await page.pdf({ path, format: 'A4', printBackground: false });
	const text = squash(
		execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
	);

	expect(text).toContain(RESOLUTION);
	expect(text).toContain('Side: For the resolution');
	expect(text).toContain(quote.slice(0, 60));
	expect(text).toContain(title);
	expect(text).toMatch(/https?:\/\/\S+/); // source addresses are printed, not only linked
	expect(text).toMatch(/Attacks to expect/i);
	expect(text).not.toContain('argument maps with evidence'); // the site header
	expect(text).not.toMatch(/\bPrint\b/);
	expect(text).not.toContain('Back to the prep view');
});

test('a drill round runs from the keyboard alone', async ({ page }) => {
	await page.goto(`/${DEBATE}/prep/for/drill`);
	const progress = page.locator('.progress');
	await expect(progress).toHaveText(/^1 of \d+$/);
	const total = Number((await progress.textContent())!.split(' of ')[1]);
	expect(total).toBeGreaterThan(2);
	const heading = page.locator('#drill-claim');
	const firstTitle = await heading.textContent();

	// Wait for hydration: the key handler lives on the window once the page is interactive.
	await page.waitForFunction(() => document.readyState === 'complete');

	await page.keyboard.press('r');
	await expect(page.locator('#drill-answers')).toBeFocused();
	await expect(page.locator('#drill-answers')).toHaveText(
		/Answers in the map \(\d+\)|No answer in the map yet/
	);

	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/[?&]card=2(&|$)/);
	await expect(progress).toHaveText(`2 of ${total}`);
	await expect(heading).toBeFocused();
	await expect(heading).not.toHaveText(firstTitle!);
	await expect(page.locator('#drill-answers')).toHaveCount(0);

	await page.keyboard.press('Space');
	const answers = page.locator('article.answer');
	await expect(page.locator('#drill-answers')).toBeVisible();
	const n = await answers.count();
	if (n > 0) {
		await expect(page.locator('#drill-answers')).toHaveText(`Answers in the map (${n})`);
		const mapLink = answers.first().getByRole('link', { name: /show in the map/ });
		expect(await mapLink.getAttribute('href')).toMatch(
			new RegExp(`/${DEBATE}\\?claim=[a-z0-9-]+$`)
		);
		await expect(answers.first().locator('blockquote').first()).toBeVisible();
	}

	await page.keyboard.press('n');
	await expect(page).toHaveURL(/[?&]card=3(&|$)/);
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/[?&]card=2(&|$)/);
	await page.keyboard.press('p');
	await expect(page).toHaveURL(/[?&]card=1(&|$)/);
	await expect(heading).toHaveText(firstTitle!);

	// The address restores the card.
	await page.goto(`/${DEBATE}/prep/for/drill?card=3`);
	await expect(progress).toHaveText(`3 of ${total}`);
});
