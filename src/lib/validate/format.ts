/** Problems → text for people (one location line, one hint line) or GitHub workflow annotations. */
import { sortProblems, type Problem } from './problem';

export interface FormatOptions {
	/** Files checked, for "No problems in N files." */
	fileCount?: number;
	elapsedMs?: number;
	color?: boolean;
}

const paint = (on: boolean, code: string, s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summary(problems: Problem[], opts: FormatOptions = {}): string {
	const errors = problems.filter((p) => p.severity === 'error').length;
	const warnings = problems.length - errors;
	const time = opts.elapsedMs !== undefined ? ` (${Math.round(opts.elapsedMs)} ms)` : '';
	if (!problems.length)
		return `No problems${opts.fileCount !== undefined ? ` in ${plural(opts.fileCount, 'file')}` : ''}.${time}`;
	const files = new Set(problems.map((p) => p.file)).size;
	const counts = [
		errors ? plural(errors, 'error') : '',
		warnings ? plural(warnings, 'warning') : ''
	]
		.filter(Boolean)
		.join(', ');
	return `${counts} in ${plural(files, 'file')}${opts.fileCount !== undefined ? ` (${plural(opts.fileCount, 'file')} checked)` : ''}.${time}`;
}

function text(problems: Problem[], opts: FormatOptions): string {
	const c = opts.color ?? false;
	const lines: string[] = [];
	for (const p of problems) {
		const where = paint(c, '1', `${p.file}:${p.line}:${p.column}`);
		const sev = p.severity === 'warning' ? paint(c, '33', 'warning: ') : '';
		lines.push(`${where}  ${sev}${p.message}`);
		if (p.hint)
			lines.push(
				...p.hint
					.split('\n')
					.map((h, i) => paint(c, '2', i === 0 ? `    hint: ${h}` : `          ${h}`))
			);
	}
	const s = summary(problems, opts);
	lines.push(problems.some((p) => p.severity === 'error') ? paint(c, '31', s) : paint(c, '32', s));
	return lines.join('\n');
}

/** GitHub's escaping for the message part of a workflow command. */
export function escapeData(s: string): string {
	return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values (file, title) must also escape the separators ":" and ",". */
export function escapeProperty(s: string): string {
	return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function github(problems: Problem[], opts: FormatOptions): string {
	const lines = problems.map((p) => {
		const props = `file=${escapeProperty(p.file)},line=${p.line},col=${p.column},title=${escapeProperty(`Crux ${p.code}`)}`;
		const msg = p.hint ? `${p.message}\n${p.hint}` : p.message;
		return `::${p.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(msg)}`;
	});
	lines.push(summary(problems, opts));
	return lines.join('\n');
}

export function formatProblems(
	problems: Problem[],
	format: 'text' | 'github' = 'text',
	opts: FormatOptions = {}
): string {
	const sorted = sortProblems(problems);
	return format === 'github' ? github(sorted, opts) : text(sorted, opts);
}
