/**
 * Prep, brief and drill, on the made-up fixture debate (tests/fixtures/arguments/four-day-week)
 * so data changes cannot break them; plus one labelled smoke test, the brief's length on the
 * bundled debate.
 */
import { execFileSync } from 'node:child_process';
import { test, expect, DEBATE, FIXTURE, started } from './fixtures';

const RESOLUTION = 'RESOLVED: Our school should move to a four-day week';
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function pdfText(path: string, layout = false): string {
	return execFileSync('pdftotext', ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), path, '-'], {
		encoding: 'utf8'
	});
}

function pdfPages(path: string): number {
	const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
	return Number(/Pages:\s+(\d+)/.exec(info)![1]);
}

test('prep lists each side’s case in the order it is made, with who makes every item', async ({
	page
}) => {
	await page.goto(`/${FIXTURE}/prep`);
	await page.getByRole('link', { name: /For the four-day week/ }).click();
	await expect(page).toHaveURL(new RegExp(`/${FIXTURE}/prep/for$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Prepare: For the four-day week'
	);
	await expect(page.locator('.made-by')).toContainText('Ada Ortiz (5 lines)');

	const titles = page.locator('ol.lines > li > h3 a.title');
	await expect(titles).toHaveText([
		'Rested pupils learn more',
		'Longer days keep teaching time',
		'Teachers would stay longer',
		'Fridays free for clubs and catch-up',
		'Saves running costs',
		'Pilot schools kept their results'
	]);
	await expect(page.locator('ol.lines > li > h3 .who')).toHaveText([
		'— Ada Ortiz',
		'— Ada Ortiz',
		'— Ada Ortiz',
		'— Ada Ortiz',
		'— Ada Ortiz',
		'— Teachers in the pilot, reported by Valley Gazette'
	]);
	// Every item on the page names who argues it, and shows status and strength.
	const refs = page.locator('.ref');
	const n = await refs.count();
	expect(n).toBeGreaterThan(15);
	for (let i = 0; i < n; i++) {
		await expect(refs.nth(i).locator('.who')).toHaveText(/^— \S/);
		await expect(refs.nth(i).locator('.status')).toHaveText(/Unchallenged|Holds|Falls|Contested/);
		await expect(refs.nth(i).locator('.strength .num')).toHaveText(/^≈?[01]\.\d\d$/);
	}
	// What would change a line, in words.
	await expect(page.locator('ol.lines > li').nth(1).locator('.change')).toContainText(
		'Answer “Long days tire young pupils” and it stands.'
	);

	// Strongest first is an option, kept in the address.
	await page.getByRole('radio', { name: 'Strongest first' }).check();
	await expect(page).toHaveURL(/[?&]sort=strength/);
	const strengths = (await page.locator('ol.lines > li > h3 .num').allTextContents()).map((t) =>
		Number(t.replace('≈', ''))
	);
	expect([...strengths].sort((a, b) => b - a)).toEqual(strengths);
	// 0.76; "Rested pupils learn more" is 0.70 since the teacher survey behind it is attacked.
	await expect(titles.first()).toHaveText('Fridays free for clubs and catch-up');
	await expect(titles.nth(1)).toHaveText('Rested pupils learn more');
	await page.reload();
	await expect(page.getByRole('radio', { name: 'Strongest first' })).toBeChecked();
	await page.getByRole('radio', { name: 'As argued, first line first' }).check();
	await expect(page).not.toHaveURL(/sort=/);
	await expect(titles.nth(1)).toHaveText('Longer days keep teaching time');
});

test('a raised objection is shown as raised, with its raiser’s answer, never as a line', async ({
	page
}) => {
	await page.goto(`/${FIXTURE}/prep/against`);
	const lines = page.locator('ol.lines > li > h3 a.title');
	await expect(lines.first()).toHaveText('Families must find childcare');
	await expect(lines.nth(1)).toHaveText('Struggling pupils lose a day of help');
	await expect(lines.filter({ hasText: 'Friday clubs cannot be staffed' })).toHaveCount(0);
	const raised = page.getByRole('region', { name: /Points raised or conceded/ });
	await expect(raised).toContainText('Friday clubs cannot be staffed');
	await expect(raised).toContainText('Raised by Ada Ortiz, who answers:');
	await expect(raised.locator('.answers')).toContainText('Volunteers offer to run clubs');

	// Ben's concession attacks his own line: shown as conceded, and it does not refute him.
	const line = page.locator('ol.lines > li').nth(1);
	await expect(line).toContainText('Rest may help some pupils');
	await expect(line).toContainText('Conceded by Ben Price');
	await expect(line.locator('h3 .status')).toHaveText(/Falls/);
	await expect(line.locator('.change')).toContainText('“Friday catch-up gives more help”');

	const gaps = page.getByRole('region', { name: 'Gaps' });
	await expect(gaps.getByText(/Your claims facing an unanswered attack \(\d+\)/)).toBeVisible();
	await expect(gaps.getByText('and it stands').first()).toBeVisible();
	await page.getByRole('link', { name: 'How status is computed' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('How status is computed');
	await expect(page.locator('main')).toContainText('a speaker is never refuted by what they grant');
});

test('an unknown side is not found', async ({ page }) => {
	// Asked of the static host directly: only both real sides are prerendered.
	const response = await page.request.get(`/${FIXTURE}/prep/neither`);
	expect(response.status()).toBe(404);
});

test('the brief: summary first, one card per claim, citations that name who said it, a chooser kept in the address', async ({
	page
}, testInfo) => {
	await page.goto(`/${FIXTURE}/prep/for`);
	await page.getByRole('link', { name: 'Printable brief' }).click();
	await expect(page).toHaveURL(new RegExp(`/${FIXTURE}/prep/for/brief$`));
	await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
	// One card per claim: a line with two quotes is one card, the two quotes sharing a citation.
	const rested = page.locator('article.card', { hasText: 'A rested pupil learns more' });
	await expect(rested).toHaveCount(1);
	await expect(rested.locator('blockquote')).toHaveText([
		/^“A rested pupil learns more in four days than a tired one in five\.” \(Ortiz, para\. 1\)\s*$/,
		/^“Rested children simply learn more\.” \(Ortiz, para\. 8\) — Ada Ortiz, in “Town hall debate/
	]);

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
	await expect(page.locator('header.site')).toBeHidden();
	const path = testInfo.outputPath('brief.pdf');
	await page.pdf({ path, format: 'Letter', printBackground: false });
	const text = squash(pdfText(path));
	const pages = pdfText(path).split('\f');

	// Page 1 is the summary of the lines, in the order they are made; the cards start on page 2.
	expect(pages[0]).toContain(RESOLUTION);
	expect(squash(pages[0])).toContain('Side: For the four-day week');
	expect(squash(pages[0])).toMatch(/The case in 6 lines, as it is made/);
	expect(squash(pages[0]).indexOf('Rested pupils learn more')).toBeLessThan(
		squash(pages[0]).indexOf('Longer days keep teaching time')
	);
	expect(pages[0]).not.toContain('“A rested pupil learns more');
	expect(pages[1]).toContain('A rested pupil learns more in four days');
	// Page numbers.
	expect(text).toMatch(new RegExp(`Page 1 of ${pdfPages(path)}`));
	// Citations name who said the quote and where: speaker, piece, publisher, date, paragraph.
	expect(text).toContain(
		'“We add an hour to each day, so not one lesson is lost.” (Ortiz, para. 2) — Ada Ortiz, in “Town hall debate on the four-day week.” 2025-03.'
	);
	expect(text).toContain(
		'(para. 2) — Teachers in the pilot, as reported by Valley Gazette, in “Pilot schools report on the four-day week.” Valley Gazette, 2025-05.'
	);
	// Ben's concession is listed as such, with his words.
	expect(text).toContain('Conceded by Ben Price');
	expect(text).toContain('Ben Price, conceding, in “Town hall debate');
	expect(text).toMatch(/https:\/\/example\.org\/gazette\/\S+/); // the sources list, addresses printed
	expect(text).toMatch(/Attacks to expect/i);
	expect(text).not.toContain('argument maps with evidence'); // the site header
	expect(text).not.toMatch(/\bPrint\b/);
	expect(text).not.toContain('Choose what to include');

	// The chooser: Ben Price's claims only, kept in the address.
	await page.emulateMedia({ media: 'screen' });
	await page.getByText('Choose what to include').click();
	const speakers = page.getByRole('group', { name: 'Speakers' });
	await speakers.getByRole('checkbox', { name: 'Ada Ortiz' }).check();
	await expect(page).toHaveURL(/[?&]speakers=ada-ortiz(&|$)/);
	await expect(page.locator('.summary > li')).toHaveCount(5); // the reported line is not Ada's
	await expect(page.locator('article.card', { hasText: 'Ben Price' })).toHaveCount(0);
	const sources = page.getByRole('group', { name: 'Sources' });
	await sources
		.getByRole('checkbox', { name: 'Pilot schools report on the four-day week' })
		.check();
	await expect(page).toHaveURL(/speakers=ada-ortiz&sources=gazette-pilot-report/);
	await expect(page.locator('.summary > li')).toHaveCount(0);
	// The address gives the same brief to whoever opens it.
	await page.goto(`/${FIXTURE}/prep/for/brief?speakers=ben-price`);
	await expect(page.locator('.summary > li')).toHaveCount(0);
	await expect(page.locator('.selection')).toContainText('speakers Ben Price');
	await page.goto(`/${FIXTURE}/prep/for/brief?lines=saves-running-costs`);
	await expect(page.locator('.summary > li')).toHaveText([/^Saves running costs — Ada Ortiz/]);
});

test('smoke @bundled: the For brief prints on at most 16 Letter pages, none under half full but the last of a section', async ({
	page
}, testInfo) => {
	await page.goto(`/${DEBATE}/prep/for/brief`);
	await page.emulateMedia({ media: 'print' });
	const path = testInfo.outputPath('brief-for.pdf');
	await page.pdf({ path, format: 'Letter', printBackground: false });
	const count = pdfPages(path);
	testInfo.annotations.push({ type: 'pages', description: String(count) });
	expect(count).toBeLessThanOrEqual(16);
	// Text lines per page as a measure of fill: page 1 is the summary (a section of its own)
	// and the last page ends the brief; every page between holds at least half of the fullest.
	const lines = pdfText(path, true)
		.split('\f')
		.slice(0, count)
		.map((p) => p.split('\n').filter((l) => l.trim()).length);
	const fullest = Math.max(...lines);
	for (let i = 1; i < count - 1; i++)
		expect(lines[i], `page ${i + 1}: ${lines.join(', ')}`).toBeGreaterThanOrEqual(fullest / 2);
});

test('a drill round: answered cards first, type an answer, reveal, grade, and a gap to propose', async ({
	page
}) => {
	await page.goto(`/${FIXTURE}/prep/for/drill`);
	const progress = page.locator('.progress');
	await expect(progress).toHaveText(/^1 of \d+$/);
	const total = Number((await progress.textContent())!.split(' of ')[1]);
	expect(total).toBeGreaterThan(4);
	const heading = page.locator('#drill-claim');
	await expect(heading).toHaveText('Friday clubs cannot be staffed');
	// The opponent's claim with its quote, and who put it forward.
	const card = page.locator('article.card');
	await expect(card.locator('blockquote').first()).toContainText(
		'Some will say we cannot staff clubs on Fridays.'
	);
	await expect(card).toContainText('Raised by Ada Ortiz, in order to answer it.');

	// Typing in the answer box never moves the deck, even with the deck's keys.
	const box = page.getByRole('textbox', { name: 'Your answer' });
	await box.fill('');
	await box.pressSequentially('Parents and the rugby club run it: no need for staff.');
	await expect(progress).toHaveText(`1 of ${total}`);
	await expect(page.locator('#drill-answers')).toHaveCount(0);

	await page.getByRole('button', { name: /Reveal answers/ }).click();
	await expect(page.locator('#drill-answers')).toBeFocused();
	await expect(page.locator('#drill-answers')).toHaveText(
		'Model answers from For the four-day week (1)'
	);
	await expect(page.locator('.answer')).toContainText('Volunteers offer to run clubs');
	await expect(page.locator('.answer blockquote')).toContainText('rugby club');
	await page.getByRole('radio', { name: 'I had it' }).check();
	await expect(page.locator('.score')).toHaveText(
		`Graded 1 of ${total}: 1 had it, 0 partly, 0 missed.`
	);

	// Cards with answers come first; the first without one says so and offers a proposal.
	let i = 1;
	for (; i < total; i++) {
		await page.getByRole('button', { name: /Next/ }).click();
		await expect(progress).toHaveText(`${i + 1} of ${total}`);
		await page.keyboard.press('r');
		const h = await page.locator('#drill-answers').textContent();
		if (h === 'No answer of your own in the map yet') break;
	}
	// Cards with a model answer from this side come first (two in the fixture).
	expect(i).toBeGreaterThanOrEqual(2);
	const propose = page.getByRole('link', { name: 'Propose an answer' });
	const id = await page.evaluate(() => new URL(location.href).searchParams.get('card'));
	expect(Number(id)).toBe(i + 1);
	expect(await propose.getAttribute('href')).toMatch(
		new RegExp(`/${FIXTURE}/propose\\?to=[a-z0-9-]+$`)
	);
	// Back on the first card, the typed answer and the grade are still there.
	for (; i > 0; i--) await page.getByRole('button', { name: /Previous/ }).click();
	await expect(progress).toHaveText(`1 of ${total}`);
	await expect(box).toHaveValue('Parents and the rugby club run it: no need for staff.');
	await page.keyboard.press('r');
	await expect(page.getByRole('radio', { name: 'I had it' })).toBeChecked();
});

test('a drill round runs from the keyboard alone', async ({ page }) => {
	await page.goto(`/${FIXTURE}/prep/for/drill`);
	const progress = page.locator('.progress');
	await expect(progress).toHaveText(/^1 of \d+$/);
	const total = Number((await progress.textContent())!.split(' of ')[1]);
	const heading = page.locator('#drill-claim');
	const firstTitle = await heading.textContent();

	await page.keyboard.press('r');
	await expect(page.locator('#drill-answers')).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/[?&]card=2(&|$)/);
	await expect(progress).toHaveText(`2 of ${total}`);
	await expect(heading).toBeFocused();
	await expect(heading).not.toHaveText(firstTitle!);
	await expect(page.locator('#drill-answers')).toHaveCount(0);
	await page.keyboard.press('Space');
	await expect(page.locator('#drill-answers')).toBeVisible();
	await page.keyboard.press('n');
	await expect(page).toHaveURL(/[?&]card=3(&|$)/);
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('p');
	await expect(page).toHaveURL(/[?&]card=1(&|$)/);
	await expect(heading).toHaveText(firstTitle!);
	await page.goto(`/${FIXTURE}/prep/for/drill?card=3`);
	await expect(progress).toHaveText(`3 of ${total}`);
});

test('a swipe on a touch screen moves the drill', async ({ browser }) => {
	const context = await browser.newContext({
		hasTouch: true,
		viewport: { width: 390, height: 800 }
	});
	const page = await context.newPage();
	// A page of its own context: not the wrapped fixture, so it waits for the app itself.
	await started(page, await page.goto(`/${FIXTURE}/prep/for/drill`));
	const card = page.locator('article.card');
	const swipe = (from: number, to: number) =>
		card.evaluate(
			(el, [a, b]) => {
				const r = el.getBoundingClientRect();
				const y = r.top + 40;
				const ev = (type: string, x: number) =>
					new PointerEvent(type, {
						pointerType: 'touch',
						clientX: x,
						clientY: y,
						bubbles: true,
						isPrimary: true
					});
				const target = el.querySelector('h2') ?? el;
				target.dispatchEvent(ev('pointerdown', a));
				target.dispatchEvent(ev('pointerup', b));
			},
			[from, to]
		);
	await swipe(300, 80);
	await expect(page.locator('.progress')).toHaveText(/^2 of/);
	await swipe(80, 300);
	await expect(page.locator('.progress')).toHaveText(/^1 of/);
	await context.close();
});
