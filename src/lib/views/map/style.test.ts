import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { mapStyle } from './style';

/** The z-index Cytoscape gives an element with these classes under the map's stylesheet. */
function zOf(cy: cytoscape.Core, id: string): number {
	return Number(cy.getElementById(id).style('z-index'));
}

describe('map stylesheet', () => {
	it('draws a card’s band and strip above the card in every highlight state', () => {
		const cy = cytoscape({ headless: true, styleEnabled: true, style: mapStyle });
		const states = ['', 'hl', 'hl selected', 'hl wide', 'hl status-on', 'compact'];
		for (const state of states) {
			// The card is added after its band and strip, as when a redraw re-adds it: a tie
			// in z-index would then draw the card over its own header.
			cy.elements().remove();
			const hl = state.includes('hl') ? ' hl' : '';
			cy.add({
				data: { id: 'band', w: 10, h: 10, label: '', lift: 0 },
				classes: `band side-for${hl}`
			});
			cy.add({ data: { id: 'strip', w: 10, h: 10, label: '', lift: 0 }, classes: `strip${hl}` });
			cy.add({
				data: { id: 'card', w: 10, h: 10, label: '', lift: 0 },
				classes: `claim side-for ${state}`
			});
			const card = zOf(cy, 'card');
			expect(zOf(cy, 'band'), `band over a "${state}" card`).toBeGreaterThan(card);
			expect(zOf(cy, 'strip'), `strip over a "${state}" card`).toBeGreaterThan(card);
		}
		cy.destroy();
	});

	it('draws no bar over the resolution’s card, selected or not', () => {
		const cy = cytoscape({ headless: true, styleEnabled: true, style: mapStyle });
		cy.add({
			data: { id: 'band', w: 10, h: 10, label: '', lift: 0 },
			classes: 'band side-thesis hl'
		});
		expect(Number(cy.getElementById('band').style('background-opacity'))).toBe(0);
		cy.destroy();
	});
});
