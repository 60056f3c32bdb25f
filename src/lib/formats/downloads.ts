/**
 * The files the built site offers per debate, in plain words. Kept apart from the format
 * modules so the page that shows the links never loads a parser: this file imports nothing.
 */
export interface Download {
	/** A format id in the registry (formats/index.ts). */
	format: 'argdown' | 'aif' | 'json';
	extension: string;
	name: string;
	/** One line for people deciding which file they want. */
	blurb: string;
}

export const DOWNLOADS: readonly Download[] = [
	{
		format: 'argdown',
		extension: '.argdown',
		name: 'Argdown',
		blurb: 'plain text for the Argdown editor and its map tools'
	},
	{
		format: 'aif',
		extension: '.aif.json',
		name: 'AIF',
		blurb: 'Argument Interchange Format (AIFdb JSON), opens in OVA'
	},
	{
		format: 'json',
		extension: '.json',
		name: 'Crux JSON',
		blurb: 'the whole debate as one document, for building on the data'
	}
];

export const downloadFile = (debate: string, d: Download) => `${debate}${d.extension}`;

/** The download a file name asks for; the longest ending wins, so ".aif.json" is not read as ".json". */
export function downloadFor(debate: string, file: string): Download | undefined {
	return [...DOWNLOADS]
		.sort((a, b) => b.extension.length - a.extension.length)
		.find((d) => file === downloadFile(debate, d));
}

/** "12 KB", "1.3 MB": sizes as people read them. */
export function humanSize(bytes: number): string {
	if (bytes < 1000) return `${bytes} bytes`;
	if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
	return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
