/**
 * Kialo discussion exports (plain text), the older one-line layout and the newer one:
 *
 *   Discussion Title: Can …?          1. Thesis
 *   1. Thesis                         1.1. Pro:
 *   1.1. Con: text                    text on the next line[1]
 *   1.1.1. Pro: -> See 1.2.           (blank lines between)
 *   continuation line                 Sources:
 *                                     [1] https://…
 *
 * "-> See 1.2." shows claim 1.2 a second time, so 1.2 also answers this entry's parent.
 * Kialo escapes Markdown punctuation with backslashes and may hold Markdown links; link
 * labels stay in the text and their addresses go to the claim's note.
 */
import { draftClaim, emptyDraft, type DraftClaim } from './draft';
import { finishImport } from './import-draft';
import { Reporter } from './report';
import { ImportError, type Format, type ImportOptions, type ImportResult } from './types';

const ENTRY = /^(\d+(?:\.\d+)*)\.\s+(?:(Pro|Con)\s*:\s*)?(.*)$/;
const TITLE = /^\s*Discussion Title:\s*(.*)$/;
const SEE = /^->\s*See\s+(\d+(?:\.\d+)*)\.?\s*$/;
// A Markdown link whose opening bracket is not itself escaped; escaped brackets may sit inside the label.
const LINK = /(?<!\\)\[((?:\\.|[^\][\\])*)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/g;
const FOOTNOTE_LIST = /^\s*\[?\^?(\d+)\]?[:.)]?\s+(\S.*)$/;

interface Entry {
	key: string;
	stance?: 'Pro' | 'Con';
	lines: string[];
	line: number;
}

/** CommonMark backslash escapes: a backslash before ASCII punctuation stands for the punctuation. */
export const unescapeMarkdown = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

export function parseKialo(text: string): {
	title?: string;
	entries: Entry[];
	footnotes: Map<string, string>;
} {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	let title: string | undefined;
	const entries: Entry[] = [];
	const footnotes = new Map<string, string>();
	let inSources = false;
	lines.forEach((raw, i) => {
		const line = raw.trimEnd();
		if (inSources) {
			const m = FOOTNOTE_LIST.exec(line);
			if (m) footnotes.set(m[1], m[2].trim());
			else if (line.trim() && footnotes.size) {
				const last = [...footnotes.keys()].pop()!;
				footnotes.set(last, `${footnotes.get(last)} ${line.trim()}`);
			}
			return;
		}
		const t = TITLE.exec(line);
		if (t && entries.length === 0 && title === undefined) {
			title = t[1].trim();
			return;
		}
		if (/^\s*Sources:\s*$/.test(line) && entries.length) {
			inSources = true;
			return;
		}
		const m = ENTRY.exec(line);
		if (m) {
			entries.push({
				key: m[1],
				stance: m[2] as Entry['stance'],
				lines: [m[3].trim()],
				line: i + 1
			});
			return;
		}
		if (!line.trim()) {
			const last = entries[entries.length - 1];
			// A blank line inside a claim's text is a paragraph break; blank lines between claims vanish.
			if (last && last.lines.some((l) => l)) last.lines.push('');
			return;
		}
		if (!entries.length)
			throw new ImportError(
				`Line ${i + 1} comes before the first claim of the Kialo export: “${line.trim().slice(0, 60)}”. A Kialo export starts with "Discussion Title: …" and then "1. <thesis>".`,
				i + 1,
				1
			);
		entries[entries.length - 1].lines.push(line.trim());
	});
	if (!entries.length)
		throw new ImportError(
			'No Kialo claims were found: expected numbered lines such as "1. The thesis" and "1.1. Pro: A reason".',
			1,
			1
		);
	return { title, entries, footnotes };
}

const parentOf = (key: string) => key.split('.').slice(0, -1).join('.');

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
	const { title, entries, footnotes } = parseKialo(text);
	const rep = new Reporter();
	const top = entries.filter((e) => !e.key.includes('.'));
	const draft = emptyDraft(title ?? entries[0].lines.join(' ').trim());
	draft.description = title
		? `Imported from the Kialo discussion “${title}”.`
		: 'Imported from a Kialo discussion export.';
	const keys = new Set<string>();
	const links: Array<{ entry: Entry; target: string }> = [];
	for (const e of entries) {
		if (keys.has(e.key))
			throw new ImportError(
				`Line ${e.line}: claim number ${e.key}. appears twice in the Kialo export.`,
				e.line,
				1
			);
		keys.add(e.key);
		const body = e.lines.join('\n').trim();
		if (e.stance) rep.count(e.stance);
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
		draft.claims.push(c);
		if (e.key.includes('.')) addRelation(e, e.key, draft, rep);
	}
	const claimKeys = new Set(draft.claims.map((c) => c.key));
	for (const { entry, target } of links) {
		if (!claimKeys.has(target)) {
			rep.adjust(
				'kialo-link-unresolved',
				'a "-> See" link named a claim number the export does not have; left out',
				`${entry.key} → ${target}`
			);
			continue;
		}
		addRelation(entry, target, draft, rep);
	}
	rep.count('claims', draft.claims.length);
	if (top.length === 1) draft.thesis = top[0].key;
	return finishImport(draft, rep, {
		...opts,
		format: 'kialo',
		locator: (c) => `Kialo claim ${c.key}`
	});
}

function addRelation(e: Entry, from: string, draft: ReturnType<typeof emptyDraft>, rep: Reporter) {
	const to = parentOf(e.key);
	if (!e.stance) {
		const c = draft.claims.find((x) => x.key === from);
		c?.notes.push('Kialo gave this claim neither Pro nor Con; it is imported as a support.');
		rep.adjust('kialo-no-stance', 'a claim had neither Pro nor Con: imported as a support', e.key);
	}
	draft.relations.push({ from, to, rel: e.stance === 'Con' ? 'attacks' : 'supports' });
}

export const kialo: Format = {
	id: 'kialo',
	name: 'Kialo discussion export',
	import: importKialo,
	detect: (text) =>
		/^\uFEFF?\s*(Discussion Title:|1\.\s)/.test(text) &&
		/^\d+(\.\d+)+\.\s+(Pro|Con)\s*:/m.test(text)
};
