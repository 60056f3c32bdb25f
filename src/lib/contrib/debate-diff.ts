/**
 * What a change does to a debate: claims added, removed, renamed and reworded, relations
 * added and removed, and claims whose evaluated status changed as a result. Pure; rendered
 * as Markdown for a pull-request comment by `npm run diff`.
 */
import { RELATIONS, type Relation } from '$lib/schema';
import { buildGraph } from '$lib/model/graph';
import { STATUS_NAMES, type StatusKind } from '$lib/model/status';
import type { ClaimRecord, Debate } from '$lib/model/types';
import { debateStatus } from '$lib/evaluate/debate-status';
import { dict, has, own } from '$lib/shared/records';
import { joinNames, undercutSentence, undercutVerb } from '$lib/model/structure-words';

export interface RelationRef {
	from: string;
	relation: Relation;
	to: string;
}

/** An undercut: `by` says the relation from → to shows nothing. */
export interface UndercutRef {
	by: string;
	from: string;
	relation: Relation;
	to: string;
}

/** Linked premises: `members` support (or attack) `to` only together. */
export interface GroupRef {
	members: string[];
	relation: Relation;
	to: string;
}

export interface StatusChange {
	id: string;
	before: StatusKind;
	after: StatusKind;
	reason: string;
}

export interface DebateDiff {
	id: string;
	title: string;
	/** The debate folder itself was added or removed. */
	debateAdded?: boolean;
	debateRemoved?: boolean;
	added: ClaimRecord[];
	removed: ClaimRecord[];
	renamed: Array<{ from: string; to: string }>;
	reworded: Array<{
		id: string;
		before: string;
		after: string;
		labelBefore?: string;
		labelAfter?: string;
	}>;
	relationsAdded: RelationRef[];
	relationsRemoved: RelationRef[];
	undercutsAdded: UndercutRef[];
	undercutsRemoved: UndercutRef[];
	groupsAdded: GroupRef[];
	groupsRemoved: GroupRef[];
	statusChanged: StatusChange[];
}

function relations(d: Debate | undefined): Map<string, RelationRef> {
	const out = new Map<string, RelationRef>();
	if (!d) return out;
	for (const id of Object.keys(d.claims).sort())
		for (const relation of RELATIONS)
			for (const to of d.claims[id][relation] ?? [])
				out.set(`${id} ${relation} ${to}`, { from: id, relation, to });
	return out;
}

function undercuts(d: Debate | undefined): Map<string, UndercutRef> {
	const out = new Map<string, UndercutRef>();
	if (!d) return out;
	for (const u of buildGraph(d).undercuts)
		out.set(u.id, { by: u.from, from: u.edge.from, relation: u.edge.relation, to: u.edge.to });
	return out;
}

function groups(d: Debate | undefined): Map<string, GroupRef> {
	const out = new Map<string, GroupRef>();
	if (!d) return out;
	for (const g of buildGraph(d).groups)
		out.set(g.id, { members: [...g.members].sort(), relation: g.relation, to: g.to });
	return out;
}

