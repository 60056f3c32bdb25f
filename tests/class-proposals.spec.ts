/**
 * A class without GitHub accounts: a student writes replies in the form, downloads them as one
 * proposal file, and the teacher's `collect` adds them. Run on the fixture debate
 * tests/fixtures/arguments/school-phones (see scripts/fixtures/collect/README.md).
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { readProposalFile } from '../src/lib/contrib/proposal-file';
import { collectProposals } from '../src/lib/contrib/collect';
import { readDebateDir } from '../src/lib/validate/node.server';

const DEBATE = 'school-phones';

test('a student’s two replies leave as one proposal file that collect adds without a problem', async ({
	page
}) => {
	await page.goto(`/${DEBATE}/propose?to=bans-are-hard-to-enforce`);
	await expect(page.getByLabel('Claim it answers', { exact: true })).toHaveValue(
		'bans-are-hard-to-enforce'
	);
	// 1. Her own argument, under a name she chooses.
	await page
		.getByLabel('Your reply', { exact: true })
		.fill('A box for phones by the classroom door makes a ban easy to keep.');
	await page.getByRole('radio', { name: /My own argument/ }).check();
	await page.getByLabel('Your name, as it should appear (optional)').fill('Sam P.');
	await expect(page.locator('#pr-summary')).toHaveText(/^No problems/);
	await expect(page.getByTestId('preview-proposal')).toContainText('name: "Sam P."');
	await expect(page.getByTestId('preview-proposal')).toContainText('contributor: true');
	await page.getByRole('button', { name: 'Add to my list and write another' }).click();
	await expect(page.getByRole('heading', { name: 'My list (1)' })).toBeVisible();
	await expect(page.getByLabel('Your reply', { exact: true })).toHaveValue('');

	// 2. What a source says: the wrong author's words are refused at once, the right ones pass.
	await page.getByLabel('Claim it answers', { exact: true }).selectOption('resolution');
	await page
		.getByLabel('Your reply', { exact: true })
		.fill('School is a safe place for teenagers to learn to manage phones.');
	await page.getByRole('radio', { name: /What a source says/ }).check();
	await page.getByLabel('Speaker', { exact: true }).selectOption('maya-chen');
	await page.getByLabel('Source', { exact: true }).selectOption('assembly-debate');
	await page
		.getByLabel('Quote', { exact: true })
		.fill(
			'Teenagers will learn to manage phones at some point, and school is a safe place to learn it.'
		);
	await page.getByLabel('Where in the source', { exact: true }).fill('Reyes, para. 5');
	await expect(page.locator('#pr-locator-err')).toContainText(
		'would put Tom Reyes’s words in Maya Chen’s mouth'
	);
	await expect(page.getByRole('button', { name: 'Download proposal' })).toBeDisabled();
	await page.getByLabel('Speaker', { exact: true }).selectOption('tom-reyes');
	await expect(page.locator('#pr-summary')).toHaveText(/^No problems/);
	await page.getByRole('button', { name: 'Add to my list and write another' }).click();
	await expect(page.getByRole('heading', { name: 'My list (2)' })).toBeVisible();

	// The list survives a reload, and leaves as one file.
	await page.reload();
	await expect(page.getByRole('heading', { name: 'My list (2)' })).toBeVisible();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download all 2 as one file' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(
		/^school-phones-2-proposals-\d{8}-\d{6}-[0-9a-f]{6}\.crux\.yaml$/
	);
	const text = readFileSync((await download.path())!, 'utf8');
	const read = readProposalFile(download.suggestedFilename(), text);
	expect(read.problems).toEqual([]);
	expect(read.entries.map((e) => [e.entry?.voice, e.entry?.claim.speaker])).toEqual([
		['own', 'sam-p'],
		['source', 'tom-reyes']
	]);

	// The teacher's side: collect takes both, refuses nothing.
	const result = collectProposals({
		debate: readDebateDir(`tests/fixtures/arguments/${DEBATE}`),
		root: 'tests/fixtures/arguments',
		reads: [read]
	});
	expect(
		result.files.map((f) => [f.status, f.problems.filter((p) => p.severity === 'error')])
	).toEqual([['added', []]]);
	expect(result.writes.map((w) => w.path)).toEqual([
		'tests/fixtures/arguments/school-phones/people/sam-p.yaml',
		'tests/fixtures/arguments/school-phones/claims/box-for-phones-by-the-classroom-door-makes-a-ban-easy.yaml',
		'tests/fixtures/arguments/school-phones/claims/school-is-a-safe-place-for-teenagers-to-learn-to-manage.yaml'
	]);
});

test('the propose form fits a phone, with the list, and names no GitHub step a student must take', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(`/${DEBATE}/propose?to=parents-need-contact`);
	await page.getByLabel('Your reply', { exact: true }).fill('The office phone is always answered.');
	await page.getByRole('radio', { name: /My own argument/ }).check();
	await expect(page.getByRole('button', { name: 'Download proposal' })).toBeEnabled();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	await page.getByRole('button', { name: 'Discard draft' }).first().click();
});
