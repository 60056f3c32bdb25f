import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
