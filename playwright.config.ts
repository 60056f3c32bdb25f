import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { ARGUMENT_FOLDERS, BUILD_DIR, IMPORTED_DIR } from './tests/setup/e2e-site';

// Playwright's own browser where it could be downloaded; otherwise the system Chromium
// (Debian's /usr/bin/chromium), or whatever CHROMIUM_PATH names.
const systemChromium =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
// A port of our own, and never someone else's server: if it is taken, the run stops and says so.
const port = Number(process.env.E2E_PORT ?? 4317);
// The tested site: the bundled debates, the fixture debates the behaviour tests use, and a
// debate imported from the corpora just before the build (tests/setup/import-corpus.ts), all in
// one build beside the real site (never into build/), so a data change cannot break a UI test
// (tests/setup/e2e-site.ts).

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: process.env.PLAYWRIGHT_USE_BUNDLED ? undefined : systemChromium,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: {
		command: `node --import tsx tests/setup/import-corpus.ts ${IMPORTED_DIR} && npm run build && node scripts/serve.js ${BUILD_DIR} ${port}`,
		env: { CRUX_ARGUMENTS: ARGUMENT_FOLDERS, CRUX_BUILD_DIR: BUILD_DIR },
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 300_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
