/**
 * Interchange in the built site: every debate of every CRUX_ARGUMENTS folder on the home
 * page, the downloads behind its links, and a debate imported from a corpus text whose map opens.
 */
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { test, expect, FIXTURE } from './fixtures';
import { CORPORA } from '../src/lib/testing/corpora';
import { ARGUMENT_FOLDERS, MICROTEXT } from './setup/e2e-site';

const ROOT = resolve(import.meta.dirname, '..');
// The folders the e2e site is built from (as playwright.config.ts passes them to the build).
const FOLDERS = ARGUMENT_FOLDERS.split(delimiter).filter(Boolean);
const debatesIn = (folder: string) =>
	readdirSync(resolve(ROOT, folder), { withFileTypes: true })
		.filter((e) => e.isDirectory() && existsSync(join(ROOT, folder, e.name, 'debate.yaml')))
		.map((e) => e.name);

test('the home page lists every debate of every CRUX_ARGUMENTS folder', async ({ page }) => {
	await page.goto('/');
	const expected = FOLDERS.flatMap(debatesIn).sort();
	expect(expected.length).toBeGreaterThanOrEqual(2);
	const listed = await page
		.locator('.debates li h2 a')
		.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.slice(1)));
	expect(listed.sort()).toEqual(expected);
});

test('each debate card links to its Argdown, AIF and JSON downloads, which are what they say', async ({
	page
}) => {
	await page.goto('/');
	const card = page.locator('.debates li', { has: page.locator(`a[href$="/${FIXTURE}"]`) });
	const links = card.locator('.downloads a');
	await expect(links).toHaveText(['Argdown', 'AIF', 'Crux JSON']);
	const count = Number((await card.locator('.meta').innerText()).match(/(\d+) claims/)![1]);
	const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
	const [argdown, aif, json] = await Promise.all(hrefs.map((h) => page.request.get(h)));
	for (const r of [argdown, aif, json]) expect(r.status()).toBe(200);
	expect(hrefs[0]).toMatch(/\/([a-z0-9-]+)\/download\/\1\.argdown$/);
	expect((await argdown.text()).match(/^\[[a-z0-9-]+\]: /gm)).toHaveLength(count);
	const doc = await aif.json();
	expect(doc.nodes.filter((n: { type: string }) => n.type === 'I')).toHaveLength(count);
	const crux = await json.json();
	expect(crux.format).toBe('crux-debate');
	expect(Object.keys(crux.claims)).toHaveLength(count);
	// The size shown beside each link is the file's.
	await expect(card.locator('.downloads li').nth(2)).toContainText(/\d+ (KB|MB|bytes)/);
});

// The import itself ran before the build (tests/setup/import-corpus.ts), into a folder the one
// e2e build reads: a second build here would cost as much as the first.
test('a debate imported from a corpus text (micro_b001) is in the site and its map opens', async ({
	page
}) => {
	test.skip(!existsSync(MICROTEXT), `the corpora folder ${CORPORA} is absent (set CRUX_SHARED)`);
	await page.goto('/');
	await expect(page.locator('.debates li h2 a', { hasText: 'micro_b001' })).toHaveText(
		'micro_b001: waste separation'
	);
	await page.goto('/micro-b001');
	await expect(page.locator('.map[data-ready="true"]')).toBeVisible();
	await expect(
		page
			.getByText('We Berliners should take the chance and become pioneers in waste separation!')
			.first()
	).toBeVisible();
});
