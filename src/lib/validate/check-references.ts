/** Layer 2: across files. Every id a file mentions must name a file of the right kind in the same debate. */
import {
	RELATIONS,
	type Claim,
	type DebateMeta,
	type Moved,
	type Person,
	type Source
} from '$lib/schema';
import { problem, warning, type Problem } from './problem';
import { closest } from './suggest';
import type { DataPath, YamlFile } from './yaml-source';

interface Located {
	path: string;
	id: string;
	locate: YamlFile['locate'];
}
export interface ReferenceInput {
	/** `data` may be partial: the fields that passed the schema in a file that has other errors, so one typo does not hide every other mistake. */
	debate?: Located & { data?: Partial<DebateMeta> };
	claims: Array<Located & { data?: Partial<Claim>; moved?: Moved }>;
	people: Array<Located & { data?: Partial<Person> }>;
	sources: Array<Located & { data?: Source }>;
	/** Namespaces whose contents are not known (the browser form may lack them): references into them are not checked. */
	unknown?: Array<'claims' | 'people' | 'sources'>;
}

/** Follow each rename to its end. A chain that loops or ends nowhere resolves to undefined. */
export function resolveMoved(
	moved: Map<string, string>,
	exists: (id: string) => boolean
): Map<string, string | undefined> {
	const out = new Map<string, string | undefined>();
	for (const start of moved.keys()) {
		const seen = new Set<string>([start]);
		let cur = moved.get(start)!;
		while (moved.has(cur) && !seen.has(cur)) {
			seen.add(cur);
			cur = moved.get(cur)!;
		}
		out.set(start, !moved.has(cur) && exists(cur) ? cur : undefined);
	}
	return out;
}

export function checkReferences(input: ReferenceInput): Problem[] {
	const out: Problem[] = [];
	const unknown = new Set(input.unknown ?? []);
	const claimIds = new Set(input.claims.map((c) => c.id));
	const claimNs = unknown.has('claims') ? undefined : claimIds;
	const personNs = unknown.has('people') ? undefined : new Set(input.people.map((p) => p.id));
	const sourceNs = unknown.has('sources') ? undefined : new Set(input.sources.map((s) => s.id));
	const liveIds = input.claims.filter((c) => !c.moved).map((c) => c.id);
	const personIds = personNs ?? new Set<string>();
	const sourceIds = sourceNs ?? new Set<string>();
	const movedTo = new Map(input.claims.filter((c) => c.moved).map((c) => [c.id, c.moved!.moved]));
	const resolved = resolveMoved(movedTo, (id) => claimIds.has(id) && !movedTo.has(id));
	const tags = input.debate?.data ? new Set(Object.keys(input.debate.data.tags ?? {})) : undefined;
	const usedSources = new Set<string>();
	const usedPeople = new Set<string>();

	const ref = (
		f: Located,
		at: DataPath,
		label: string,
		target: string,
		ids: Set<string> | undefined,
		noun: string,
		folder: string,
		candidates: Iterable<string>
	) => {
		if (!ids || ids.has(target)) return;
		const guess = closest(target, candidates);
		out.push(
			problem(
				f.path,
				f.locate(at),
				'dangling-reference',
				`${label}: no ${noun} "${target}" in this debate.`,
				guess ? `Did you mean "${guess}"?` : `Fix the id, or add the file ${folder}/${target}.yaml.`
			)
		);
	};

	for (const c of input.claims) {
		const d = c.data;
		if (!d) continue;
		for (const rel of RELATIONS)
			(d[rel] ?? []).forEach((target, i) => {
				if (target === c.id) return;
				if (movedTo.has(target)) {
					const now = resolved.get(target);
					out.push(
						problem(
							c.path,
							c.locate([rel, i]),
							'moved-referenced',
							`${rel}[${i}]: claim "${target}" was renamed${now ? ` to "${now}"` : ''}; claims/${target}.yaml is only a forwarding stub.`,
							now ? `Write "${now}" instead.` : `Point it at the claim's current id.`
						)
					);
				} else ref(c, [rel, i], `${rel}[${i}]`, target, claimNs, 'claim', 'claims', liveIds);
			});
		if (d.speaker) {
			usedPeople.add(d.speaker);
			ref(c, ['speaker'], 'speaker', d.speaker, personNs, 'person', 'people', personIds);
		}
		if (d.by) {
			usedPeople.add(d.by);
			ref(c, ['by'], 'by', d.by, personNs, 'person', 'people', personIds);
		}
		(d.evidence ?? []).forEach((e, i) => {
			usedSources.add(e.source);
			ref(
				c,
				['evidence', i, 'source'],
				`evidence[${i}].source`,
				e.source,
				sourceNs,
				'source',
				'sources',
				sourceIds
			);
		});
		if (tags)
			(d.tags ?? []).forEach((t, i) => {
				if (tags.has(t)) return;
				const guess = closest(t, tags);
				out.push(
					problem(
						c.path,
						c.locate(['tags', i]),
						'undefined-tag',
						`tags[${i}]: tag "${t}" is not defined in debate.yaml.`,
						guess
							? `Did you mean "${guess}"?`
							: `Use one of the tags listed under "tags:" in debate.yaml${tags.size ? ` (${[...tags].slice(0, 12).join(', ')})` : ''}, or add "${t}" there with a label.`
					)
				);
			});
	}

	for (const c of input.claims) {
		if (!c.moved || !claimNs) continue;
		const target = c.moved.moved;
		const at = c.locate(['moved']);
		if (target === c.id)
			out.push(
				problem(
					c.path,
					at,
					'self-reference',
					`Claim stub "${c.id}" says it moved to itself.`,
					'Write the id the claim was renamed to.'
				)
			);
		else if (!claimIds.has(target)) {
			const guess = closest(target, liveIds);
			out.push(
				problem(
					c.path,
					at,
					'moved-target-missing',
					`moved: no claim "${target}" in this debate, so this forwarding stub leads nowhere.`,
					guess ? `Did you mean "${guess}"?` : `Write the id the claim was renamed to.`
				)
			);
		} else if (resolved.get(c.id) === undefined && claimIds.has(target))
			out.push(
				problem(
					c.path,
					at,
					'moved-target-missing',
					`moved: following the renames from "${c.id}" goes round in a circle and never reaches a claim.`,
					'Point the stub at the claim’s current id.'
				)
			);
	}

	for (const p of input.people) {
		(p.data?.roles ?? []).forEach((r, i) => {
			usedSources.add(r.source);
			ref(
				p,
				['roles', i, 'source'],
				`roles[${i}].source`,
				r.source,
				sourceNs,
				'source',
				'sources',
				sourceIds
			);
		});
	}

	// Usage is only known when every file that could mention an id was readable.
	const allRead =
		unknown.size === 0 &&
		input.claims.every((c) => c.data || c.moved) &&
		input.people.every((p) => p.data);
	if (allRead) {
		for (const s of input.sources)
			if (!usedSources.has(s.id))
				out.push(
					warning(
						s.path,
						s.locate([]),
						'unused-source',
						`Source "${s.id}" is not cited by any evidence or role.`,
						'Cite it in a claim’s evidence, or delete the file.'
					)
				);
		for (const p of input.people)
			if (!usedPeople.has(p.id))
				out.push(
					warning(
						p.path,
						p.locate([]),
						'unused-person',
						`Person "${p.id}" is not the speaker of any claim.`,
						'Name them as a claim’s "speaker:", or delete the file.'
					)
				);
	}
	return out;
}
