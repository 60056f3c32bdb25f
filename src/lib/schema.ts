/**
 * The argument format: the single source of truth.
 *
 * Types (z.infer), the validator, the build, the proposal form and the JSON Schema
 * published for editors (static/schema/*.schema.json) all come from this module.
 * Keep it free of Node and browser APIs: it runs in both.
 */
import * as z from 'zod';

/** Lowercase kebab slug: the id of every entity, and the name of its file. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The longest id: it is a file name, and a reference to it must fit the same rule. */
export const ID_MAX = 80;
export const id = z
	.string()
	.regex(ID_PATTERN, {
		message:
			'must be a lowercase kebab-case id such as "japan-sea-lanes" (a-z, 0-9 and single hyphens)'
	})
	.max(ID_MAX)
	.describe('A lowercase kebab-case id, e.g. "japan-sea-lanes". It is also the file name.');

export { RELATIONS, SIDES, type Relation, type Side } from './vocabulary';

const text = (max: number) =>
	z
		.string()
		.trim()
		.min(1, { message: 'must not be empty' })
		.max(max, { message: `must be at most ${max} characters` });

const httpUrl = z
	.url({ protocol: /^https?$/, message: 'must be an http:// or https:// address' })
	.describe('A web address starting with http:// or https://');

/** Partial ISO date: "2020", "2022-06" or "2023-09-12". */
export const partialDate = z
	.string()
	.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, {
		message: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'
	})
	.describe('A date as precise as the source allows: YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * A value the sources do not state outright. It must say so, and on what basis, so
 * the site can show it as inferred rather than as fact.
 */
function inferable<T extends z.ZodType>(value: T) {
	return z.union([
		value,
		z.strictObject({
			value,
			inferred: z.literal(true).describe('Marks the value as inferred, not stated by the source'),
			basis: text(300).describe('What the inference rests on')
		})
	]);
}

export const SOURCE_KINDS = [
	'debate',
	'newsletter',
	'op-ed',
	'analysis',
	'news',
	'report',
	'speech',
	'book',
	'interview',
	'other'
] as const;

export const sourceSchema = z
	.strictObject({
		title: text(300).describe('The title as published'),
		kind: z.enum(SOURCE_KINDS).describe('What sort of publication it is'),
		authors: z
			.array(text(120))
			.min(1)
			.optional()
			.describe('Authors as credited; leave out when the piece names none'),
		editors: z.array(text(120)).min(1).optional().describe('Editors as credited'),
		publisher: inferable(text(200)).optional().describe('Who published it'),
		container: text(200)
			.optional()
			.describe('The series, issue or outlet it appeared in, e.g. "Debating Japan Vol. 3 Issue 3"'),
		date: inferable(partialDate).optional().describe('Publication date, as precise as known'),
		url: inferable(httpUrl).optional().describe('Where the piece can be read'),
		parts: z
			.array(text(80))
			.min(1)
			.optional()
			.describe(
				'Named parts of the piece in reading order, as its locators name them ("Newsham, para. 3" → "Newsham"); claims are ordered by where their first quote appears'
			),
		note: text(500).optional().describe('Anything a reader should know about this source')
	})
	.describe('A published source that evidence quotes come from. File: sources/<id>.yaml');

export const roleSchema = z.strictObject({
	role: text(200).describe('How the source describes the speaker, e.g. "Research Fellow"'),
	affiliation: text(200).optional().describe('Organisation at the time, as the source gives it'),
	source: id.describe('The source that describes them this way')
});

export const personSchema = z
	.strictObject({
		name: text(120).describe('Name as the sources give it'),
		kind: z
			.enum(['person', 'organisation'])
			.default('person')
			.describe('A person, or an organisation speaking as one (a ministry, a newspaper)'),
		roles: z
			.array(roleSchema)
			.optional()
			.describe('How the sources describe this speaker, each with the source that says so'),
		contributor: z
			.literal(true)
			.optional()
			.describe(
				'true for a student or a class adding their own argument (npm run collect): not a published author, so no source speaks for them and their claims are their own words'
			)
	})
	.describe('A speaker: whoever asserts a claim. File: people/<id>.yaml');

export const evidenceSchema = z.strictObject({
	source: id.describe('Id of the source, a file in sources/'),
	quote: text(600).describe('The source’s own words, verbatim: a sentence or two'),
	locator: text(80).describe('Where in the source, e.g. "para. 12" or "Newsham, para. 4"')
});

export const CLAIM_KINDS = [
	'thesis',
	'contention',
	'reason',
	'fact',
	'example',
	'proposal',
	'objection',
	'prediction',
	'statement'
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/**
 * How a claim stands in its source, which decides whose case it is:
 * - asserted: its speaker puts it forward (the default);
 * - raised: an author states it in order to answer it ("But won't Japan's public oppose…?",
 *   "Some have argued…"); `by` names that author, `speaker` whose view it is if the
 *   source says; it counts for the view it states, never as the raiser's own case;
 * - conceded: its speaker grants it although it counts against their own side; it
 *   weakens their claim but never refutes them;
 * - reported: an author reports what the speaker said or did; `by` names the reporter.
 */
export const CLAIM_ROLES = ['asserted', 'raised', 'conceded', 'reported'] as const;
export type ClaimRole = (typeof CLAIM_ROLES)[number];

const relationList = z
	.array(id)
	.min(1, { message: 'must list at least one claim id; leave the field out if there is none' });

/**
 * A relation between two other claims, named by its two ends: `from` supports (or attacks) a
 * claim. What an undercut targets. Exactly one of `supports`/`attacks` (the validator says so
 * where it matters, with the fix: rules/claim/undercut-shape.ts).
 */
export const relationRefSchema = z
	.strictObject({
		from: id.describe(
			'The claim that makes the relation: the reason or evidence this claim says does not show its target'
		),
		supports: id
			.optional()
			.describe('The claim that `from` supports (give this or `attacks`, not both)'),
		attacks: id
			.optional()
			.describe('The claim that `from` attacks (give this or `supports`, not both)')
	})
	.describe('A support or attack between two claims: `from` and the claim it supports or attacks');

export const claimSchema = z
	.strictObject({
		text: text(600).describe('The claim, self-contained and neutrally worded'),
		label: text(90).optional().describe('A short tag line for the map and for debate cards'),
		kind: z
			.enum(CLAIM_KINDS)
			.optional()
			.describe(
				'The role the claim plays; exactly one claim per debate is the "thesis" (the resolution)'
			),
		speaker: id
			.optional()
			.describe(
				'Id of whoever holds the claim, a file in people/. For a raised objection: whose view it is, if the source says'
			),
		role: z
			.enum(CLAIM_ROLES)
			.optional()
			.describe(
				'How the claim stands in its source: asserted (default), raised (put forward in order to be answered), conceded (granted against its speaker’s own side) or reported (someone else’s words or acts, reported by an author)'
			),
		by: id
			.optional()
			.describe(
				'With role raised: the author who raises it in order to answer it. With role reported: who reports it. A file in people/'
			),
		supports: relationList.optional().describe('Ids of the claims this one supports'),
		attacks: relationList.optional().describe('Ids of the claims this one attacks'),
		undercuts: z
			.array(relationRefSchema)
			.min(1, { message: 'must list at least one relation; leave the field out if there is none' })
			.optional()
			.describe(
				'Relations this claim undercuts: it does not deny either claim, it says the one does not show the other (“X says this evidence does not show Y”). Each is `from:` a claim and `supports:` or `attacks:` its target'
			),
		with: relationList
			.optional()
			.describe(
				'Linked premises: the claims this one supports or attacks its target together with, and only together with. Each must support (or attack) the same claim; a claim with `with:` supports or attacks exactly one claim'
			),
		evidence: z.array(evidenceSchema).optional().describe('Verbatim quotes that back the claim'),
		tags: z.array(id).optional().describe('Themes, as ids listed in the debate file'),
		base: z
			.number()
			.min(0)
			.max(1)
			.optional()
			.describe('Base strength in [0, 1] before attacks and supports; 0.5 when left out'),
		date: partialDate
			.optional()
			.describe('When the claim was made, when it differs from its source'),
		note: text(500).optional().describe('Editorial note shown with the claim')
	})
	.describe('One claim. File: claims/<id>.yaml, where the file name is the claim id');

export const movedSchema = z
	.strictObject({
		moved: id.describe('The id this claim now lives under'),
		note: text(300).optional()
	})
	.describe('A stub left by a renamed claim so old links keep working');

export const claimFileSchema = z.union([movedSchema, claimSchema]);

export const tagSchema = z.strictObject({
	label: text(60),
	description: text(300).optional()
});

export const debateSchema = z
	.strictObject({
		title: text(200).describe('The debate’s title'),
		resolution: text(300).describe('The resolution, as worded by whoever set the debate'),
		description: text(1200).describe('A short description for the home page and search engines'),
		sides: z
			.strictObject({ for: text(80), against: text(80) })
			.describe('What to call each side, e.g. "For the resolution"'),
		tags: z
			.record(id, tagSchema)
			.optional()
			.describe('Themes claims may be tagged with: id → label and description')
	})
	.describe('A debate: file debate.yaml in arguments/<debate-id>/');

/**
 * Whose words a proposed claim is: the proposer's own ("own": its speaker is a contributor,
 * the class or a student's chosen name) or a published source's ("source": its speaker is an
 * author, and a quote from that author's source must carry it).
 */
export const VOICES = ['own', 'source'] as const;
export type Voice = (typeof VOICES)[number];

/** One proposed claim, with any new speakers and sources it names, each exactly as its file would be. */
export const proposalSchema = z.strictObject({
	id: id.describe(
		'The id the proposer suggests for the claim; collecting may add "-2" if it is taken'
	),
	voice: z
		.enum(VOICES)
		.describe(
			'own: the proposer’s own claim; source: what a published source says, with its quote'
		),
	claim: claimSchema,
	people: z
		.array(personSchema.extend({ id }))
		.min(1)
		.optional()
		.describe('New speakers the claim names (people/<id>.yaml), each with its id'),
	sources: z
		.array(sourceSchema.extend({ id }))
		.min(1)
		.optional()
		.describe('New sources the claim quotes (sources/<id>.yaml), each with its id')
});

export const PROPOSAL_FORMAT = 1;

/**
 * A proposal file: what a student downloads from "Propose a reply" and a teacher collects
 * with `npm run collect`. Versioned, names its debate, and reuses the claim, person and source
 * schemas above, so a proposal is checked by exactly the rules its files will be.
 */
export const proposalFileSchema = z
	.strictObject({
		'crux-proposal': z
			.literal(PROPOSAL_FORMAT)
			.describe('The version of this format: 1. Tells a proposal file from any other YAML'),
		debate: id.describe('The id of the debate the proposals are for (its folder under arguments/)'),
		proposals: z.array(proposalSchema).min(1).max(100).describe('The proposed claims, in order')
	})
	.describe('Proposals for one debate, from the "Propose a reply" form (<name>.crux.yaml)');

export type ProposalEntry = z.infer<typeof proposalSchema>;
export type ProposalFile = z.infer<typeof proposalFileSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Person = z.infer<typeof personSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type RelationRef = z.infer<typeof relationRefSchema>;
export type Moved = z.infer<typeof movedSchema>;
export type DebateMeta = z.infer<typeof debateSchema>;
export type Inferable<T> = T | { value: T; inferred: true; basis: string };

/** Which schema governs which kind of file, and what to call such a file in messages. */
export const FILE_KINDS = {
	debate: { schema: debateSchema, noun: 'the debate file' },
	source: { schema: sourceSchema, noun: 'a source' },
	person: { schema: personSchema, noun: 'a person' },
	claim: { schema: claimFileSchema, noun: 'a claim' }
} as const;
export type FileKind = keyof typeof FILE_KINDS;
