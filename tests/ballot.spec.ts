/**
 * The ballot (judge mode) on the phones-in-class fixture debate: the office-line clash decides
 * the resolution, the focus clash does not. A student judges a clash, sees the resolution
 * change with reasons, and the link gives a fresh page the same verdicts.
 */
import { test, expect, openMap, drawn, axeViolations } from './fixtures';

const DEBATE = 'phones-in-class';
const PREP = `/${DEBATE}/prep/against`;
const REACHES = '“The office line reaches pupils” prevails';
const TOO_SLOW = '“The office line is too slow” prevails';

test('judge the deciding clash: the resolution changes, with reasons, and the link carries it', async ({
	page,
	browser
}) => {
	await page.goto(PREP);
	// The map's own verdict, never a bare badge: the balance names the clash it turns on.
	const own = page.getByRole('region', { name: 'Where the map leaves the resolution' });
	await expect(own).toContainText('Contested');
	await expect(own).toContainText('It turns on one open clash:');
	await expect(own.locator('.deciding li')).toHaveText(
		/^The office line reaches pupils ⇄\s*clashes with The office line is too slow$/
	);
	await expect(own).toContainText('Against the ban (2 lines)');

	// Opened from the keyboard.
	const open = page.getByRole('button', { name: /open a ballot/ });
	await open.focus();
	await page.keyboard.press('Enter');
	const ballot = page.locator('section.ballot[data-ballot="ready"]');
	await expect(ballot).toBeVisible();
	await expect(ballot.getByRole('group', { name: /office line/ })).toContainText(
		'decides the resolution'
	);

	await ballot.getByLabel(REACHES).check();
	const mine = ballot.getByRole('region', { name: 'The resolution on your ballot' });
	await expect(mine).toContainText('Holds');
	await expect(mine).toContainText('Against: 0 of 2 lines stand, 2 fall');
	const changes = ballot.locator('ul.changes li');
	await expect(changes).toHaveCount(4);
	await expect(changes.first()).toHaveText(
		'“Ban phones in class” now stands: you judged “The office line reaches pupils” over “The office line is too slow” (the map says Contested).'
	);
	// The page's own badges follow the ballot, marked as the ballot's.
	const line = page.locator('ol.lines > li', { hasText: 'Parents must reach pupils' }).first();
	await expect(line.locator('.status').first()).toContainText('Falls');
	await expect(line.locator('.status').first()).toContainText('on your ballot');

	await expect(page).toHaveURL(/\?prevail=office-line-reaches-pupils~office-line-too-slow$/);
	// The open ballot, its changes and both balances pass axe.
	expect(await axeViolations(page)).toEqual([]);
	const link = page.url();

	// A fresh page (no stored ballot) opening the link shows the same verdicts.
	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto(link);
	await other.locator('body.started').waitFor({ state: 'attached' });
	const again = other.locator('section.ballot[data-ballot="ready"]');
	await expect(again.getByLabel(REACHES)).toBeChecked();
	await expect(again.getByRole('region', { name: 'The resolution on your ballot' })).toContainText(
		'Holds'
	);
	await expect(again.locator('ul.changes li')).toHaveCount(4);
	await fresh.close();

	// The other way round, the resolution falls; Reset returns to the map's own verdicts.
	await ballot.getByLabel(TOO_SLOW).check();
	await expect(mine).toContainText('Falls');
	await ballot.getByRole('button', { name: 'Reset to the map’s verdicts' }).click();
	await expect(page).toHaveURL(new RegExp(`${PREP}$`));
	await expect(ballot.getByLabel('The map’s own (every clash left open)')).toBeChecked();
	await expect(ballot.locator('ul.changes')).toHaveCount(0);
});

test('a preset takes one debater’s side in every clash; the browser keeps the ballot', async ({
	page
}) => {
	await page.goto(PREP);
	await page.getByRole('button', { name: /open a ballot/ }).click();
	const ballot = page.locator('section.ballot[data-ballot="ready"]');
	await ballot.getByLabel(/As Dev Rao argues/).check();
	await expect(ballot.getByLabel(TOO_SLOW)).toBeChecked();
	await expect(ballot.getByLabel('“Ban studies show mixed results” prevails')).toBeChecked();
	await expect(ballot.getByRole('region', { name: 'The resolution on your ballot' })).toContainText(
		'Falls'
	);
	// Without the parameters, the stored ballot comes back (and into the address).
	await page.goto(PREP);
	await expect(
		page.locator('section.ballot[data-ballot="ready"]').getByLabel(/As Dev Rao argues/)
	).toBeChecked();
	await expect(page).toHaveURL(/prevail=/);
});

