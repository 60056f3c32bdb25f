/**
 * The ballot after outside review 1 (findings 2, 3, 7–12, 16, 17), on the phones-in-class
 * fixture debate: the office-line clash decides the resolution, the focus clash does not.
 */
import { test, expect, openMap, drawn } from './fixtures';

const DEBATE = 'phones-in-class';
const PREP = `/${DEBATE}/prep/against`;
const JUDGED = 'prevail=office-line-reaches-pupils~office-line-too-slow';

test('a ballot link never makes the map page scroll to white (finding 2)', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await openMap(page, `?${JUDGED}`, DEBATE);
	await expect(page.locator('section.ballot[data-ballot="ready"]')).toBeVisible();
	await expect(page.locator('ul.changes li').first()).toBeVisible();
	const tall = await page.evaluate(() => document.documentElement.scrollHeight);
	expect(tall).toBeLessThanOrEqual(768);
	await page.mouse.move(600, 30);
	await page.mouse.wheel(0, 2000);
	expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('a claim in an open clash shows its strength as a range, and the claim page says how to judge it (findings 3, 17)', async ({
	page
}) => {
	await page.goto(`/${DEBATE}/claims/office-line-too-slow`);
	const status = page.locator('.claim-status');
	await expect(status).toContainText('Open clash');
	await expect(status.locator('.clash')).toContainText('judge it (how a ballot works).');
	await expect(status.locator('.strength .num')).toHaveText(/^\d\.\d\d–\d\.\d\d$/);
	await expect(status.locator('p.strength')).toContainText('if it prevails');
	await expect(status.locator('p.strength')).toContainText('it is not a verdict on the clash');
});

test('what a link ignored is said when it also selects a claim; rejections count only real claims (finding 7)', async ({
	page
}) => {
	await openMap(
		page,
		'?claim=resolution&prevail=no-such-claim~office-line-too-slow&reject=ghost-claim',
		DEBATE
	);
	const panel = page.getByRole('complementary', { name: 'Selected claim' });
	await expect(panel.locator('.ballot-notes')).toContainText(
		/not in the map \(renamed or removed\), so they were left\s+out: ghost-claim, no-such-claim\./
	);
	await page.goto(`${PREP}?reject=qqq,not%20an%20id`);
	const ballot = page.locator('section.ballot[data-ballot="ready"]');
	await expect(ballot.locator('.ballot-notes')).toContainText('“not an id” is not a claim id');
	await expect(ballot.locator('.ballot-notes')).toContainText(/left\s+out: qqq\./);
	await expect(ballot.locator('summary')).toHaveText(
		'Reject claims you find unconvincing (0 rejected)'
	);
});

test('judging a clash shows on the map’s cards, the resolution’s card included (finding 8)', async ({
	page
}) => {
	await openMap(page, '', DEBATE);
	const band = async (of: string) =>
		(await drawn(page)).find((n) => n.kind === 'band' && n.of === of)?.text ?? '';
	// Without a ballot or the status overlay, no verdict on the cards.
	expect(await band('parents-must-reach-pupils')).not.toMatch(/HOLDS|FALLS/);
	await page.getByRole('button', { name: 'Judge it: open a ballot' }).click();
	const ballot = page.locator('section.ballot[data-ballot="ready"]');
	await ballot.getByLabel('“The office line reaches pupils” prevails').check();
	await expect.poll(() => band('parents-must-reach-pupils')).toContain('FALLS');
	await expect.poll(() => band('resolution')).toContain('HOLDS');
});

test('the drill’s model answers follow the ballot (finding 9)', async ({ page }) => {
	// Judging "Phones break focus" over "Ban studies show mixed results" leaves Against no answer to it.
	await page.goto(
		`/${DEBATE}/prep/against/drill?prevail=phones-break-focus~ban-studies-show-mixed-results`
	);
	await expect(page.locator('.on-ballot')).toContainText('Model answers follow your ballot');
	const progress = page.locator('.progress');
	const total = Number((await progress.textContent())!.split(' of ')[1]);
	for (let i = 0; i < total; i++) {
		if ((await page.locator('#drill-claim').textContent()) === 'Phones break focus') break;
		await page.getByRole('button', { name: /Next/ }).click();
	}
	await expect(page.locator('#drill-claim')).toHaveText('Phones break focus');
	await page.getByRole('button', { name: /Reveal answers/ }).click();
	await expect(page.locator('#drill-answers')).toHaveText('No answer of your own in the map yet');
	const aside = page.locator('details.set-aside');
	await aside.locator('summary').click();
	await expect(aside).toContainText('Ban studies show mixed results — it falls on your ballot');
});

test('the printed brief prints the ballot’s whole link and a QR code, and the balance once (finding 10)', async ({
	page
}) => {
	await page.goto(`/${DEBATE}/prep/against/brief?${JUDGED}`);
	const ballot = page.locator('section.ballot[data-ballot="ready"]');
	await expect(ballot).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	const reopen = ballot.locator('.reopen');
	await expect(reopen).toBeVisible();
	await expect(reopen.locator('.url')).toHaveText(
		/\/phones-in-class\/prep\/against\/brief\?prevail=office-line-reaches-pupils~office-line-too-slow$/
	);
	await expect(reopen.getByRole('img', { name: 'QR code of this ballot’s link' })).toBeVisible();
	await expect(ballot.locator('.actions')).toBeHidden();
	const printed = page.locator('section.balance').filter({ visible: true });
	await expect(printed).toHaveCount(1);
});

test('on a phone, opening the ballot shows and focuses it; Reset keeps the keyboard’s place (finding 11)', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(PREP);
	await page.getByRole('button', { name: 'Judge it: open a ballot' }).click();
	const heading = page.getByRole('heading', { name: 'Your ballot: judge the clashes' });
	await expect(heading).toBeFocused();
	const box = (await heading.boundingBox())!;
	expect(box.y).toBeGreaterThanOrEqual(0);
	expect(box.y).toBeLessThan(844 / 2);
	const ballot = page.locator('section.ballot[data-ballot="ready"]');
	await ballot.getByLabel('“The office line reaches pupils” prevails').check();
	await ballot.getByRole('button', { name: 'Reset to the map’s verdicts' }).click();
	await expect(ballot.getByLabel('The map’s own (every clash left open)')).toBeFocused();
});

test('the column view gives the resolution its status and its balance without a button (finding 12)', async ({
	page
}) => {
	await page.goto(`/${DEBATE}?view=columns`);
	const focus = page.locator('header.focus');
	await expect(focus.locator('.mark')).toHaveText(/Contested/);
	await expect(
		focus.getByRole('region', { name: 'Where the map leaves the resolution' })
	).toContainText('It turns on one open clash:');
});

test('presets per side: a side winning every clash (finding 16)', async ({ page }) => {
	await page.goto(PREP);
	await page.getByRole('button', { name: 'Judge it: open a ballot' }).click();
	const ballot = page.locator('section.ballot[data-ballot="ready"]');
	await ballot.getByLabel(/For the ban wins every clash, as Cara Lim argues/).check();
	await expect(ballot.getByRole('region', { name: 'The resolution on your ballot' })).toContainText(
		'Holds'
	);
	await expect(ballot.getByLabel('“Phones break focus” prevails')).toBeChecked();
});
