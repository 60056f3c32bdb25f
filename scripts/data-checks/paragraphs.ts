/**
 * Paragraphs of a published piece, rebuilt from its captured text: the convention that
 * evidence locators count by ("para. 3", "Self, para. 3"). See CONTRIBUTING.md, "Locators".
 *
 * A captured text keeps the page furniture of the page it was copied from (headings,
 * captions, graphics, "RELATED" boxes, share buttons) and splits paragraphs at PDF page
 * breaks. A reader holding the published piece counts only its paragraphs of prose, so
 * each captured text has a layout here that says where the piece (or each named part of
 * it) starts and ends, which lines are not prose, and which lines continue the paragraph
 * before them. Every other non-blank line is one paragraph; a bullet belongs to the
 * paragraph that introduces it. Lines are matched by how they start, after trimming.
 */

export interface PartLayout {
	/** The part's name as locators write it (one of the source's `parts`); none for a piece in one part. */
	name?: string;
	/** The part's first paragraph starts with this. */
	start: string;
	/** The part ends before the first line after its start that starts with this. */
	end: string;
	/** How many paragraphs the part has: a check that the layout reads the text as a reader would. */
	paragraphs: number;
}

export interface SourceLayout {
	/** The piece's parts in reading order. */
	parts: PartLayout[];
	/** Lines inside a part that are not prose paragraphs: headings, captions, graphics, link boxes. */
	skip?: string[];
	/** Lines that continue the paragraph before them (a paragraph split by a page break). */
	continues?: string[];
}

/** Layouts of the captured texts in the shared `sources/` folder, by source id (= file name). */
export const SOURCE_LAYOUTS: Record<string, SourceLayout> = {
	'csis-debating-japan-newsham-self': {
		parts: [
			{
				name: "Editor's introduction",
				start: 'Japan faces a complex situation',
				end: 'Mr. Grant Newsham',
				paragraphs: 2
			},
			{
				name: 'Newsham',
				start: '“Taiwan’s defense is Japan’s defense.”',
				end: 'Mr. Benjamin Self',
				paragraphs: 28
			},
			{
				name: 'Self',
				start: 'Preservation of Taiwan’s de facto independence',
				end: 'About the Authors',
				paragraphs: 7
			}
		],
		skip: [
			// Self's two section headings
			'Chinese Nationalism, Taiwan, and the Japan Factor',
			'The U.S.-Japan Alliance and Taiwan’s Security'
		]
	},
	'gti-japan-mulls-civilian-defense-official': {
		parts: [
			{
				start: 'A major Japanese media outlet',
				end: 'The author would like to thank',
				paragraphs: 13
			}
		],
		skip: [
			// the graphic of the four directors: four rows and its caption
			'Major General',
			'Graphic:',
			// section heading
			'Heightened Tensions Spurring Japanese Public Opinion'
		]
	},
	'hsiao-urgency-direct-security-talks': {
		parts: [{ start: 'Tension across the Taiwan Strait', end: 'Author:', paragraphs: 35 }],
		skip: [
			// photo captions
			'China sent 19 fighter jets',
			'Chinese Coast Guard ships maraud',
			'Taiwan President Tsai Ing-wen',
			"Japan's Defense Minister Nobuo Kishi",
			'New amphibious capability',
			'US Defense Secretary Lloyd Austin',
			// link boxes
			'RELATED:',
			// section headings
			'Tokyo’s Awareness',
			'A Call for Direct Talks',
			'Closing the Gap',
			'Military-to-Military Communications',
			'Pivotal Washington'
		]
	},
	'kotani-prospect-foundation-mod-official': {
		parts: [{ start: 'Japanese media in June', end: '(Dr. Kotani is Professor', paragraphs: 11 }],
		continues: [
			// the PDF's page breaks
			"Association — Japan's unofficial embassy",
			'to respond to a Chinese invasion of Taiwan',
			'common interest for the region'
		]
	},
	'reuters-japan-elevates-taiwan-security-ties': {
		parts: [{ start: 'TOKYO, Japan –', end: 'Add a comment', paragraphs: 20 }]
	}
};

const BULLET = /^[•▪◦·*-]\s/;

/** The paragraphs of each part, keyed by part name ('' for a piece in one part). Throws if the layout does not fit the text. */
export function paragraphIndex(text: string, layout: SourceLayout): Map<string, string[]> {
	const lines = text.split(/\r?\n/).map((l) => l.trim());
	const startsWithAny = (line: string, prefixes: string[] | undefined) =>
		(prefixes ?? []).some((p) => line.startsWith(p));
	const out = new Map<string, string[]>();
	let at = 0;
	for (const part of layout.parts) {
		const first = lines.findIndex((l, i) => i >= at && l.startsWith(part.start));
		if (first < 0) throw new Error(`no line starts with "${part.start}"`);
		const last = lines.findIndex((l, i) => i > first && l.startsWith(part.end));
		if (last < 0) throw new Error(`no line after "${part.start}" starts with "${part.end}"`);
		const paras: string[] = [];
		for (const line of lines.slice(first, last)) {
			if (!line || startsWithAny(line, layout.skip)) continue;
			if (paras.length && (BULLET.test(line) || startsWithAny(line, layout.continues)))
				paras[paras.length - 1] += ' ' + line;
			else paras.push(line);
		}
		out.set(part.name ?? '', paras);
		at = last;
	}
	return out;
}

/** "Self, para. 3" → { part: "Self", paragraph: 3 }; "para. 12" → { part: "", paragraph: 12 }. */
export function parseLocator(locator: string): { part: string; paragraph: number } | undefined {
	const m = /^(?:(.+?), )?para\. (\d+)$/.exec(locator.trim());
	return m ? { part: m[1] ?? '', paragraph: Number(m[2]) } : undefined;
}
