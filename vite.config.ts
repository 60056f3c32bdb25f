import { sveltekit } from '@sveltejs/kit/vite';
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { CONFIG_FILE, readSiteConfig } from './src/lib/contrib/site-config.js';

/** crux.config.yaml, checked once: a mistake stops the build with its line and column. */
function siteConfig() {
	if (!existsSync(CONFIG_FILE)) return readSiteConfig('').config;
	const { config, problems } = readSiteConfig(readFileSync(CONFIG_FILE, 'utf8'));
	if (problems.length) {
		// Plain lines, not a stack trace: the file is the teacher's to fix.
		console.error(`${problems.join('\n')}\n${CONFIG_FILE}: fix the above and build again.`);
		process.exit(1);
	}
	return config;
}

export default defineConfig({
	plugins: [sveltekit()],
	define: { __CRUX_CONFIG__: JSON.stringify(siteConfig()) },
	server: { fs: { allow: ['arguments'] } },
	// Rolldown prints a [PLUGIN_TIMINGS] table on every build: noise nobody can act on.
	build: { rolldownOptions: { checks: { bundlerTimings: false } } },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000,
		// A test that asserts nothing fails, as in the SvelteKit templates.
		expect: { requireAssertions: true }
	}
});
