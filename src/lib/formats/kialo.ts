/**
 * Kialo discussion exports (plain text), in both layouts Kialo writes:
 *
 *   older, one line per claim          current, indented (CRLF line ends)
 *   Discussion Title: Can …?           Discussion Name:
 *                                      Can …?
 *   1. Thesis text                     1. Thesis:
 *   1.1. Con: text                     Thesis text
 *   1.1.1. Pro: -> See 1.2.              1.1. Con:
 *   continuation line                    Text on the next line.[1]
 *                                      Sources:
 *                                      [1] https://…
 *
 * "-> See 1.2." shows claim 1.2 a second time, so 1.2 also answers this entry's parent.
 * Kialo escapes Markdown punctuation with backslashes and may hold Markdown links; link
 * labels stay in the text and their addresses go to the claim's note.
 *
 * A claim's text may itself hold lines that start with a number and a full stop (a list,
 * "2019. Fares fell…"). A line starts a new claim only when its number continues the
 * discussion's tree: the first line "1.", or the number of a child of a claim already read
 * that is new, with "Pro:"/"Con:" (or, without a stance, exactly the next child's number).
 * Anything else is text of the claim being read. One pass, linear in the file's length.
 */
import { shorten } from '$lib/shared/text';
import { draftClaim, emptyDraft, type Draft, type DraftClaim } from './draft';
import { finishImport } from './import-draft';
import { Reporter } from './report';
import { ImportError, type Format, type ImportOptions, type ImportResult } from './types';

const NUMBERED = /^(\d+(?:\.\d+)*)\.(?:\s+(.*))?$/;
const STANCE = /^(Pro|Con|Thesis)\s*:\s*(.*)$/;
const TITLE = /^Discussion (?:Title|Name)\s*:\s*(.*)$/;
const SEE = /^->\s*See\s+(\d+(?:\.\d+)*)\.?\s*$/;
// A Markdown link whose opening bracket is not itself escaped; escaped brackets may sit inside the label.
const LINK = /(?<!\\)\[((?:\\.|[^\][\\])*)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/g;
const FOOTNOTE_LIST = /^\[?\^?(\d+)\]?[:.)]?\s+(\S.*)$/;

/** The most characters of one claim kept from the file (its first 60 KB); the rest is cut, saying so. */
export const KIALO_TEXT_MAX = 60_000;
/** The most claims one import takes; Crux maps debates of thousands of claims, not millions. */
export const KIALO_CLAIMS_MAX = 100_000;

export interface KialoEntry {
	key: string;
	stance?: 'Pro' | 'Con' | 'Thesis';
	lines: string[];
	/** Line of the file where the entry starts (1-based). */
	line: number;
	/** Characters of text read into `lines` so far. */
	size: number;
	/** Characters left out past KIALO_TEXT_MAX, and the last line they came from. */
	cut: number;
	lastLine: number;
}

export interface KialoParse {
	title?: string;
	entries: KialoEntry[];
	footnotes: Map<string, string>;
	/** Lines that begin like a claim number but were read as text (line number, start of line). */
	numberedText: Array<{ line: number; text: string }>;
	layout: 'one-line' | 'indented';
}

/** CommonMark backslash escapes: a backslash before ASCII punctuation stands for the punctuation. */
export const unescapeMarkdown = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

const parentOf = (key: string) => {
	const dot = key.lastIndexOf('.');
	return dot < 0 ? '' : key.slice(0, dot);
};
const lastPart = (key: string) => Number(key.slice(key.lastIndexOf('.') + 1));

