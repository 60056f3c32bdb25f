/**
 * The verdicts after outside review 2 (findings 5, 8, 11, 13), on the phones-in-class fixture
 * debate: the office-line clash decides the resolution (Contested on the map's own verdicts).
 */
import { execFileSync } from 'node:child_process';
import { test, expect, openMap, drawn, axeViolations } from './fixtures';

const DEBATE = 'phones-in-class';
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const pdfText = (path: string) =>
	execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });

test('the map’s opening view says where the resolution stands: its balance in the panel, its verdict on its card (finding 5)', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openMap(page, '', DEBATE);
	const panel = page.getByRole('complementary', { name: 'Selected claim' });
	const balance = panel.getByRole('region', { name: 'Where the map leaves the resolution' });
	await expect(balance).toContainText('Contested');
	await expect(balance).toContainText('It turns on one open clash:');
	await expect(balance).toContainText('For the ban (2 lines)');
	await expect(balance).toContainText('Against the ban (2 lines)');
	// Near the top: under the debate's title, above its description, in the first screenful.
	const title = (await panel.getByRole('heading', { level: 2 }).boundingBox())!;
	const top = (await balance.boundingBox())!;
	const intro = (await panel.locator('p', { hasText: 'Select a claim to see' }).boundingBox())!;
	expect(top.y).toBeGreaterThan(title.y);
	expect(top.y).toBeLessThan(intro.y);
	expect(top.y).toBeLessThan(720 / 2);
	// The ballot itself waits to be asked for.
	await expect(panel.getByRole('button', { name: 'Judge it: open a ballot' })).toBeVisible();
	await expect(panel.locator('section.ballot')).toHaveCount(0);
	expect(await axeViolations(page)).toEqual([]);
	// Its names select the claim.
	await balance.getByRole('button', { name: 'The office line is too slow' }).click();
	await expect(page).toHaveURL(/claim=office-line-too-slow/);

	// The resolution's card carries its verdict with the statuses off; the other cards do not.
	await page.goto(`/${DEBATE}`);
	await expect(page.locator('.map[data-ready="true"]')).toBeVisible();
	const band = async (of: string) =>
		(await drawn(page)).find((n) => n.kind === 'band' && n.of === of)?.text ?? '';
	await expect.poll(() => band('resolution')).toMatch(/CONTESTED/);
	expect(await band('parents-must-reach-pupils')).not.toMatch(/HOLDS|FALLS|CLASH|CONTESTED/);
});

test('a drill model answer in an open clash says so on the card (finding 11)', async ({ page }) => {
	await page.goto(`/${DEBATE}/prep/against/drill`);
	const progress = page.locator('.progress');
	const total = Number((await progress.textContent())!.split(' of ')[1]);
	for (let i = 0; i < total; i++) {
		if ((await page.locator('#drill-claim').textContent()) === 'Phones break focus') break;
		await page.getByRole('button', { name: /Next/ }).click();
	}
	await page.getByRole('button', { name: /Reveal answers/ }).click();
	const answer = page.locator('.answer', { hasText: 'Ban studies show mixed results' });
	await expect(answer.locator('.hinge')).toHaveText(
		'⇄ Open clash: holds only if you win its clash with “Phones break focus”. Judge it on a ballot before you lead with it.'
	);
	// Judged on a ballot, it stands: no hinge.
	await page.goto(
		`/${DEBATE}/prep/against/drill?prevail=ban-studies-show-mixed-results~phones-break-focus`
	);
	for (let i = 0; i < total; i++) {
		if ((await page.locator('#drill-claim').textContent()) === 'Phones break focus') break;
		await page.getByRole('button', { name: /Next/ }).click();
	}
	await page.getByRole('button', { name: /Reveal answers/ }).click();
	await expect(
		page.locator('.answer', { hasText: 'Ban studies show mixed results' })
	).toBeVisible();
	await expect(page.locator('.answer .hinge')).toHaveCount(0);
});

test('a printed brief never splits a section heading across pages, on A4, Letter and pages of other heights (finding 8)', async ({
	page
}, testInfo) => {
	// Each line of this fixture has a long label: its heading takes two lines in print.
	await page.goto('/long-headings/prep/for/brief');
	const headings = (await page.locator('section.line > h2').allTextContents()).map(squash);
	expect(headings.length).toBeGreaterThanOrEqual(10);
	await page.emulateMedia({ media: 'print' });
	// A4 and Letter, then a sweep of page heights, so that some heading meets a page's foot.
	const formats: Array<{ name: string; options: Parameters<typeof page.pdf>[0] }> = [
		{ name: 'A4', options: { format: 'A4' } },
		{ name: 'Letter', options: { format: 'Letter' } },
		...[120, 135, 150, 165, 180, 195, 210, 225].map((h) => ({
			name: `210×${h} mm`,
			options: { width: '210mm', height: `${h}mm` }
		}))
	];
	for (const { name, options } of formats) {
		const path = testInfo.outputPath(`brief-${name.replace(/\W+/g, '-')}.pdf`);
		await page.pdf({ ...options, path, printBackground: false });
		// Page 1 is the summary, which lists the lines' titles too: the cards start on page 2.
		const pages = pdfText(path).split('\f').map(squash).slice(1);
		for (const h of headings)
			expect(
				pages.some((p) => p.includes(h)),
				`${name}: “${h}” is split across pages`
			).toBe(true);
	}
});
