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

test('at 1280×720 the trail draws the linked group as one joint support and the undercut onto it', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	// Its chain and its undercutter do not fit the map's columns legibly here: the trail.
	await openMap(page, '?claim=journeys-rose-in-the-pilot', DEBATE);
	const canvas = (await page.getByRole('region', { name: /Argument map of/ }).boundingBox())!;
	const nodes = await drawn(page);
	const box = (id: string) => nodes.find((n) => n.id === id)!;
	const [sel, partner, target, undercutter] = [
		box('journeys-rose-in-the-pilot'),
		box('fares-were-the-barrier'),
		box('free-fares-draw-riders'),
		box('pilot-added-routes')
	];
	// The trail: the chain in one column, the partner under the selection, the undercutter beside.
	const mid = (n: { x1: number; x2: number }) => (n.x1 + n.x2) / 2;
	expect(mid(partner)).toBeCloseTo(mid(sel), 0);
	expect(partner.y1).toBeGreaterThan(sel.y2);
	expect(target.y2).toBeLessThan(sel.y1);
	expect(undercutter.x1 > sel.x2 || undercutter.x2 < sel.x1).toBe(true);
	// The joint bar spans both members, beside them, each member's stroke running into it.
	const bar = box(BAR);
	expect(bar, 'the joint bar is drawn').toBeDefined();
	expect(bar.kind).toBe('mark');
	// (The selected card's box takes in its thicker border.)
	expect(bar.y1).toBeLessThanOrEqual(sel.y1 + 10);
	expect(bar.y2).toBeGreaterThanOrEqual(partner.y2 - 1);
	expect(bar.x1 >= partner.x2 || bar.x2 <= partner.x1).toBe(true);
	const edges = await drawnEdges(page);
	const into = edges.filter((e) => e.target.startsWith(`${BAR}@`)).map((e) => e.source);
	expect(into.sort()).toEqual(['fares-were-the-barrier', 'journeys-rose-in-the-pilot']);
	const out = edges.find((e) => e.id === `${BAR}>supports`)!;
	expect(out.target).toBe('free-fares-draw-riders');
	expect(
		edges.some((e) => e.source === 'journeys-rose-in-the-pilot' && e.target === out.target)
	).toBe(false);
	// The undercut's ring sits on that joint arrow, between the bar and the claim supported;
	// the undercutter's line ends on it, not on the claim it hangs under.
	const ring = box(RING);
	expect(ring, 'the undercut ring is drawn').toBeDefined();
	expect(ring.kind).toBe('mark');
	expect(ring.y2).toBeLessThanOrEqual(bar.y1 + 1);
	expect(ring.y1).toBeGreaterThanOrEqual(target.y2 - 1);
	expect(Math.abs(mid(ring) - mid(bar))).toBeLessThan(2);
	const undercut = edges.find((e) => e.source === 'pilot-added-routes')!;
	expect(undercut.target).toBe(RING);
	expect(undercut.classes).toContain('undercut');
	// All of it inside the canvas.
	for (const n of [sel, partner, target, undercutter, bar, ring])
		expect(
			n.x1 >= -1 && n.y1 >= -1 && n.x2 <= canvas.width + 1 && n.y2 <= canvas.height + 1,
			`${n.id} inside the canvas`
		).toBe(true);
});