export function parseKialo(text: string): KialoParse {
	const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	let title: string | undefined;
	let titleNext = false;
	const entries: KialoEntry[] = [];
	const seen = new Set<string>();
	/** Children read so far per claim number, to know which number comes next. */
	const children = new Map<string, number>();
	const footnotes = new Map<string, string>();
	let lastFootnote: string | undefined;
	const numberedText: KialoParse['numberedText'] = [];
	let inSources = false;
	let indented = false;

	const isFootnote = (i: number) => {
		for (let j = i + 1; j < lines.length; j++) {
			const l = lines[j].trim();
			if (l) return FOOTNOTE_LIST.test(l);
		}
		return false;
	};

	/** A new entry, or undefined when the line is text (see the module comment). */
	const entryOf = (line: string, i: number): KialoEntry | undefined => {
		const m = NUMBERED.exec(line);
		if (!m) return undefined;
		const key = m[1];
		let rest = m[2] ?? '';
		const s = STANCE.exec(rest);
		const stance = s?.[1] as KialoEntry['stance'];
		if (s) rest = s[2];
		const parent = parentOf(key);
		if (!entries.length) {
			if (parent || stance === 'Pro' || stance === 'Con') return undefined;
		} else {
			if (!parent || seen.has(key) || !seen.has(parent) || stance === 'Thesis') return undefined;
			if (!stance && lastPart(key) !== (children.get(parent) ?? 0) + 1) return undefined;
		}
		return {
			key,
			stance,
			lines: [rest.trim()],
			line: i + 1,
			size: rest.length,
			cut: 0,
			lastLine: i + 1
		};
	};

	for (let i = 0; i < lines.length; i++) {
		// A line longer than a claim may be is cut at once: a 100 MB line costs one slice, not copies.
		const raw = lines[i];
		const over = Math.max(0, raw.length - KIALO_TEXT_MAX);
		const line = (over ? raw.slice(0, KIALO_TEXT_MAX) : raw).trim();
		if (!entries.length && title === undefined) {
			const t = TITLE.exec(line);
			if (t) {
				title = t[1].trim() || undefined;
				titleNext = !title;
				continue;
			}
		}
		if (titleNext) {
			if (!line) continue;
			if (!NUMBERED.test(line)) {
				title = line;
				titleNext = false;
				continue;
			}
			titleNext = false;
		}
		const entry = entryOf(line, i);
		if (entry) {
			if (entries.length >= KIALO_CLAIMS_MAX)
				throw new ImportError(
					`Line ${i + 1}: this Kialo export has more than ${KIALO_CLAIMS_MAX.toLocaleString('en')} claims, more than Crux imports at once. Export a part of the discussion (a claim and its replies) from Kialo instead.`,
					i + 1,
					1
				);
			entry.cut = over;
			if (/^[ \t]/.test(raw) || (entry.stance && !entry.lines[0])) indented = true;
			entries.push(entry);
			seen.add(entry.key);
			const parent = parentOf(entry.key);
			if (parent) children.set(parent, Math.max(children.get(parent) ?? 0, lastPart(entry.key)));
			inSources = false;
			continue;
		}
		if (inSources) {
			const m = FOOTNOTE_LIST.exec(line);
			if (m) footnotes.set((lastFootnote = m[1]), m[2].trim());
			else if (line && lastFootnote !== undefined)
				footnotes.set(lastFootnote, `${footnotes.get(lastFootnote)} ${line}`);
			continue;
		}
		if (entries.length && /^Sources:$/.test(line) && isFootnote(i)) {
			inSources = true;
			continue;
		}
		const last = entries[entries.length - 1];
		if (!line) {
			// A blank line inside a claim's text is a paragraph break; blank lines between claims vanish.
			if (last && last.lines.some((l) => l)) last.lines.push('');
			continue;
		}
		if (!last)
			throw new ImportError(
				`Line ${i + 1} comes before the first claim of the Kialo export: “${shorten(line, 60)}”. A Kialo export starts with "Discussion Title: …" (or "Discussion Name:" and the title on the next line), then "1. <thesis>" (or "1. Thesis:" and the thesis on the next line).`,
				i + 1,
				1
			);
		if (NUMBERED.test(line)) numberedText.push({ line: i + 1, text: shorten(line, 40) });
		if (last.size + line.length > KIALO_TEXT_MAX) {
			const room = Math.max(0, KIALO_TEXT_MAX - last.size);
			if (room) last.lines.push(line.slice(0, room));
			last.cut += line.length - room + over;
			last.size = KIALO_TEXT_MAX;
			last.lastLine = i + 1;
			continue;
		}
		last.lines.push(line);
		last.size += line.length + 1;
		last.cut += over;
		last.lastLine = i + 1;
	}
	if (!entries.length)
		throw new ImportError(
			'No Kialo claims were found: expected numbered lines such as "1. The thesis" and "1.1. Pro: A reason".',
			1,
			1
		);
	return { title, entries, footnotes, numberedText, layout: indented ? 'indented' : 'one-line' };
}

