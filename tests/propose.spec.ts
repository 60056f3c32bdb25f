/**
 * The "propose a reply" form: live validation, output, draft persistence, and a round trip
 * through the validator. Run on the fixture debate (tests/fixtures/arguments/four-day-week), so
 * a change to the bundled data cannot break it.
 */
import { readdirSync } from 'node:fs';
import { test, expect, axeViolations, FIXTURE } from './fixtures';
import { checkClaimFile } from '../src/lib/validate/index';

const FOLDER = `tests/fixtures/arguments/${FIXTURE}`;
const TARGET = 'childcare-burden';

const ids = (folder: string) =>
	readdirSync(`${FOLDER}/${folder}`)
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => f.slice(0, -5));

async function pickTarget(): Promise<{ id: string; all: string[] }> {
	return { id: TARGET, all: ids('claims') };
}

test('propose a reply: live errors, a valid file, GitHub link, and a draft that survives reload', async ({
	page
}) => {
	const { id: target, all } = await pickTarget();
	await page.goto(`/${FIXTURE}/propose?to=${target}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Propose a reply');
	const targetSelect = page.getByLabel('Claim it answers', { exact: true });
	await expect(targetSelect).toHaveValue(target);
	await expect(page.getByLabel('attacks it (a rebuttal)')).toBeChecked();

	const text =
		'Many families already pay for care on school holidays: one more day changes little.';
	await page.getByLabel('Your reply', { exact: true }).fill(text);
	// Whose words: the form asks first, and says what each answer needs.
	await expect(page.locator('#pr-voice-err')).toContainText('Say whose words these are');
	// Review 2, finding 9: before the choice, the one thing to do is to make it; each item of
	// the check says whether it is to fix or a suggestion, and none speaks YAML.
	await expect(page.locator('.problems li')).toHaveText([
		/^To fix: Whose words: Say whose words these are/
	]);
	await expect(page.locator('.check')).not.toContainText('speaker:');
	await expect(page.locator('#pr-summary')).toHaveText('1 problem to fix (marked “To fix”).');
	await page.getByRole('radio', { name: /What a source says/ }).check();
	await page.getByLabel('Speaker', { exact: true }).selectOption('ada-ortiz');
	await page.getByLabel('Source', { exact: true }).selectOption('town-hall-debate');
	await page.getByLabel('Where in the source', { exact: true }).fill('Ortiz, para. 3');

	// The quote is empty: the validator says so, next to the quote field.
	const quote = page.getByLabel('Quote', { exact: true });
	await expect(quote).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#pr-quote-err')).toContainText(
		'Copy the author’s words into “Quote”, exactly as they are written.'
	);
	await expect(quote).toHaveAttribute('aria-describedby', /pr-quote-err/);

	// A bad id: flagged on the id field, and counted in the live summary.
	const idField = page.getByLabel('File name (id)', { exact: true });
	await idField.fill('Bad Id!');
	await expect(page.locator('#pr-id-err')).toContainText('“Bad Id!” cannot be a file name');
	await expect(idField).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#pr-summary')).toHaveText(/^2 problems to fix/);
	await expect(page.locator('.problems li')).toHaveCount(2);

	// An unknown tag: the hint lists every tag, on its own line under the message.
	const tags = page.getByLabel('Tags, separated by commas', { exact: true });
	await tags.fill('familys, nosuchtag');
	const tagProblem = page.locator('.problems li', { hasText: 'nosuchtag' });
	await expect(tagProblem.locator('.hint')).toHaveText(
		'Use one of its tags (learning, wellbeing, cost, families), or leave it out.'
	);
	await expect(tagProblem.locator('.hint')).toHaveCSS('display', 'block');
	await expect(page.locator('.problems li', { hasText: 'familys' }).locator('.hint')).toHaveText(
		'Did you mean "families"?'
	);
	await tags.fill('');

	// Fix both, with a quote that carries the claim (one that shares no word with it is flagged).
	await quote.fill('Geography is not destiny.');
	await expect(page.locator('#pr-quote-err')).toContainText('share almost no words');
	await quote.fill('Many families already pay for care on school holidays.');
	await idField.fill('');
	await expect(page.locator('#pr-summary')).toHaveText(
		'No problems: the file is ready. The quote is checked word for word against the source text when the pull request is checked, or when your teacher collects your proposal file.'
	);
	await expect(quote).toHaveAttribute('aria-invalid', 'false');
	await expect(page.locator('.field-errors')).toHaveCount(0);

	const preview = page.getByTestId('preview-claim');
	await expect(preview).toContainText(text);
	await expect(preview).toContainText(`attacks: [${target}]`);
	const yamlText = (await preview.textContent())!;
	expect(yamlText.split('\n')[0]).toBe(
		'# yaml-language-server: $schema=../../../static/schema/claim.schema.json'
	);

	const link = page.getByRole('link', { name: /Open on GitHub/ });
	const href = (await link.getAttribute('href'))!;
	expect(href).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/new\/main\?/);
	expect(href).toContain(`filename=arguments%2F${FIXTURE}%2Fclaims%2F`);
	expect(new URL(href).searchParams.get('value')).toBe(yamlText);
	expect(await link.getAttribute('rel')).toContain('noopener');

	// The previewed file passes the project's validator, in Node.
	const path = new URL(href).searchParams.get('filename')!;
	const problems = checkClaimFile(path, yamlText, {
		claims: all,
		people: ids('people'),
		sources: ids('sources')
	});
	expect(problems).toEqual([]);

	// The draft survives a reload.
	await page.reload();
	await expect(page.getByText('Your draft was restored from this browser.')).toBeVisible();
	await expect(page.getByLabel('Your reply', { exact: true })).toHaveValue(text);
	await expect(page.getByLabel('Quote', { exact: true })).toHaveValue(
		'Many families already pay for care on school holidays.'
	);
	await expect(page.getByLabel('Where in the source', { exact: true })).toHaveValue(
		'Ortiz, para. 3'
	);
	await expect(targetSelect).toHaveValue(target);
	await expect(page.getByTestId('preview-claim')).toHaveText(yamlText);

	// "Discard draft" clears it, also after another reload.
	await page.getByRole('button', { name: 'Discard draft' }).first().click();
	await expect(page.getByLabel('Your reply', { exact: true })).toHaveValue('');
	await expect(page.getByLabel('Quote', { exact: true })).toHaveValue('');
	await expect(targetSelect).toHaveValue(target);
	await page.reload();
	await expect(targetSelect).toHaveValue(target);
	await expect(page.getByLabel('Your reply', { exact: true })).toHaveValue('');
	await expect(page.getByText('Your draft was restored from this browser.')).toHaveCount(0);
});

test('a new speaker and source produce their own files too', async ({ page }) => {
	const { id: target } = await pickTarget();
	await page.goto(`/${FIXTURE}/propose?to=${target}`);
	await expect(page.getByLabel('Claim it answers', { exact: true })).toHaveValue(target);
	await page.getByLabel('Your reply', { exact: true }).fill('Distance matters less than resolve.');
	await page.getByRole('radio', { name: /What a source says/ }).check();
	await page.getByLabel('Speaker', { exact: true }).selectOption('__new__');
	await expect(page.getByText('A new speaker needs a file in people/')).toBeVisible();
	await page.getByLabel('Name', { exact: true }).fill('Ann Teacher');
	await page.getByLabel('Source', { exact: true }).selectOption('__new__');
	await page.getByLabel('Title, as published', { exact: true }).fill('Resolve, not distance');
	await page.getByLabel('Web address (optional)', { exact: true }).fill('javascript:alert(1)');
	await expect(page.locator('#pr-newSourceUrl-err')).toContainText('http');
	await page
		.getByLabel('Web address (optional)', { exact: true })
		.fill('https://example.org/resolve');
	await page.getByLabel('Quote', { exact: true }).fill('Resolve matters.');
	await page.getByLabel('Where in the source', { exact: true }).fill('p. 1');
	// A new speaker speaks in a new source only if it says so: here, as its author.
	await expect(page.locator('#pr-source-err')).toContainText('put words in Ann Teacher’s mouth');
	await page
		.getByLabel('Authors, separated by commas (optional)', { exact: true })
		.fill('Ann Teacher');
	await expect(page.locator('#pr-summary')).toHaveText(
		'No problems: the file is ready. The quote is checked word for word against the source text when the pull request is checked, or when your teacher collects your proposal file.'
	);
	await expect(page.getByTestId('preview-person')).toContainText('name: "Ann Teacher"');
	await expect(page.getByTestId('preview-source')).toContainText(
		'url: "https://example.org/resolve"'
	);
	await expect(page.getByTestId('preview-claim')).toContainText('speaker: ann-teacher');
	await expect(page.getByTestId('preview-claim')).toContainText('source: resolve-not-distance');
	await expect(page.getByRole('link', { name: /Open on GitHub/ })).toHaveCount(3);
	await page.getByRole('button', { name: 'Discard draft' }).first().click();
});

test('an unknown target is explained; the form works at phone width without sideways scrolling', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(`/${FIXTURE}/propose?to=no-such-claim`);
	await expect(page.getByText('There is no claim “no-such-claim” in this debate')).toBeVisible();
	await expect(page.getByLabel('Claim it answers', { exact: true })).toHaveValue('');
	// Once something is typed, the missing target is flagged on its field.
	await page.getByLabel('Your reply', { exact: true }).fill('A reply with nothing to answer.');
	await expect(page.locator('#pr-target-err')).toContainText(
		'Choose the claim your reply answers.'
	);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('the propose page has no accessibility violations (axe-core)', async ({ page }) => {
	const { id: target } = await pickTarget();
	await page.goto(`/${FIXTURE}/propose?to=${target}`);
	await expect(page.getByLabel('Claim it answers', { exact: true })).toHaveValue(target);
	await page.getByLabel('Quote', { exact: true }).fill('x');
	expect(await axeViolations(page)).toEqual([]);
});
