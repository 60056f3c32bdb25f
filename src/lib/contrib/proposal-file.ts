/**
 * The proposal file: what a student downloads from "Propose a reply" and hands to the teacher,
 * who collects a folder of them with `npm run collect`. YAML, so a teacher can read it;
 * versioned (`crux-proposal: 1`); it names its debate; each proposal is a claim exactly as its
 * claim file would be, with any new speaker or source file it needs (schema.ts:
 * proposalFileSchema). Reading one reports every problem with its line and column in the
 * student's file, through the validator's own parser and schema messages. Pure, browser-safe.
 */
import { Document, isMap, isScalar, isSeq, Scalar } from 'yaml';
import {
	PROPOSAL_FORMAT,
	proposalFileSchema,
	proposalSchema,
	type ProposalEntry,
	type ProposalFile
} from '$lib/schema';
import { FILE_RULES } from '$lib/validate/rules';
import { checkSchema } from '$lib/validate/schema-issues';
import { parseYaml, type YamlFile } from '$lib/validate/yaml-source';
import { START, type Problem } from '$lib/validate/problem';
import { rule } from '$lib/validate/rules/rule';

/** What a downloaded proposal file is called: `<name>.crux.yaml`. */
export const PROPOSAL_EXTENSION = '.crux.yaml';

export const NOT_A_PROPOSAL = rule({
	code: 'not-a-proposal',
	severity: 'error',
	layer: 'file',
	description:
		'A file handed in for `npm run collect` is not a proposal file (it has no `crux-proposal:` line).'
});

export const DUPLICATE_PROPOSAL_ID = rule({
	code: 'duplicate-proposal-id',
	severity: 'error',
	layer: 'file',
	description:
		'Two proposals in one file give the same claim id, or one new speaker or source id twice with different contents.'
});

/** Prose is double-quoted, so "Note: …" or "# 1" stay text; ids stay plain. */
const PROSE = new Set([
	'text',
	'label',
	'quote',
	'locator',
	'note',
	'name',
	'role',
	'affiliation',
	'title',
	'authors',
	'editors',
	'publisher',
	'container',
	'date',
	'url',
	'parts',
	'basis',
	'value'
]);
const FLOW = new Set(['supports', 'attacks', 'tags', 'authors', 'editors', 'parts']);

/** Keys in the order a reader expects: what it is, then the claim, then what it needs. */
function ordered(e: ProposalEntry): Record<string, unknown> {
	const out: Record<string, unknown> = { id: e.id, voice: e.voice, claim: e.claim };
	if (e.people?.length) out.people = e.people.map(({ id, ...p }) => ({ id, ...p }));
	if (e.sources?.length) out.sources = e.sources.map(({ id, ...s }) => ({ id, ...s }));
	return out;
}

/** The text of a proposal file for `debate`, holding `entries` in order. */
export function proposalFileYaml(debate: { id: string; title: string }, entries: ProposalEntry[]) {
	const data: ProposalFile = {
		'crux-proposal': PROPOSAL_FORMAT,
		debate: debate.id,
		proposals: entries
	};
	const doc = new Document({ ...data, proposals: entries.map(ordered) });
	const mark = (node: unknown, key: string) => {
		if (isMap(node)) {
			for (const pair of node.items) {
				const k = isScalar(pair.key) ? String(pair.key.value) : '';
				if (isSeq(pair.value) && FLOW.has(k)) pair.value.flow = true;
				mark(pair.value, k);
			}
		} else if (isSeq(node)) {
			for (const item of node.items) mark(item, key);
		} else if (isScalar(node) && typeof node.value === 'string' && PROSE.has(key)) {
			node.type = Scalar.QUOTE_DOUBLE;
		}
	};
	mark(doc.contents, '');
	const title = debate.title.replace(/\s+/g, ' ').slice(0, 200);
	const n = entries.length;
	const head = [
		`# ${n === 1 ? 'A proposal' : `${n} proposals`} for the Crux debate ${JSON.stringify(title)}.`,
		'# Hand this file to your teacher: nothing changes until they collect it (npm run collect).'
	].join('\n');
	return `${head}\n${doc.toString({ lineWidth: 0, doubleQuotedAsJSON: true, flowCollectionPadding: false })}`;
}

export interface ProposalRead {
	path: string;
	yaml: YamlFile;
	/** The debate the file names, when it names one validly. */
	debate?: string;
	/** Each proposal in file order; `entry` is set when that proposal matches the format. */
	entries: Array<{ index: number; entry?: ProposalEntry }>;
	problems: Problem[];
}

/** Read one proposal file: syntax, the format, every problem located in the file. */
export function readProposalFile(path: string, text: string): ProposalRead {
	const yaml = parseYaml(path, text);
	const problems: Problem[] = [...yaml.problems];
	for (const r of FILE_RULES) if (r.check) problems.push(...r.check({ path, text, yaml }));
	const out: ProposalRead = { path, yaml, entries: [], problems };
	const value = yaml.value;
	if (value === undefined) return out;
	if (
		value === null ||
		typeof value !== 'object' ||
		Array.isArray(value) ||
		!Object.hasOwn(value, 'crux-proposal')
	) {
		const looksLikeClaim =
			!!value && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, 'text');
		problems.push(
			NOT_A_PROPOSAL.at(
				path,
				START,
				looksLikeClaim
					? 'This is a claim file, not a proposal file: it does not say which debate it is for or whose words it gives.'
					: 'This is not a proposal file: it has no “crux-proposal: 1” line.',
				'Download the proposal from the “Propose a reply” form (“Download proposal”), and hand in that .crux.yaml file.'
			)
		);
		return out;
	}
	const v = value as Record<string, unknown>;
	const r = checkSchema<ProposalFile>({
		file: yaml,
		schema: proposalFileSchema,
		what: 'a proposal file',
		value
	});
	problems.push(...r.problems);
	if (typeof v.debate === 'string' && r.problems.every((p) => !isAt(yaml, p, ['debate'])))
		out.debate = v.debate;
	if (r.data) {
		out.debate = r.data.debate;
		out.entries = r.data.proposals.map((entry, index) => ({ index, entry }));
	} else if (Array.isArray(v.proposals)) {
		// One broken proposal does not hide the checks of the others.
		out.entries = v.proposals.map((item, index) => {
			const one = proposalSchema.safeParse(item);
			return { index, entry: one.success ? one.data : undefined };
		});
	}
	// Several claims with one id: each later one is reported where its id is.
	if (Array.isArray(v.proposals)) {
		const first = new Map<string, number>();
		v.proposals.forEach((item, i) => {
			const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
			if (typeof id !== 'string') return;
			const at = first.get(id);
			if (at === undefined) return first.set(id, i);
			problems.push(
				DUPLICATE_PROPOSAL_ID.at(
					path,
					yaml.locate(['proposals', i, 'id']),
					`Proposals ${at + 1} and ${i + 1} in this file both have the id ${JSON.stringify(id)}.`,
					'Each proposal needs its own id: rename one (and any reply that points at it).'
				)
			);
		});
	}
	return out;
}

function isAt(yaml: YamlFile, p: Problem, path: Array<string | number>): boolean {
	const at = yaml.locate(path);
	return p.line === at.line && p.column === at.column;
}
