/**
 * What a script prints reaches a terminal, and a student's proposal (or a contributor's claim)
 * must not be able to command it: ESC[2J clears the screen, OSC retitles the window, BEL rings.
 * Every control character (tab and line breaks excepted) and every invisible or
 * direction-changing one is spelled out as \u{…} instead. The colours a script adds itself
 * (SGR, "ESC[…m") survive only when the Io is a colour terminal, and only because everything
 * that came from a file was made safe before they were added.
 */
import type { Io } from './cli';

const UNSAFE =
	// eslint-disable-next-line no-control-regex -- showing control characters harmlessly is the point
	/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex -- the script's own colours
const SGR = /\u001b\[[0-9;]*m/g;

const spell = (c: string) => `\\u{${c.codePointAt(0)!.toString(16)}}`;

/** Text as a terminal may show it: line breaks and tabs kept, every other control spelled out. */
export function terminalSafe(text: string): string {
	return text.replace(UNSAFE, spell);
}

/** One line (a file name, an id): line breaks spelled out too. */
export function safeName(name: string): string {
	return terminalSafe(name).replace(/[\n\t]/g, spell);
}

/** Text with the script's own colour codes kept and every other control spelled out. */
function keepColours(text: string): string {
	let out = '';
	let at = 0;
	for (const m of text.matchAll(SGR)) {
		out += terminalSafe(text.slice(at, m.index)) + m[0];
		at = m.index + m[0].length;
	}
	return out + terminalSafe(text.slice(at));
}

/** The same Io, with everything it prints made safe for a terminal (colours kept where asked for). */
export function safeIo(io: Io): Io {
	const clean = io.color ? keepColours : terminalSafe;
	return { ...io, out: (s) => io.out(clean(s)), err: (s) => io.err(clean(s)) };
}
