/**
 * What the scripts share: Node's own argument parser (util.parseArgs) with messages a
 * contributor can act on, and an `io` object so each script's `main(argv, io)` runs
 * in-process in tests and as a command alike.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest } from '../../src/lib/validate/suggest';

export interface Io {
	out(line: string): void;
	err(line: string): void;
	/** Colour only for a person at a terminal. */
	color?: boolean;
}

export const processIo: Io = {
	out: (s) => console.log(s),
	err: (s) => console.error(s),
	color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
};

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parsed flags and positionals, or a one-line reason (with a "did you mean" for a typo'd flag). */
export function parseFlags<O extends Options>(
	argv: string[],
	options: O,
	usage: string
):
	| { values: Record<string, string | boolean | undefined>; positionals: string[] }
	| { error: string } {
	try {
		const r = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
		return {
			values: r.values as Record<string, string | boolean | undefined>,
			positionals: r.positionals
		};
	} catch (e) {
		const msg = e instanceof Error ? e.message : String(e);
		const flag = /'(-{1,2}[^'\s]+)/.exec(msg)?.[1];
		if (/Unknown option/.test(msg) && flag) {
			const guess = closest(flag.replace(/^-+/, ''), Object.keys(options));
			return {
				error: `Unknown option "${flag}".${guess ? ` Did you mean "--${guess}"?` : ''}\n${usage}`
			};
		}
		if (/argument missing/.test(msg) && flag) return { error: `${flag} needs a value.\n${usage}` };
		return { error: `${msg.replace(/\s+/g, ' ').trim()}\n${usage}` };
	}
}

/** Never a stack trace: one line, and a distinct exit code so CI tells a crash from bad data. */
export function crashLine(name: string, e: unknown): string {
	return `${name}: internal error: ${e instanceof Error ? e.message : String(e)}`
		.replace(/\s+/g, ' ')
		.slice(0, 300);
}

/** Whether this module is the script node was started with (not imported by a test). */
export function isMain(url: string, name: RegExp): boolean {
	return Boolean(process.argv[1] && name.test(process.argv[1]) && url.startsWith('file:'));
}
