/**
 * Interchange in the built site: every debate of every CRUX_ARGUMENTS folder on the home
 * page, the downloads behind its links, and a whole site built from an imported corpus
 * text (a microtext, so the extra build stays small) whose map opens.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { test, expect } from './fixtures';
import { CORPORA } from '../src/lib/testing/corpora';

const ROOT = resolve(import.meta.dirname, '..');
// The folders the e2e site is built from (as playwright.config.ts passes them to the build).
const FOLDERS = (
	process.env.CRUX_ARGUMENTS ?? ['arguments', 'tests/fixtures/arguments'].join(delimiter)
)
	.split(delimiter)
	.filter(Boolean);
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
	const card = page.locator('.debates li').first();
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

test.describe('a site built from an imported corpus text', () => {
	const micro = join(CORPORA, 'microtexts', 'arggraph', 'micro_b001.xml');
	test.skip(!existsSync(micro), `the corpora folder ${CORPORA} is absent (set CRUX_SHARED)`);
	test.setTimeout(300_000);

	let server: ChildProcess | undefined;
	let tmp: string | undefined;
	// SvelteKit's own output must sit inside the project so it can resolve packages; tmp/ is ignored by git.
	const kit = join(ROOT, 'tmp', `e2e-import-kit-${process.pid}`);
	const port = Number(process.env.E2E_PORT ?? 4317) + 1;

	test.afterAll(() => {
		server?.kill();
		if (tmp) rmSync(tmp, { recursive: true, force: true });
		rmSync(kit, { recursive: true, force: true });
	});

	test('imports micro_b001, builds it in a temporary folder and opens its map', async ({
		page
	}) => {
		// Made here, not when the file loads, so workers that do not run this test leave nothing behind.
		tmp = mkdtempSync(join(tmpdir(), 'crux-e2e-import-'));
		const tsx = join(ROOT, 'node_modules/.bin/tsx');
		const imported = spawnSync(tsx, ['scripts/import.ts', micro, '--out', join(tmp, 'arguments')], {
			cwd: ROOT,
			encoding: 'utf8'
		});
		expect(imported.status, imported.stdout + imported.stderr).toBe(0);
		const built = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build'], {
			cwd: ROOT,
			encoding: 'utf8',
			env: {
				...process.env,
				CRUX_ARGUMENTS: join(tmp, 'arguments'),
				CRUX_BUILD_DIR: join(tmp, 'build'),
				CRUX_KIT_DIR: kit
			}
		});
		expect(built.status, built.stderr.slice(-2000)).toBe(0);
		server = spawn(process.execPath, ['scripts/serve.js', join(tmp, 'build'), String(port)], {
			cwd: ROOT,
			stdio: 'ignore'
		});
		const base = `http://127.0.0.1:${port}`;
		await expect(async () =>
			expect((await page.request.get(`${base}/`)).status()).toBe(200)
		).toPass({ timeout: 20_000 });

		await page.goto(`${base}/`);
		await expect(page.locator('.debates li h2 a')).toHaveText(['micro_b001: waste separation']);
		await page.goto(`${base}/micro-b001`);
		await expect(page.locator('.map[data-ready="true"]')).toBeVisible();
		await expect(
			page
				.getByText('We Berliners should take the chance and become pioneers in waste separation!')
				.first()
		).toBeVisible();
	});
});
