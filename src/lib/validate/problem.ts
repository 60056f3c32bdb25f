/** A single finding, located in a file, with advice a newcomer can act on. Made through its rule (rules/rule.ts). */
export interface Problem {
	/** Path relative to the working directory (or as given in memory). */
	file: string;
	/** 1-based. */
	line: number;
	/** 1-based. */
	column: number;
	severity: 'error' | 'warning';
	message: string;
	hint?: string;
	/** Short kebab-case identifier of the check, stable for tests and tooling. */
	code: string;
}

export interface Position {
	line: number;
	column: number;
}

export const START: Position = { line: 1, column: 1 };

/** Sorted by file, then line, then column, so output reads top to bottom like the files. */
export function sortProblems(problems: Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) =>
			(a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
			a.line - b.line ||
			a.column - b.column ||
			(a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
	);
}

export function hasErrors(problems: Problem[]): boolean {
	return problems.some((p) => p.severity === 'error');
}

/** Quote a user-supplied value for a message, keeping it short and on one line. */
export function show(value: unknown, max = 60): string {
	let s: string;
	if (typeof value === 'string') s = JSON.stringify(value);
	else if (value === null || value === undefined) s = 'nothing';
	else if (Array.isArray(value)) s = 'a list';
	else if (typeof value === 'object') s = 'a mapping';
	else s = String(value);
	return s.length > max ? s.slice(0, max - 1) + '…"' : s;
}
