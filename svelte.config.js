import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// 404.html lets any static host answer unknown addresses with our own helpful page.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		paths: { base: process.env.BASE_PATH ?? '', relative: true },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