function cleanText(raw: string, c: DraftClaim, rep: Reporter, footnotes: Map<string, string>) {
	const links: string[] = [];
	let text = raw.replace(LINK, (_, label: string, url: string) => {
		const shown = unescapeMarkdown(label);
		links.push(`${shown.trim() || url}: ${url}`);
		return shown;
	});
	text = unescapeMarkdown(text);
	if (links.length) {
		c.notes.push(`Links in the original: ${links.join('; ')}.`);
		rep.adjust(
			'markdown-links',
			'Markdown links: the label stays in the text, the address goes to the note',
			c.key
		);
	}
	const marks = [...text.matchAll(/\[\^?(\d+)\]/g)]
		.map((m) => m[1])
		.filter((n) => footnotes.has(n));
	if (marks.length) {
		c.notes.push(
			`Sources: ${[...new Set(marks)].map((n) => `[${n}] ${footnotes.get(n)}`).join('; ')}.`
		);
		rep.adjust(
			'kialo-sources',
			'footnoted sources are listed in the note (Crux evidence needs a verbatim quote)',
			c.key
		);
	}
	return text.replace(/\n{3,}/g, '\n\n').trim();
}

export function importKialo(text: string, opts: ImportOptions = {}): ImportResult {
	const { title, entries, footnotes, numberedText, layout } = parseKialo(text);
	const rep = new Reporter();
	const top = entries.filter((e) => !e.key.includes('.'));
	const draft = emptyDraft(title ?? entries[0].lines.join(' ').trim());
	draft.description = title
		? `Imported from the Kialo discussion “${title}”.`
		: 'Imported from a Kialo discussion export.';
	const byKey = new Map<string, DraftClaim>();
	const links: Array<{ entry: KialoEntry; target: string }> = [];
	for (const e of entries) {
		const body = e.lines.join('\n').trim();
		if (e.stance === 'Pro' || e.stance === 'Con') rep.count(e.stance);
		else if (e.key.includes('.')) rep.count('without Pro or Con');
		else rep.count('thesis');
		const see = SEE.exec(body);
		if (see) {
			rep.count('links');
			links.push({ entry: e, target: see[1] });
			continue;
		}
		const c = draftClaim(e.key, '');
		c.text = cleanText(body, c, rep, footnotes);
		if (e.cut) {
			c.notes.push(
				`The source’s text ran to ${(KIALO_TEXT_MAX + e.cut).toLocaleString('en')} characters; its first ${KIALO_TEXT_MAX.toLocaleString('en')} are kept here (the rest is in the imported file, up to line ${e.lastLine}).`
			);
			rep.adjust(
				'kialo-text-cut',
				`a claim ran past ${KIALO_TEXT_MAX.toLocaleString('en')} characters: its first ${KIALO_TEXT_MAX.toLocaleString('en')} are kept, the rest left out`,
				`${e.key} (line ${e.line})`
			);
		}
		draft.claims.push(c);
		byKey.set(c.key, c);
		if (e.key.includes('.')) addRelation(e, e.key, draft, byKey, rep);
	}
	for (const n of numberedText)
		rep.adjust(
			'kialo-numbered-text',
			'a line inside a claim begins like a claim number but does not continue the discussion’s numbering: it is kept as part of that claim’s text',
			`line ${n.line}: “${n.text}”`
		);
	for (const { entry, target } of links) {
		if (!byKey.has(target)) {
			rep.adjust(
				'kialo-link-unresolved',
				'a "-> See" link named a claim number the export does not have; left out',
				`${entry.key} → ${target}`
			);
			continue;
		}
		addRelation(entry, target, draft, byKey, rep);
	}
	rep.count('claims', draft.claims.length);
	if (top.length === 1) draft.thesis = top[0].key;
	return finishImport(draft, rep, {
		...opts,
		format: layout === 'indented' ? 'kialo (indented layout)' : 'kialo',
		locator: (c) => `Kialo claim ${c.key}`
	});
}

function addRelation(
	e: KialoEntry,
	from: string,
	draft: Draft,
	byKey: Map<string, DraftClaim>,
	rep: Reporter
) {
	const to = parentOf(e.key);
	if (!e.stance) {
		byKey
			.get(from)
			?.notes.push('Kialo gave this claim neither Pro nor Con; it is imported as a support.');
		rep.adjust('kialo-no-stance', 'a claim had neither Pro nor Con: imported as a support', e.key);
	}
	draft.relations.push({ from, to, rel: e.stance === 'Con' ? 'attacks' : 'supports' });
}

export const kialo: Format = {
	id: 'kialo',
	name: 'Kialo discussion export',
	import: importKialo,
	detect: (text) => {
		const head = text.slice(0, 4096);
		return (
			/^\uFEFF?\s*(Discussion (Title|Name)\s*:|1\.\s)/.test(head) &&
			/^[ \t]*\d+(\.\d+)+\.\s+(Pro|Con)\s*:/m.test(text)
		);
	}
};
