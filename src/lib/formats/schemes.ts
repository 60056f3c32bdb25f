/**
 * Premise–conclusion structures (AIF's RA/CA nodes, arggraph's relation edges) as Crux
 * relations, natively:
 * - a node with several premises is a linked group: the premises support (or attack) its
 *   conclusion only together (`with:` in Crux);
 * - an attack on a support or attack node (an undercut: "B does not show A") is an undercut
 *   of that relation (`undercuts:` in Crux); for a linked relation, of the group's relation.
 * What Crux still cannot say is mapped to the nearest form, counted and noted: several
 * premises that undercut only together undercut each on its own; an undercut of an undercut
 * attacks the undercutting claim; a support of an inference supports its premise.
 * AIF and arggraph both go through here, so the two imports of one text agree by construction.
 */
import { shorten } from '$lib/shared/text';
import type { Draft, DraftClaim, DraftRelation } from './draft';
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
	const complete = (s: Scheme | undefined) =>
		!!s && s.premises.length > 0 && s.conclusions.length > 0;
	/** The Crux relations a scheme stands for: one per claim it concludes (any member names a group's). */
	const relationsOf = (s: Scheme): DraftRelation[] =>
		s.conclusions.flatMap((c) =>
			'claim' in c ? [{ from: s.premises[0], to: c.claim, rel: s.rel }] : []
		);

	for (const s of schemes) {
		if (!complete(s)) {
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
		if (s.conclusions.length > 1)
			rep.adjust(
				'several-conclusions',
				'one node had several conclusions: one relation each',
				s.id
			);
		for (const c of s.conclusions) {
			if ('claim' in c) {
				for (const p of s.premises) draft.relations.push({ from: p, to: c.claim, rel: s.rel });
				if (linked) {
					(draft.groups ??= []).push({ members: [...s.premises], to: c.claim, rel: s.rel });
					rep.count(s.rel === 'supports' ? 'linked supports' : 'linked attacks');
				}
				continue;
			}
			const target = byId.get(c.scheme);
			const targetIsUndercut =
				!!target && complete(target) && target.conclusions.every((x) => 'scheme' in x);
			if (s.rel === 'attacks' && target && complete(target) && !targetIsUndercut) {
				rep.count(`undercuts of ${target.rel === 'attacks' ? 'attacks' : 'supports'}`);
				for (const t of relationsOf(target))
					for (const p of s.premises) (draft.undercuts ??= []).push({ from: p, target: t });
				if (linked) {
					for (const p of s.premises)
						claims.get(p)?.notes.push(
							`In the source it undercuts the inference (${inference(target)}) only together with ${s.premises
								.filter((x) => x !== p)
								.map((x) => q(claims.get(x)))
								.join(' and ')}; Crux lets each undercut it on its own.`
						);
					rep.adjust(
						'linked-undercut',
						'several premises undercut an inference only together: each undercuts it on its own, noting the others',
						s.id
					);
				}
				continue;
			}
			// An undercut of an undercut, or a support of an inference: Crux relates to the inference's premises.
			const targets = target?.premises ?? [];
			rep.count(s.rel === 'attacks' ? 'undercuts of undercuts' : 'supports of inferences');
			rep.adjust(
				s.rel === 'attacks' ? 'undercut-of-undercut' : 'inference-support',
				s.rel === 'attacks'
					? 'an attack on an undercut became an attack on the undercutting claim, noting the inference'
					: 'a support of an inference became a support of its premise, noting the inference',
				s.id
			);
			for (const p of s.premises) {
				if (target)
					claims
						.get(p)
						?.notes.push(
							`In the source it ${verb(s)} the inference (${inference(target)}), not the claim itself.`
						);
				for (const t of targets) draft.relations.push({ from: p, to: t, rel: s.rel });
			}
			if (linked)
				(draft.groups ??= []).push(
					...targets.map((t) => ({ members: [...s.premises], to: t, rel: s.rel }))
				);
		}
	}
}
