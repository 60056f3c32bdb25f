import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { claimPageAddress, embedAddress, embedSnippet, mapAddress } from './embed';
import { qrPath } from './qr';

describe('embed addresses and snippet', () => {
	it('gives a stable address for a debate, and for one claim of it', () => {
		expect(embedAddress('https://school.example/crux/', 'school-phones')).toBe(
			'https://school.example/crux/embed/school-phones'
		);
		expect(embedAddress('https://school.example', 'school-phones', 'parents-need-contact')).toBe(
			'https://school.example/embed/school-phones?claim=parents-need-contact'
		);
		expect(mapAddress('https://school.example', 'school-phones', 'parents-need-contact')).toBe(
			'https://school.example/school-phones?claim=parents-need-contact'
		);
		expect(claimPageAddress('https://school.example/', 'school-phones', 'resolution')).toBe(
			'https://school.example/school-phones/claims/resolution'
		);
	});

	it('writes an iframe whose attributes hostile titles cannot break out of', () => {
		expect(embedSnippet('https://x.example/embed/d', 'Phones "in" <school> & more', 480)).toBe(
			'<iframe src="https://x.example/embed/d" title="Phones &quot;in&quot; &lt;school&gt; &amp; more" width="100%" height="480" style="border: 1px solid #d1d5db; border-radius: 8px" loading="lazy"></iframe>'
		);
	});
});

describe('qrPath', () => {
	it('draws exactly the dark modules, one run at a time', () => {
		expect(
			qrPath([
				[true, true, false],
				[false, true, true]
			])
		).toBe('M0 0h2v1h-2zM1 1h2v1h-2z');
	});

	it('covers every dark module of a real code and nothing else', () => {
		const { data } = encode('https://school.example/school-phones/claims/resolution', {
			ecc: 'M'
		});
		const dark = new Set<string>();
		for (const m of qrPath(data).matchAll(/M(\d+) (\d+)h(\d+)/g))
			for (let i = 0; i < Number(m[3]); i++) dark.add(`${Number(m[1]) + i},${m[2]}`);
		const want = new Set<string>();
		data.forEach((row, y) => row.forEach((on, x) => on && want.add(`${x},${y}`)));
		expect(dark).toEqual(want);
		expect(want.size).toBeGreaterThan(100);
	});
});
