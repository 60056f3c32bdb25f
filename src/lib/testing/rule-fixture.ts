/**
 * Fixtures for the validator's rules (src/lib/validate/rules/<layer>/<code>.fixture.ts): a
 * small valid debate plus one planted mistake, and every problem the rule must report for it,
 * as "path:line:col  message". The runner (rules/rules.test.ts) also fails when the mistake
 * raises any other code than the ones a fixture allows, so a message never comes with echoes.
 */

export interface RuleFixture {
	/** Files to add or replace, relative to the debate folder; null removes a base file. */
	files: Record<string, string | null>;
	/** Read through the folder reader on disk, for what only it sees (links, missing folders). */
	disk?: boolean;
	/** Symbolic links to create on disk: path inside the debate folder → target. */
	links?: Record<string, string>;
	/** Source texts: switches the quote check on (source id → text, added to the base texts). */
	sources?: Record<string, string>;
	/** On disk: pass this folder (relative to the root that holds arguments/) as --sources. */
	sourcesDir?: string;
	/** Files whose reading throws, to stand in for a bug in the validator. */
	throwing?: string[];
	/** Every problem with the rule's code, as "arguments/demo/claims/x.yaml:3:1  message". */
	expect: string[];
	/** The hint of the first expected problem, where the fix is the point. */
	hint?: string;
	/** Other codes this mistake is allowed to raise as well (none by default). */
	also?: string[];
}

export function fixture(f: RuleFixture): RuleFixture {
	return f;
}

export const DEBATE_ID = 'demo';
export const DEBATE_DIR = `arguments/${DEBATE_ID}`;

/** A valid debate of three claims, two people and one source, with nothing to warn about. */
export const BASE_FILES: Record<string, string> = {
	'debate.yaml': `title: Should Japan deepen security ties with Taiwan?
resolution: Japan should deepen defense cooperation with Taiwan.
description: A small fixture debate.
sides:
  for: For the resolution
  against: Against the resolution
tags:
  security:
    label: Security
  economy:
    label: Economy
`,
	'claims/thesis.yaml': `text: Japan should deepen defense cooperation with Taiwan.
kind: thesis
`,
	'claims/sea-lanes.yaml': `text: Taiwan sits astride the sea lanes that carry Japan's trade.
kind: contention
speaker: alice
supports: [thesis]
evidence:
  - source: report
    quote: "Taiwan sits astride the sea lanes that carry Japan's trade."
    locator: p. 1
tags: [security]
`,
	'claims/provocation.yaml': `text: Closer ties would provoke Beijing.
kind: objection
speaker: bob
attacks: [thesis]
evidence:
  - source: report
    quote: Closer ties risk provoking Beijing.
    locator: p. 2
`,
	'people/alice.yaml': `name: Alice Example
roles:
  - role: Analyst
    source: report
`,
	'people/bob.yaml': 'name: Bob Example\n',
	'sources/report.yaml': `title: A fixture report
kind: report
url: https://example.org/report
`
};

export const BASE_TEXTS: Record<string, string> = {
	report:
		"Taiwan sits astride the sea lanes that carry Japan's trade.\n\nCloser ties risk provoking Beijing."
};

/** The base debate with a fixture's files laid over it, sorted by path as the reader sorts them. */
export function fixtureFiles(f: Pick<RuleFixture, 'files'>): Array<{ path: string; text: string }> {
	const all: Record<string, string | null> = { ...BASE_FILES, ...f.files };
	return Object.entries(all)
		.filter((e): e is [string, string] => e[1] !== null)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([path, text]) => ({ path: `${DEBATE_DIR}/${path}`, text }));
}
