/** An undercut names one relation: `from` a claim and either `supports:` or `attacks:` its target. */
import type { Problem } from '../../problem';
import { rule, type Rule } from '../rule';
import { known, type ClaimInput } from './context';

const r: Rule<ClaimInput> = rule<ClaimInput>({
	code: 'undercut-shape',
	severity: 'error',
	layer: 'claim',
	description:
		'An item of `undercuts:` gives neither or both of `supports:` and `attacks:`, so it names no one relation.',
	check(c) {
		if (!known(c, 'undercuts')) return [];
		const out: Problem[] = [];
		(c.data.undercuts ?? []).forEach((u, i) => {
			if (!u || typeof u.from !== 'string') return;
			const both = u.supports !== undefined && u.attacks !== undefined;
			if (!both && (u.supports !== undefined || u.attacks !== undefined)) return;
			out.push(
				r.at(
					c.path,
					c.locate(['undercuts', i], both ? 'value' : 'value'),
					both
						? `undercuts[${i}] gives both "supports:" and "attacks:"; a relation is one or the other.`
						: `undercuts[${i}] names the claim "${u.from}" but not its relation: say which claim it supports or attacks.`,
					both
						? `Keep the one "${u.from}" makes: delete the other line.`
						: `Add "supports: <id>" (or "attacks: <id>") under "from: ${u.from}", with the claim "${u.from}" supports (or attacks) and this claim says it does not show.`
				)
			);
		});
		return out;
	}
});
export default r;