test('a link naming renamed claims or garbage is applied to what exists, with a note, never an error page', async ({
	page
}) => {
	await page.goto(
		`${PREP}?prevail=renamed-claim~office-line-too-slow,not%20a%20pair,office-line-reaches-pupils~office-line-too-slow&reject=ban-worries-young-carers`
	);
	const ballot = page.locator('section.ballot[data-ballot="ready"]');
	await expect(ballot).toBeVisible();
	await expect(ballot).toContainText(
		'Part of this link’s ballot could not be read and was ignored: “not a pair” is not a pair of claims (winner~loser).'
	);
	await expect(ballot).toContainText(
		'This ballot names claims that are not in the map (renamed or removed), so they were left out: renamed-claim.'
	);
	await expect(ballot.getByLabel(REACHES)).toBeChecked();
	await expect(ballot.locator('ul.changes')).toContainText(
		'“A ban cuts cyberbullying” now stands: you rejected “A ban worries young carers”'
	);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prepare: Against the ban');
});

test('the map: a ballot link colours the cards, keeps the map’s place, and the panel judges a clash', async ({
	page
}) => {
	await openMap(
		page,
		'?status=1&claim=office-line-reaches-pupils&prevail=office-line-too-slow~office-line-reaches-pupils',
		DEBATE
	);
	await expect(page).toHaveURL(/claim=office-line-reaches-pupils/);
	await expect(page).toHaveURL(/prevail=office-line-too-slow~office-line-reaches-pupils/);
	const panel = page.getByRole('complementary', { name: 'Selected claim' });
	await expect(panel.locator('.claim-status .verdict')).toContainText('Falls');
	await expect(panel.locator('.claim-status .judged')).toContainText(
		'On your ballot. The map’s own verdict: Open clash'
	);
	// The cards show the ballot's verdicts: Dev Rao's emergency line holds on this ballot.
	const band = async () =>
		(await drawn(page)).find((n) => n.kind === 'band' && n.of === 'parents-must-reach-pupils')
			?.text;
	await expect.poll(band).toContain('HOLDS');
	await panel.getByLabel('This claim prevails').check();
	await expect(panel.locator('.claim-status .verdict')).toContainText('Holds');
	await expect.poll(band).toContain('FALLS');
	expect(await axeViolations(page)).toEqual([]);
	await expect(page).toHaveURL(/prevail=office-line-reaches-pupils~office-line-too-slow/);
	await expect(page).toHaveURL(/claim=office-line-reaches-pupils/);
});

test('the drill’s model answers are the side’s own claims that stand, the rest set aside', async ({
	page
}) => {
	await page.goto(`/${DEBATE}/prep/against/drill`);
	const progress = page.locator('.progress');
	const total = Number((await progress.textContent())!.split(' of ')[1]);
	for (let i = 0; i < total; i++) {
		if ((await page.locator('#drill-claim').textContent()) === 'Phones break focus') break;
		await page.getByRole('button', { name: /Next/ }).click();
	}
	await expect(page.locator('#drill-claim')).toHaveText('Phones break focus');
	await page.getByRole('button', { name: /Reveal answers/ }).click();
	await expect(page.locator('#drill-answers')).toHaveText('Model answers from Against the ban (1)');
	await expect(page.locator('.answer')).toHaveCount(1);
	await expect(page.locator('.answer')).toContainText('Ban studies show mixed results');
	const aside = page.locator('details.set-aside');
	await expect(aside).toContainText('Also in the map, not to lead with (2)');
	await aside.locator('summary').click();
	await expect(aside).toContainText(
		'Phones are learning tools — Raised by Cara Lim, in order to answer it'
	);
	await expect(aside).toContainText('Short phone breaks help refocus — it falls');
});

test('the map’s resolution comes with its balance, never a bare badge', async ({ page }) => {
	await openMap(page, '?claim=resolution', DEBATE);
	const panel = page.getByRole('complementary', { name: 'Selected claim' });
	await panel
		.getByRole('button', { name: 'Show each side’s lines and the clashes it turns on' })
		.click();
	const balance = panel.getByRole('region', { name: 'Where the map leaves the resolution' });
	await expect(balance).toContainText('It turns on one open clash:');
	await expect(balance).toContainText('For the ban (2 lines)');
	// Its claims are buttons that select them on the map.
	await balance.getByRole('button', { name: 'The office line is too slow' }).click();
	await expect(page).toHaveURL(/claim=office-line-too-slow/);
});
