/** The download links as the prerender writes them: one per file, plain names, sizes only when given. */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import DownloadLinks from './DownloadLinks.svelte';

describe('DownloadLinks', () => {
	it('links each download of the debate by its file name', () => {
		const { body } = render(DownloadLinks, { props: { debate: 'tea-or-coffee' } });
		const hrefs = [...body.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
		expect(hrefs.map((h) => h.replace(/^.*?\/?(tea-or-coffee\/download\/)/, '$1'))).toEqual([
			'tea-or-coffee/download/tea-or-coffee.argdown',
			'tea-or-coffee/download/tea-or-coffee.aif.json',
			'tea-or-coffee/download/tea-or-coffee.json'
		]);
		expect(body).toContain('>Argdown</a>');
		expect(body).not.toMatch(/\d+ (KB|MB|bytes)/);
	});

	it('shows sizes in plain units when the page knows them', () => {
		const { body } = render(DownloadLinks, {
			props: { debate: 'tea', sizes: { argdown: 950, aif: 12_400, json: 2_300_000 } }
		});
		expect(body).toContain('950 bytes');
		expect(body).toContain('12 KB');
		expect(body).toContain('2.3 MB');
	});
});
