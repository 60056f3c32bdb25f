/**
 * A QR code's modules as one SVG path ("M x y h1 v1 h-1 z" per run of dark modules in a
 * row), so the code is drawn as a single crisp shape at any size. The matrix comes from the
 * `uqr` package (loaded only when a QR code is asked for).
 */
export function qrPath(matrix: readonly (readonly boolean[])[]): string {
	const parts: string[] = [];
	matrix.forEach((row, y) => {
		for (let x = 0; x < row.length;) {
			if (!row[x]) {
				x++;
				continue;
			}
			let w = 1;
			while (x + w < row.length && row[x + w]) w++;
			parts.push(`M${x} ${y}h${w}v1h${-w}z`);
			x += w;
		}
	});
	return parts.join('');
}
