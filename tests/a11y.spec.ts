/**
 * Every kind of page passes axe-core, not only the map and the form: here on the fixture
 * debate, and in tests/smoke.spec.ts on the bundled one.
 */
import { test, expect, FIXTURE, axeViolations } from './fixtures';

const pages = [
	['home', '/'],
	['claim page with roles', `/${FIXTURE}/claims/pupils-fall-behind`],
	['side chooser', `/${FIXTURE}/prep`],
	['prep view with raised points', `/${FIXTURE}/prep/against`],
	['brief', `/${FIXTURE}/prep/for/brief`],
	['drill', `/${FIXTURE}/prep/for/drill`],
	['how status is computed', `/${FIXTURE}/prep/status`]
] as const;

for (const [name, path] of pages) {
	test(`${name} has no accessibility violations (axe-core)`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		expect(await axeViolations(page)).toEqual([]);
	});
}
