/** Rules about one claim's own content that need no other file: relations, evidence, speaker. */
import { RELATIONS, type Claim } from '../schema';
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
	if (!data.speaker)
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
