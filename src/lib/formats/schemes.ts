/**
 * Premise–conclusion structures (AIF's RA/CA nodes, arggraph's relation edges) as Crux
 * relations. Crux relates one claim to one claim, so two things need mapping, and both are
 * counted and noted:
 * - linked premises (several premises that support or attack only jointly) become one
 *   relation per premise, each noting the others;
 * - an undercut (an attack on an inference, "B does not support A", rather than on a claim)
 *   becomes an attack on the inference's premise B, noting the inference. A support of an
 *   inference is mapped the same way, as a support of its premise.
 * AIF and arggraph both go through here, so the two imports of one text agree by construction.
 */
import { shorten } from '$lib/shared/text';
import type { Draft, DraftClaim } from './draft';
import type { Reporter } from './report';

export interface Scheme {
	id: string;
	/** The scheme's own name when it says more than "support" or "attack" ("Argument From Expert Opinion"). */
	name?: string;
	rel: 'supports' | 'attacks';
	/** Keys of claims (atoms). */
	premises: string[];
	/** Each a claim key or the id of another scheme (an undercut). */
	conclusions: Array<{ claim: string } | { scheme: string }>;
}

const q = (c: DraftClaim | undefined) => `“${shorten(c?.text ?? '?', 60)}”`;

export function addSchemes(draft: Draft, schemes: Scheme[], rep: Reporter): void {
	const claims = new Map(draft.claims.map((c) => [c.key, c]));
	const byId = new Map(schemes.map((s) => [s.id, s]));
	const verb = (s: Scheme) => (s.rel === 'supports' ? 'supports' : 'attacks');
	const inference = (s: Scheme) => {
		const to = s.conclusions.map((c) => ('claim' in c ? q(claims.get(c.claim)) : 'an inference'));
		return `${s.premises.map((p) => q(claims.get(p))).join(' and ')} ${verb(s)} ${to.join(' and ')}`;
	};

	for (const s of schemes) {
		if (!s.premises.length || !s.conclusions.length) {
			rep.adjust(
				'incomplete-scheme',
				'a support or attack node without premise or conclusion was left out',
				s.id
			);
			continue;
		}
		if (s.name) {
			for (const p of s.premises)
				claims
					.get(p)
					?.notes.push(
						`In the source this ${s.rel === 'supports' ? 'reasoning' : 'attack'} follows the scheme “${shorten(s.name, 80)}”.`
					);
			rep.adjust(
				'scheme-name',
				'a named argument scheme (Crux has none): the name is noted on its premises',
				shorten(s.name, 60)
			);
		}
		const linked = s.premises.length > 1;
		if (linked) {
			rep.count(s.rel === 'supports' ? 'linked supports' : 'linked attacks');
			rep.adjust(
				'linked-premises',
				'several premises support or attack only jointly: each premise got its own relation, noting the others',
				s.id
			);
		}
		if (s.conclusions.length > 1)
			rep.adjust(
				'several-conclusions',
				'one node had several conclusions: one relation each',
				s.id
			);
		for (const c of s.conclusions) {
			let targets: string[];
			let undercut: Scheme | undefined;
			if ('claim' in c) targets = [c.claim];
			else {
				undercut = byId.get(c.scheme);
				targets = undercut?.premises ?? [];
				rep.count(
					s.rel === 'attacks'
						? `undercuts of ${undercut?.rel === 'attacks' ? 'attacks' : 'supports'}`
						: 'supports of inferences'
				);
				rep.adjust(
					s.rel === 'attacks' ? 'undercut' : 'inference-support',
					s.rel === 'attacks'
						? 'an attack on an inference (undercut) became an attack on its premise, noting the inference'
						: 'a support of an inference became a support of its premise, noting the inference',
					s.id
				);
			}
			for (const p of s.premises) {
				const premise = claims.get(p);
				if (linked)
					premise?.notes.push(
						`Linked premise: in the source it ${verb(s)} ${'claim' in c ? q(claims.get(c.claim)) : 'an inference'} only together with ${s.premises
							.filter((x) => x !== p)
							.map((x) => q(claims.get(x)))
							.join(' and ')}.`
					);
				if (undercut)
					premise?.notes.push(
						`In the source it ${verb(s)} the inference (${inference(undercut)}), not the claim itself.`
					);
				for (const t of targets) draft.relations.push({ from: p, to: t, rel: s.rel });
			}
		}
	}
}
