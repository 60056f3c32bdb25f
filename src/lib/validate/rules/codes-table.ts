/** The README's table of problem codes, generated from the registry so the two cannot drift. */
import { LAYERS } from './rule';
import type { Rule } from './rule';

export const TABLE_START =
	'<!-- problem codes: generated from src/lib/validate/rules/index.ts by `npm run schema`; do not edit by hand -->';
export const TABLE_END = '<!-- end of problem codes -->';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function codesTable(rules: ReadonlyArray<Rule<never>>): string {
	const rows = ['| code | layer | severity | what it means |', '| --- | --- | --- | --- |'];
	for (const layer of LAYERS)
		for (const r of rules.filter((x) => x.layer === layer))
			rows.push(`| \`${r.code}\` | ${layer} | ${r.severity} | ${cell(r.description)} |`);
	return rows.join('\n');
}

/** `readme` with the text between the markers replaced by a fresh table. */
export function withCodesTable(readme: string, rules: ReadonlyArray<Rule<never>>): string {
	const start = readme.indexOf(TABLE_START);
	const end = readme.indexOf(TABLE_END);
	if (start === -1 || end < start) throw new Error('the README has no problem-codes markers');
	return (
		readme.slice(0, start + TABLE_START.length) +
		'\n\n' +
		codesTable(rules) +
		'\n\n' +
		readme.slice(end)
	);
}
