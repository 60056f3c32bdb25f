/** Every kind of page passes axe-core, not only the map and the form. */
import { test, expect, DEBATE, axeViolations } from './fixtures';

const pages = [
	['home', '/'],
	['claim page', `/${DEBATE}/claims/taiwans-defense-is-japans-defense`],
	['side chooser', `/${DEBATE}/prep`],
	['prep view', `/${DEBATE}/prep/against`],
	['brief', `/${DEBATE}/prep/for/brief`],
	['drill', `/${DEBATE}/prep/for/drill`],
	['how status is computed', `/${DEBATE}/prep/status`],
	['fixture claim page with roles', '/four-day-week/claims/pupils-fall-behind'],
	['fixture prep view with raised points', '/four-day-week/prep/against'],
	['fixture brief', '/four-day-week/prep/for/brief'],
	['fixture drill', '/four-day-week/prep/for/drill']
] as const;

for (const [name, path] of pages) {
	test(`${name} has no accessibility violations (axe-core)`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		expect(await axeViolations(page)).toEqual([]);
	});
}