export function diffDebates(before: Debate | undefined, after: Debate | undefined): DebateDiff {
	const any = (after ?? before)!;
	// Read with has/own: ids such as "constructor" must not find Object's own members.
	const b = before?.claims ?? dict<ClaimRecord>();
	const a = after?.claims ?? dict<ClaimRecord>();
	const diff: DebateDiff = {
		id: any.id,
		title: any.meta.title,
		added: [],
		removed: [],
		renamed: [],
		reworded: [],
		relationsAdded: [],
		relationsRemoved: [],
		undercutsAdded: [],
		undercutsRemoved: [],
		groupsAdded: [],
		groupsRemoved: [],
		statusChanged: []
	};
	if (!before) diff.debateAdded = true;
	if (!after) diff.debateRemoved = true;
	const addedIds = new Set(Object.keys(a).filter((id) => !has(b, id)));
	for (const id of Object.keys(b).sort()) {
		if (has(a, id)) continue;
		const to = own(after?.moved, id);
		if (to && addedIds.has(to)) {
			diff.renamed.push({ from: id, to });
			addedIds.delete(to);
			const was = b[id];
			const now = a[to];
			if (was.text !== now.text || was.label !== now.label)
				diff.reworded.push({
					id: to,
					before: was.text,
					after: now.text,
					labelBefore: was.label,
					labelAfter: now.label
				});
		} else diff.removed.push(b[id]);
	}
	diff.added = [...addedIds].sort().map((id) => a[id]);
	for (const id of Object.keys(a).sort()) {
		const was = own(b, id);
		const now = a[id];
		if (was && (was.text !== now.text || was.label !== now.label))
			diff.reworded.push({
				id,
				before: was.text,
				after: now.text,
				labelBefore: was.label,
				labelAfter: now.label
			});
	}
	diff.reworded.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
	const rb = relations(before);
	const ra = relations(after);
	for (const [k, r] of ra) if (!rb.has(k)) diff.relationsAdded.push(r);
	for (const [k, r] of rb) if (!ra.has(k)) diff.relationsRemoved.push(r);
	const [ub, ua] = [undercuts(before), undercuts(after)];
	for (const [k, u] of ua) if (!ub.has(k)) diff.undercutsAdded.push(u);
	for (const [k, u] of ub) if (!ua.has(k)) diff.undercutsRemoved.push(u);
	const [gb, ga] = [groups(before), groups(after)];
	for (const [k, g] of ga) if (!gb.has(k)) diff.groupsAdded.push(g);
	for (const [k, g] of gb) if (!ga.has(k)) diff.groupsRemoved.push(g);
	if (before && after) {
		// The same verdicts the site shows, titled the way the site titles claims.
		const sb = debateStatus(before, buildGraph(before));
		const sa = debateStatus(after, buildGraph(after));
		for (const id of Object.keys(a).sort()) {
			const renamedFrom = diff.renamed.find((r) => r.to === id)?.from;
			const was = own(sb, id) ?? (renamedFrom ? own(sb, renamedFrom) : undefined);
			const now = own(sa, id);
			if (was && now && was.status !== now.status)
				diff.statusChanged.push({ id, before: was.status, after: now.status, reason: now.reason });
		}
	}
	return diff;
}

export function isEmptyDiff(d: DebateDiff): boolean {
	return (
		!d.debateAdded &&
		!d.debateRemoved &&
		[
			d.added,
			d.removed,
			d.renamed,
			d.reworded,
			d.relationsAdded,
			d.relationsRemoved,
			d.undercutsAdded,
			d.undercutsRemoved,
			d.groupsAdded,
			d.groupsRemoved,
			d.statusChanged
		].every((x) => x.length === 0)
	);
}

/**
 * Contributor text made inert in GitHub Markdown: no formatting, links, HTML, @mentions or
 * table breaks, and always on one line.
 */
