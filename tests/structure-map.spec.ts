/**
 * Undercuts and linked premises on the map, on the fixture debate free-buses
 * (tests/fixtures/arguments/free-buses): a linked group drawn as one joint support, an
 * undercut drawn onto the relation it answers, and the same in words in the panel and the
 * column view.
 */
import { drawn, drawnEdges, expect, openMap, test } from './fixtures';

const DEBATE = 'free-buses';
const BAR =
	'joint:supports>free-fares-draw-riders>fares-were-the-barrier+journeys-rose-in-the-pilot';
const RING = 'undercut:journeys-rose-in-the-pilot>supports>free-fares-draw-riders';

test('a linked group is one joint support: both members run into one bar, one arrow leaves it', async ({
	page
}) => {
	await openMap(page, '?depth=9', DEBATE);
	const nodes = await drawn(page);
	const box = (id: string) => nodes.find((n) => n.id === id)!;
	expect(box(BAR), 'the joint bar is drawn').toBeDefined();
	expect(box(BAR).kind).toBe('mark');
	const edges = await drawnEdges(page);
	const into = edges.filter((e) => e.target.startsWith(`${BAR}@`)).map((e) => e.source);
	expect(into.sort()).toEqual(['fares-were-the-barrier', 'journeys-rose-in-the-pilot']);
	const out = edges.filter((e) => e.source === BAR);
	expect(out).toHaveLength(1);
	expect(out[0].target).toBe('free-fares-draw-riders');
	expect(out[0].classes).toContain('joint');
	// The bar spans the two members, beside them, between them and the claim they support.
	const [a, b, t, bar] = [
		box('fares-were-the-barrier'),
		box('journeys-rose-in-the-pilot'),
		box('free-fares-draw-riders'),
		box(BAR)
	];
	expect(bar.y1).toBeLessThanOrEqual(Math.min(a.y1, b.y1) + 1);
	expect(bar.y2).toBeGreaterThanOrEqual(Math.max(a.y2, b.y2) - 1);
	expect(bar.x1).toBeGreaterThanOrEqual(Math.max(a.x2, b.x2));
	expect(bar.x2).toBeLessThanOrEqual(t.x1);
});

test('an undercut is drawn onto the relation it answers, and said in words', async ({ page }) => {
	await openMap(page, '?depth=9', DEBATE);
	const nodes = await drawn(page);
	const ring = nodes.find((n) => n.id === RING)!;
	const bar = nodes.find((n) => n.id === BAR)!;
	const target = nodes.find((n) => n.id === 'free-fares-draw-riders')!;
	expect(ring, 'the ring on the joint arrow is drawn').toBeDefined();
	// On the joint arrow: at the bar's height, between the bar and the claim supported.
	expect((ring.y1 + ring.y2) / 2).toBeCloseTo((bar.y1 + bar.y2) / 2, 0);
	expect(ring.x1).toBeGreaterThan(bar.x2);
	expect(ring.x2).toBeLessThan(target.x1);
	const undercut = (await drawnEdges(page)).find((e) => e.source === 'pilot-added-routes')!;
	expect(undercut.target).toBe(RING);
	expect(undercut.classes).toContain('undercut');
	// The other undercut: on the attack of "Fares fund a fifth" on the resolution.
	const other = (await drawnEdges(page)).find((e) => e.source === 'a-fifth-can-be-replaced')!;
	expect(other.target).toBe('undercut:fares-fund-the-service>attacks>resolution');

	// Selected, the panel says what it says.
	await openMap(page, '?claim=pilot-added-routes', DEBATE);
	const panel = page.locator('article.claim');
	await expect(panel.getByRole('heading', { name: /^Undercuts/ })).toBeVisible();
	await expect(panel).toContainText(
		/Says\s*For\s*Journeys rose a third in the pilot.*does not show\s*For\s*Free fares draw riders/s
	);
	// The reason it answers lists it, in the column view too.
	await openMap(page, '?claim=journeys-rose-in-the-pilot', DEBATE);
	await expect(page.locator('article.claim')).toContainText(
		/The pilot added routes too.*says this does not show/s
	);
	await page.getByRole('button', { name: 'Columns' }).click();
	await expect(page.locator('.col.attacking')).toContainText(
		'Says this does not show “Free fares draw riders”'
	);
	await expect(page.locator('.col.attacking')).toContainText('The pilot added routes too');
});
