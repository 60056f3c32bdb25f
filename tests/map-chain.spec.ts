/**
 * Tracing a chain on a school laptop: on the fixture debate's chain of six steps
 * (resolution ← longer days ← long days tire ← youngest keep short days ← play is still a
 * long day ← the pilot's play-time ← it ran one term), and the claim whose attacker the
 * map hangs under another claim (the tiredness figures also attack the teacher survey).
 */
import type { Page } from '@playwright/test';
import { test, expect, openMap, drawn, settled, nodeScreenPosition } from './fixtures';

const LEGIBLE = 12;
const CHAIN = [
	'resolution',
	'longer-days-keep-teaching-time',
	'long-days-tire-young-pupils',
	'youngest-get-short-days',
	'play-is-still-a-long-day',
	'short-days-were-tried',
	'pilot-was-one-term'
];
const canvas = (page: Page) => page.getByRole('region', { name: /Argument map of/ });

/** Each claim is drawn, whole inside the canvas, its text at least 12 CSS px. */
async function expectShown(page: Page, ids: string[]) {
	const box = (await canvas(page).boundingBox())!;
	const nodes = await drawn(page);
	const wrong: string[] = [];
	for (const id of ids) {
		const n = nodes.find((x) => x.id === id);
		if (!n) wrong.push(`${id} is not drawn`);
		else if (n.x1 < -1 || n.y1 < -1 || n.x2 > box.width + 1 || n.y2 > box.height + 1)
			wrong.push(`${id} is outside the canvas (${n.x1 | 0},${n.y1 | 0})–(${n.x2 | 0},${n.y2 | 0})`);
		else if (n.fontPx < LEGIBLE) wrong.push(`${id} is drawn at ${n.fontPx.toFixed(1)} px`);
	}
	expect(wrong, `canvas ${box.width | 0}×${box.height | 0}`).toEqual([]);
}

for (const [width, height] of [
	[1280, 720],
	[1366, 768],
	[1920, 1080]
] as const) {
	test(`at ${width}×${height} a chain of six steps is inside the canvas and legible`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await openMap(page, '?claim=pilot-was-one-term');
		await expectShown(page, CHAIN);
		// Every card the canvas shows is legible, not only the chain's.
		const small = (await drawn(page)).filter((n) => n.inView && n.text && n.fontPx < LEGIBLE);
		expect(small.map((n) => n.id)).toEqual([]);
	});
}

test('at 1280×720 the selected claim’s attackers are drawn, the one the map hangs elsewhere too', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openMap(page, '?claim=short-days-were-tried');
	await expectShown(page, [
		...CHAIN.slice(0, 6),
		'pilot-was-one-term',
		'tiredness-was-self-reported'
	]);
	// Both attacks are drawn and lit.
	const edges = await page.evaluate(() => {
		const el = document.querySelector('.map') as HTMLElement & {
			cruxMap: { hasClass(id: string, c: string): boolean };
		};
		return [
			'pilot-was-one-term>attacks>short-days-were-tried',
			'tiredness-was-self-reported>attacks>short-days-were-tried'
		].map((id) => el.cruxMap.hasClass(id, 'hl'));
	});
	expect(edges).toEqual([true, true]);
	// The other claim that attacker answers is named under it, and one click away.
	const also = (await drawn(page)).find(
		(n) => n.id === 'also:tiredness-was-self-reported>attacks>teacher-survey'
	)!;
	expect(also.text).toContain('Pilot teachers');
	const at = await nodeScreenPosition(page, also.id);
	await page.mouse.click(at.x, at.y);
	await settled(page);
	await expect(page).toHaveURL(/claim=teacher-survey/);
	await expectShown(page, ['resolution', 'teacher-survey', 'tiredness-was-self-reported']);
});

test('clicking up the chain and clearing the selection come back to the map', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openMap(page, '?claim=pilot-was-one-term');
	// A click on a card above the selection selects it.
	const at = await nodeScreenPosition(page, 'youngest-get-short-days');
	await page.mouse.click(at.x, at.y);
	await settled(page);
	await expect(page).toHaveURL(/claim=youngest-get-short-days/);
	await expectShown(page, CHAIN.slice(0, 5));
	await page.keyboard.press('Escape');
	await settled(page);
	await expect(page).not.toHaveURL(/claim=/);
	// The map's own columns again: the other lines are drawn.
	const ids = (await drawn(page)).map((n) => n.id);
	expect(ids).toContain('rested-pupils-learn-more');
	expect(ids).toContain('childcare-burden');
});