export function mdText(s: string): string {
	return (
		s
			.replace(/\s+/g, ' ')
			.trim()
			.replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
			// Invisible and direction-changing characters would make the text read other than it is.
			.replace(
				/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g,
				(c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase()}]`
			)
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/@/g, '&#64;')
	);
}

/** An id in code style; ids are kebab-case, but a broken one must not escape the backticks. */
export function mdId(id: string): string {
	return '`' + id.replace(/`/g, "'").replace(/\s+/g, ' ') + '`';
}

const rel = (r: RelationRef) => `${mdId(r.from)} ${r.relation} ${mdId(r.to)}`;
/** "`u` says `x` does not show `y`": an undercut in the words every page uses. */
const undercut = (u: UndercutRef) =>
	undercutSentence(mdId(u.by), mdId(u.from), u.relation, mdId(u.to));
/** "`a` and `b` support `t` only together". */
const group = (g: GroupRef) =>
	`${joinNames(g.members.map(mdId))} ${g.relation === 'supports' ? 'support' : 'attack'} ${mdId(g.to)} only together`;

function section(title: string, items: string[], count = items.length): string[] {
	return items.length ? [`#### ${title} (${count})`, '', ...items, ''] : [];
}

export const NO_CHANGES = 'No changes to the argument map.';

export function renderDebateDiff(d: DebateDiff): string {
	const out: string[] = [`### ${mdText(d.title)} (${mdId(d.id)})`, ''];
	if (d.debateAdded) out.push('New debate.', '');
	if (d.debateRemoved) out.push('This debate was removed.', '');
	if (isEmptyDiff(d)) return [...out, NO_CHANGES, ''].join('\n');
	const relOf = (c: ClaimRecord) => {
		const parts = [
			...(c.attacks ?? []).map((t) => `attacks ${mdId(t)}`),
			...(c.supports ?? []).map((t) => `supports ${mdId(t)}`),
			...(c.undercuts ?? []).map((u) => {
				const r = u.supports !== undefined ? 'supports' : 'attacks';
				return `says ${mdId(u.from)} ${undercutVerb(r)} ${mdId(u[r] ?? '')}`;
			}),
			...(c.with?.length ? [`only together with ${joinNames(c.with.map(mdId))}`] : [])
		];
		return parts.length ? ` (${parts.join(', ')})` : '';
	};
	out.push(
		...section(
			'Claims added',
			d.added.map((c) => `- ${mdId(c.id)}: ${mdText(c.text)}${relOf(c)}`)
		)
	);
	out.push(
		...section(
			'Claims removed',
			d.removed.map((c) => `- ${mdId(c.id)}: ${mdText(c.text)}`)
		)
	);
	out.push(
		...section(
			'Claims renamed',
			d.renamed.map((r) => `- ${mdId(r.from)} → ${mdId(r.to)}`)
		)
	);
	out.push(
		...section(
			'Claims reworded',
			d.reworded.flatMap((r) => [
				`- ${mdId(r.id)}`,
				...(r.before !== r.after
					? [`  - before: ${mdText(r.before)}`, `  - after: ${mdText(r.after)}`]
					: []),
				...(r.labelBefore !== r.labelAfter
					? [
							`  - label: ${mdText(r.labelBefore ?? '(none)')} → ${mdText(r.labelAfter ?? '(none)')}`
						]
					: [])
			]),
			d.reworded.length
		)
	);
	out.push(
		...section(
			'Relations added',
			d.relationsAdded.map((r) => `- ${rel(r)}`)
		)
	);
	out.push(
		...section(
			'Relations removed',
			d.relationsRemoved.map((r) => `- ${rel(r)}`)
		)
	);
	out.push(
		...section(
			'Undercuts added',
			d.undercutsAdded.map((u) => `- ${undercut(u)}`)
		)
	);
	out.push(
		...section(
			'Undercuts removed',
			d.undercutsRemoved.map((u) => `- ${undercut(u)}`)
		)
	);
	out.push(
		...section(
			'Linked premises added',
			d.groupsAdded.map((g) => `- ${group(g)}`)
		)
	);
	out.push(
		...section(
			'Linked premises removed',
			d.groupsRemoved.map((g) => `- ${group(g)}`)
		)
	);
	if (d.statusChanged.length)
		out.push(
			`#### Status changed (${d.statusChanged.length})`,
			'',
			'| Claim | Before | After | Why |',
			'| --- | --- | --- | --- |',
			...d.statusChanged.map(
				(s) =>
					`| ${mdId(s.id)} | ${STATUS_NAMES[s.before]} | **${STATUS_NAMES[s.after]}** | ${mdText(s.reason)} |`
			),
			''
		);
	return out.join('\n');
}

/** The whole comment: a heading, then each debate that changed (or a single "no changes" line). */
export function renderDiffMarkdown(diffs: DebateDiff[], opts: { base?: string } = {}): string {
	const head = `## Crux: what this change does to the debates${opts.base ? ` (compared with ${mdId(opts.base)})` : ''}`;
	const changed = diffs.filter((d) => !isEmptyDiff(d));
	if (!changed.length) return `${head}\n\n${NO_CHANGES}\n`;
	return `${head}\n\n${changed.map(renderDebateDiff).join('\n').trimEnd()}\n`;
}
