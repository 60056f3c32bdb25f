/**
 * What the map page makes a reader download before its first frame: no checker of files
 * (zod, yaml) and none of the ballot's, the overview's or the embed's lazy parts. Each was on
 * the first paint once by a one-line import (a constant from $lib/schema, the site
 * configuration's schema beside its defaults), adding 55 kB gzip that nothing needed.
 */
import { test, expect, openMap } from './fixtures';

const CHECKERS: Array<[string, RegExp]> = [
	['zod', /\bZodError\b|\$ZodType/],
	['yaml', /YAMLParseError|YAMLWarning/]
];

test('the map page loads no file checker (zod, yaml) before its first frame', async ({ page }) => {
	const scripts = new Set<string>();
	page.on('request', (r) => {
		if (r.url().endsWith('.js')) scripts.add(r.url());
	});
	await openMap(page);
	await page.waitForFunction(() => performance.getEntriesByName('crux:first-frame').length > 0);
	expect(scripts.size).toBeGreaterThan(0);
	for (const url of scripts) {
		const body = await (await page.request.get(url)).text();
		for (const [name, mark] of CHECKERS)
			expect(mark.test(body), `${name} in ${new URL(url).pathname}`).toBe(false);
	}
});
