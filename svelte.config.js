import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// 404.html lets any static host answer unknown addresses with our own helpful page.
		// CRUX_BUILD_DIR / CRUX_KIT_DIR let benchmarks build a second site beside the main one.
		adapter: adapter({
			pages: process.env.CRUX_BUILD_DIR ?? 'build',
			assets: process.env.CRUX_BUILD_DIR ?? 'build',
			fallback: '404.html',
			strict: true
		}),
		outDir: process.env.CRUX_KIT_DIR ?? '.svelte-kit',
		paths: { base: /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? ''), relative: true },
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// Details chunks exist only for large debates (small ones carry details inline);
			// any other route left unprerendered is a mistake.
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((r) => r !== '/[debate]/details/[chunk].json')) throw new Error(message);
			}
		}
	}
};

export default config;
