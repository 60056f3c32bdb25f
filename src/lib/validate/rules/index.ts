/**
 * Every rule of the validator, in one list: the README's table of problem codes is generated
 * from it (rules/codes-table.ts, kept fresh by a test), and each layer runs the checks listed
 * here. To add a rule: write rules/<layer>/<code>.ts with its fixture beside it
 * (<code>.fixture.ts), and list it below.
 */
import type { Rule } from './rule';
import { START, type Problem } from '../problem';
import { describeError } from '../yaml-source';
import type { ClaimInput } from './claim/context';
import type { DebateIndex } from './cross-file/context';
import type { GraphIndex } from './graph/context';
import type { QuoteInput } from './quotes/context';
import type { FileInput } from './file/invisible-character';

import tooLarge from './file/too-large';
import notText from './file/not-text';
import emptyFile from './file/empty-file';
import tooDeep from './file/too-deep';
import yamlSyntax from './file/yaml-syntax';
import duplicateKey from './file/duplicate-key';
import yamlAlias from './file/yaml-alias';
import yamlWarning from './file/yaml-warning';
import wrongType from './file/wrong-type';
import unknownKey from './file/unknown-key';
import missingField from './file/missing-field';
import invalidValue from './file/invalid-value';
import badId from './file/bad-id';
import fileNameMismatch from './file/file-name-mismatch';
import unexpectedFile from './file/unexpected-file';
import interruptedWrite from './file/interrupted-write';
import symlink from './file/symlink';
import invisibleCharacter from './file/invisible-character';
import internalError from './file/internal-error';

import thesisRelation from './claim/thesis-relation';
import noRelation from './claim/no-relation';
import selfReference from './claim/self-reference';
import supportsAndAttacks from './claim/supports-and-attacks';
import duplicateReference from './claim/duplicate-reference';
import factWithoutEvidence from './claim/fact-without-evidence';
import noEvidence from './claim/no-evidence';
import noSpeaker from './claim/no-speaker';
import roleWithoutBy from './claim/role-without-by';
import byWithoutRole from './claim/by-without-role';
import byIsSpeaker from './claim/by-is-speaker';
import roleInNote from './claim/role-in-note';
import undercutShape from './claim/undercut-shape';
import undercutOwnRelation from './claim/undercut-own-relation';
import linkedOneRelation from './claim/linked-one-relation';
import linkedWithSelf from './claim/linked-with-self';

import duplicateId from './cross-file/duplicate-id';
import missingFile from './cross-file/missing-file';
import danglingReference from './cross-file/dangling-reference';
import undefinedTag from './cross-file/undefined-tag';
import movedReferenced from './cross-file/moved-referenced';
import movedTargetMissing from './cross-file/moved-target-missing';
import unusedSource from './cross-file/unused-source';
import unusedPerson from './cross-file/unused-person';
import duplicateClaim from './cross-file/duplicate-claim';
import undercutNoRelation from './cross-file/undercut-no-relation';
import linkedMemberMissing from './cross-file/linked-member-missing';

import noThesis from './graph/no-thesis';
import twoTheses from './graph/two-theses';
import unreachable from './graph/unreachable';
import supportCycle from './graph/support-cycle';
import oneWayClash from './graph/one-way-clash';

import quoteNotFound from './quotes/quote-not-found';
import sourceTextMissing from './quotes/source-text-missing';
import sourceFolderMissing from './quotes/source-folder-missing';

export const FILE_RULES: Array<Rule<FileInput>> = [
	tooLarge,
	notText,
	emptyFile,
	tooDeep,
	yamlSyntax,
	duplicateKey,
	yamlAlias,
	yamlWarning,
	wrongType,
	unknownKey,
	missingField,
	invalidValue,
	badId,
	fileNameMismatch,
	unexpectedFile,
	interruptedWrite,
	symlink,
	invisibleCharacter,
	internalError
];

export const CLAIM_RULES: Array<Rule<ClaimInput>> = [
	thesisRelation,
	noRelation,
	selfReference,
	supportsAndAttacks,
	duplicateReference,
	factWithoutEvidence,
	noEvidence,
	noSpeaker,
	roleWithoutBy,
	byWithoutRole,
	byIsSpeaker,
	roleInNote,
	undercutShape,
	undercutOwnRelation,
	linkedOneRelation,
	linkedWithSelf
];

export const REFERENCE_RULES: Array<Rule<DebateIndex>> = [
	duplicateId,
	missingFile,
	danglingReference,
	undefinedTag,
	movedReferenced,
	movedTargetMissing,
	unusedSource,
	unusedPerson,
	duplicateClaim,
	undercutNoRelation,
	linkedMemberMissing
];

export const GRAPH_RULES: Array<Rule<GraphIndex>> = [
	noThesis,
	twoTheses,
	unreachable,
	supportCycle,
	oneWayClash
];

export const QUOTE_RULES: Array<Rule<QuoteInput>> = [
	quoteNotFound,
	sourceTextMissing,
	sourceFolderMissing
];

/** Every rule, in the order of the layers that run them. */
export const RULES: ReadonlyArray<Rule<never>> = [
	...FILE_RULES,
	...CLAIM_RULES,
	...REFERENCE_RULES,
	...GRAPH_RULES,
	...QUOTE_RULES
] as ReadonlyArray<Rule<never>>;

export const RULES_BY_CODE: ReadonlyMap<string, Rule<never>> = new Map(
	RULES.map((r) => [r.code, r])
);

/**
 * Run every rule of a layer that has its own check, each on its own: a rule that throws (a bug
 * in that rule) becomes one internal-error problem naming it, at `where` (the file the layer is
 * checking), and every other rule still runs. As mdn/browser-compat-data's linters do.
 */
export function runRules<C>(rules: ReadonlyArray<Rule<C>>, ctx: C, where: string): Problem[] {
	return rules.flatMap((r) => {
		if (!r.check) return [];
		try {
			return r.check(ctx);
		} catch (e) {
			return [
				internalError.at(
					where,
					START,
					`The check "${r.code}" failed on this ${r.layer === 'claim' ? 'claim' : 'debate'} (${describeError(e)}), so it was skipped; every other check ran.`,
					'This is a bug in the validator; please report it with the file attached.'
				)
			];
		}
	});
}
