/**
 * A debate whose ids and names are Object.prototype's members (tests/fixtures/arguments/
 * prototype-names) builds, and its pages find exactly what is there (reliability review F2:
 * a claim id "constructor" broke the build and the claim pages).
 */
import { test, expect, openMap } from './fixtures';

const NAMES = 'prototype-names';

test('a claim whose id is "constructor" has its page, and its renamed neighbour forwards', async ({
	page
}) => {
	const response = await page.goto(`/${NAMES}/claims/constructor`);
	expect(response?.status()).toBe(200);
	await expect(page.locator('h1')).toContainText(
		'The claim whose id is constructor is the thesis.'
	);
	await page.goto(`/${NAMES}/claims/old-prototype`);
	await expect(page).toHaveURL(new RegExp(`/${NAMES}/claims/prototype$`));
	await expect(page.locator('.meta .speaker')).toContainText('__proto__');
	const { claims, moved } = await (await page.request.get(`/${NAMES}/ids.json`)).json();
	expect(claims.map((c: { id: string }) => c.id).sort()).toEqual([
		'constructor',
		'hasownproperty',
		'prototype',
		'tostring',
		'valueof'
	]);
	expect(moved).toEqual({ 'old-prototype': 'prototype' });
});

test('the map selects "constructor" from the address, and finds nothing for "valueOf"', async ({
	page
}) => {
	// The map's table of renamed claims once answered "constructor" with Object's constructor.
	await openMap(page, '?claim=constructor', NAMES);
	await expect(page.locator('#claim-text-constructor')).toContainText(
		'The claim whose id is constructor is the thesis.'
	);
	// An address naming a member every object has, but no claim here, finds nothing.
	await openMap(page, '?claim=valueOf', NAMES);
	await expect(page.getByText('There is no claim “valueOf” in this debate.')).toBeVisible();
});
