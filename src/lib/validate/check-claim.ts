/** Rules about one claim's own content that need no other file: relations, evidence, speaker. */
import { RELATIONS, type Claim } from '$lib/schema';
import { problem, warning, type Problem } from './problem';
import type { YamlFile } from './yaml-source';

export interface ClaimInput {
	path: string;
	id: string;
	data: Claim;
	locate: YamlFile['locate'];
}

/** Kinds that state something checkable: without a quote they are just assertions. */
export const EVIDENCE_REQUIRED = new Set(['fact', 'example', 'statement']);

export function checkClaim(c: ClaimInput): Problem[] {
	const out: Problem[] = [];
	const { data, path, id, locate } = c;
	const isThesis = data.kind === 'thesis';

	if (isThesis) {
		for (const rel of RELATIONS)
			if (data[rel])
				out.push(
					problem(
						path,
						locate([rel], 'key'),
						'thesis-relation',
						`The thesis "${id}" has "${rel}:", but the thesis is the root of the map: it supports or attacks nothing.`,
						`Delete the "${rel}:" field, or give this claim another kind if it is not the thesis.`
					)
				);
		return out;
	}

	if (!data.supports && !data.attacks)
		out.push(
			problem(
				path,
				locate([]),
				'no-relation',
				`Claim "${id}" neither supports nor attacks any claim, so it is not part of the argument.`,
				'Add "supports:" or "attacks:" with the id of the claim it answers, e.g.\n  supports:\n    - some-claim-id'
			)
		);

	const seen = new Map<string, string>();
	for (const rel of RELATIONS) {
		(data[rel] ?? []).forEach((target, i) => {
			if (target === id)
				out.push(
					problem(
						path,
						locate([rel, i]),
						'self-reference',
						`${rel}[${i}]: claim "${id}" ${rel} itself.`,
						'A claim cannot answer itself: remove this item.'
					)
				);
			else if (seen.get(target) === rel)
				out.push(
					warning(
						path,
						locate([rel, i]),
						'duplicate-reference',
						`${rel}[${i}]: "${target}" is listed twice.`,
						'Remove the repeated item.'
					)
				);
			else if (seen.has(target))
				out.push(
					problem(
						path,
						locate([rel, i]),
						'supports-and-attacks',
						`Claim "${id}" both supports and attacks "${target}".`,
						'Keep the relation it really has and remove the other.'
					)
				);
			seen.set(target, rel);
		});
	}

	if (!data.evidence?.length) {
		if (data.kind && EVIDENCE_REQUIRED.has(data.kind))
			out.push(
				problem(
					path,
					locate(['kind']),
					'fact-without-evidence',
					`Claim "${id}" is a ${data.kind} but gives no evidence.`,
					'Add "evidence:" with at least one verbatim quote (source, quote, locator), or change its kind.'
				)
			);
		else
			out.push(
				warning(
					path,
					locate([]),
					'no-evidence',
					`Claim "${id}" has no evidence.`,
					'Add "evidence:" with a verbatim quote from a source, so readers can check it.'
				)
			);
	}
	out.push(...checkRole(c));
	if (!data.speaker && data.role !== 'raised')
		out.push(
			warning(
				path,
				locate([]),
				'no-speaker',
				`Claim "${id}" has no speaker.`,
				'Add "speaker:" with the id of whoever asserts it (a file in people/).'
			)
		);
	return out;
}

/** Roles that name who voices the claim besides its speaker: `by` belongs with these only. */
const ROLES_WITH_BY = new Set(['raised', 'reported']);
/** A note that says in words what `role` says in data. */
const RAISED_NOTE = /\braised by\b.*\b(?:in order )?to (?:answer|rebut|refute|knock)/i;

function checkRole(c: ClaimInput): Problem[] {
	const { data, path, id, locate } = c;
	const out: Problem[] = [];
	const role = data.role ?? 'asserted';
	if (ROLES_WITH_BY.has(role) && !data.by)
		out.push(
			problem(
				path,
				locate(['role']),
				'role-without-by',
				`Claim "${id}" is ${role} but does not say by whom.`,
				`Add "by:" with the id of the author who ${role === 'raised' ? 'raises it in order to answer it' : 'reports it'} (a file in people/).`
			)
		);
	if (data.by && !ROLES_WITH_BY.has(role))
		out.push(
			problem(
				path,
				locate(['by']),
				'by-without-role',
				`Claim "${id}" has "by:" but its role is ${role}: "by:" names who raised or reported a claim.`,
				data.role
					? 'Remove "by:", or change the role to raised or reported.'
					: 'Add "role: raised" (an objection put forward to be answered) or "role: reported", or remove "by:".'
			)
		);
	if (data.by && data.speaker && data.by === data.speaker)
		out.push(
			problem(
				path,
				locate(['by']),
				'by-is-speaker',
				`Claim "${id}" names "${data.by}" as both its speaker and the one who ${role === 'reported' ? 'reports' : 'raises'} it.`,
				role === 'raised'
					? 'The speaker of a raised objection is whose view it is ("some", "the public"), or leave it out; "by:" is the author who answers it.'
					: 'A claim someone makes themselves is asserted: remove "role:" and "by:".'
			)
		);
	if (!data.role && data.note && RAISED_NOTE.test(data.note))
		out.push(
			warning(
				path,
				locate(['note']),
				'role-in-note',
				`The note of "${id}" says it was raised in order to be answered, but the claim has no "role:".`,
				'Add "role: raised" and "by: <author-id>", so the map, prep and brief count it for the view it states, not as the author’s own case.'
			)
		);
	return out;
}
