/**
 * Bend a draft to Crux's rules, so that what an importer wrote always validates:
 * exactly one thesis that answers nothing, every claim leading to it, no support circle,
 * no claim that both supports and attacks the same claim, kinds that need evidence only
 * with evidence, texts within the format's lengths. Every change is counted in the report
 * and noted on the claim it touches, in words a reader of the map understands.
 */
import { dict, has } from '$lib/shared/records';
import { CLAIM_KINDS, CLAIM_ROLES, ID_PATTERN, type Relation } from '$lib/schema';
import { EVIDENCE_REQUIRED } from '$lib/validate/check-claim';
import { shorten } from '$lib/shared/text';
import { draftClaim, type Draft, type DraftClaim } from './draft';
import type { Reporter } from './report';
import { joinNotes, NOTE_MAX } from './write';

export const TEXT_MAX = 600;
const QUOTE_MAX = 600;
export const THESIS_KEY = '__thesis';
export const DOCUMENT_KEY = '__document';

export interface FitOptions {
	/** The imported file as a source: long texts are kept whole as quotes from it. */
	document: { title: string; locator: (c: DraftClaim) => string };
}

const short = (t: string) => `“${shorten(t, 60)}”`;

export function fitDraft(d: Draft, rep: Reporter, opts: FitOptions): Draft {
	const claims = d.claims.map((c) => ({ ...c, notes: [...c.notes] }));
	const byKey = new Map(claims.map((c) => [c.key, c]));
	const draft: Draft = { ...d, claims, people: [...d.people], sources: [...d.sources] };

	fitTexts(draft, rep, opts);
	draft.relations = cleanRelations(draft, byKey, rep);
	const thesis = chooseThesis(draft, byKey, rep);
	breakSupportCycles(draft, byKey, thesis.key, rep);
	fitStructure(draft, byKey, thesis, rep);
	joinUnreachable(draft, thesis, rep);
	fitKinds(draft, thesis, rep);
	fitReferences(draft, rep);
	fitNotes(draft, rep);
	fitMoved(draft, rep);
	return draft;
}

/** A renamed claim's stub is written when its old id is free and the claim it names is here. */
function fitMoved(d: Draft, rep: Reporter) {
	if (!d.moved) return;
	const keys = new Set(d.claims.map((c) => c.key));
	const ids = new Set(d.claims.map((c) => c.id ?? c.key));
	const kept: Record<string, string> = {};
	for (const [old, to] of Object.entries(d.moved)) {
		if (ID_PATTERN.test(old) && old.length <= 80 && !ids.has(old) && keys.has(to)) kept[old] = to;
		else
			rep.adjust(
				'moved-stub',
				'a renamed claim’s old id could not be kept as a stub (not an id, taken, or its claim is gone); links to it are not followed',
				old
			);
	}
	d.moved = kept;
}

function fitTexts(d: Draft, rep: Reporter, opts: FitOptions) {
	for (const c of d.claims) {
		const text = c.text.trim();
		if (!text) {
			c.text = `(No text in the source: ${c.key})`;
			rep.adjust('empty-text', 'a claim had no text; its place is marked in words', c.key);
			continue;
		}
		if (text.length <= TEXT_MAX) {
			c.text = text;
			continue;
		}
		// Crux claims are short; the whole wording is kept verbatim as quotes from the imported file.
		if (!d.sources.some((s) => s.key === DOCUMENT_KEY))
			d.sources.push({ key: DOCUMENT_KEY, data: { title: opts.document.title, kind: 'other' } });
		const chunks = splitWords(text, QUOTE_MAX);
		const locator = opts.document.locator(c);
		c.evidence = [
			...(c.evidence ?? []),
			...chunks.map((quote, i) => ({
				source: DOCUMENT_KEY,
				quote,
				locator: shorten(chunks.length > 1 ? `${locator}, part ${i + 1}` : locator, 80)
			}))
		];
		c.text = shorten(text, TEXT_MAX);
		c.notes.push(
			`Shortened from ${text.length} characters; the full wording is quoted below from the imported file.`
		);
		rep.adjust(
			'long-text',
			`a claim was longer than ${TEXT_MAX} characters: shortened, with the full wording kept as quotes from the imported file`,
			c.key
		);
	}
}

/** Cut at spaces into pieces of at most `max` characters that join back to the text. */
function splitWords(text: string, max: number): string[] {
	const out: string[] = [];
	let rest = text;
	while (rest.length > max) {
		let cut = rest.lastIndexOf(' ', max);
		if (cut < max / 2) cut = max;
		out.push(rest.slice(0, cut).trim());
		rest = rest.slice(cut).trim();
	}
	if (rest) out.push(rest);
	return out;
}

function cleanRelations(d: Draft, byKey: Map<string, DraftClaim>, rep: Reporter) {
	const seen = new Map<string, Relation>();
	const kept: Draft['relations'] = [];
	for (const r of d.relations) {
		const from = byKey.get(r.from);
		if (!from || !byKey.has(r.to)) {
			rep.adjust(
				'dangling-relation',
				'a relation named a claim the file does not contain; it was left out',
				`${r.from} → ${r.to}`
			);
			continue;
		}
		if (r.from === r.to) {
			from.notes.push(`In the source this claim ${r.rel} itself; that relation is left out.`);
			rep.adjust('self-relation', 'a claim answered itself; left out', r.from);
			continue;
		}
		const pair = `${r.from}\u0000${r.to}`;
		const before = seen.get(pair);
		if (before === r.rel) {
			rep.adjust(
				'duplicate-relation',
				'the same relation was given twice; kept once',
				`${r.from} → ${r.to}`
			);
			continue;
		}
		if (before) {
			from.notes.push(
				`In the source this claim also ${r.rel} ${short(byKey.get(r.to)!.text)}; Crux keeps only the first relation between two claims (${before}).`
			);
			rep.adjust(
				'supports-and-attacks',
				'a claim both supported and attacked the same claim; the first relation is kept and the other noted',
				r.from
			);
			continue;
		}
		seen.set(pair, r.rel);
		kept.push(r);
	}
	return kept;
}

/**
 * Iterative DFS backwards over supports, from the thesis first: every back edge closes a
 * circle and is noted instead of kept. Walking from the thesis keeps the supports that lead
 * towards it and drops the one that turns back.
 */
function breakSupportCycles(
	d: Draft,
	byKey: Map<string, DraftClaim>,
	thesis: string,
	rep: Reporter
) {
	const out = new Map<string, number[]>();
	d.relations.forEach((r, i) => {
		if (r.rel !== 'supports') return;
		const list = out.get(r.to);
		if (list) list.push(i);
		else out.set(r.to, [i]);
	});
	const state = new Map<string, 1 | 2>();
	const drop = new Set<number>();
	for (const start of [thesis, ...d.claims.map((c) => c.key)]) {
		if (state.has(start)) continue;
		const stack: Array<{ key: string; next: number }> = [{ key: start, next: 0 }];
		state.set(start, 1);
		while (stack.length) {
			const top = stack[stack.length - 1];
			const edges = out.get(top.key) ?? [];
			if (top.next >= edges.length) {
				state.set(top.key, 2);
				stack.pop();
				continue;
			}
			const i = edges[top.next++];
			const to = d.relations[i].from;
			const s = state.get(to);
			if (s === 1) drop.add(i);
			else if (s === undefined) {
				state.set(to, 1);
				stack.push({ key: to, next: 0 });
			}
		}
	}
	for (const i of drop) {
		const r = d.relations[i];
		byKey
			.get(r.from)!
			.notes.push(
				`In the source this claim also supports ${short(byKey.get(r.to)!.text)}; left out here because support may not run in a circle.`
			);
		rep.adjust(
			'support-cycle',
			'supports ran in a circle; one support per circle is noted instead of kept',
			r.from
		);
	}
	if (drop.size) d.relations = d.relations.filter((_, i) => !drop.has(i));
}

function chooseThesis(d: Draft, byKey: Map<string, DraftClaim>, rep: Reporter): DraftClaim {
	// A claim that undercuts answers something too: it is no conclusion of the source.
	const hasOut = new Set([
		...d.relations.map((r) => r.from),
		...(d.undercuts ?? []).filter((u) => byKey.has(u.from)).map((u) => u.from)
	]);
	const marked = d.claims.filter((c) => c.kind === 'thesis');
	let thesis =
		(d.thesis !== undefined ? byKey.get(d.thesis) : undefined) ??
		(marked.length === 1 ? marked[0] : undefined);
	if (!thesis) {
		const roots = d.claims.filter((c) => !hasOut.has(c.key));
		if (roots.length === 1) thesis = roots[0];
		else {
			// Several conclusions (or none): a topic claim above them keeps each one's own standing.
			const text = shorten(d.resolution ?? d.title, TEXT_MAX);
			thesis = draftClaim(THESIS_KEY, text, {
				notes: ['Added on import: the source has no single conclusion, so its topic stands here.']
			});
			d.claims.unshift(thesis);
			byKey.set(THESIS_KEY, thesis);
			rep.adjust(
				'topic-thesis',
				'the source has no single conclusion: a thesis stating its topic was added',
				shorten(text, 60)
			);
			for (const r of roots) {
				d.relations.push({ from: r.key, to: THESIS_KEY, rel: 'supports' });
				r.notes.push(
					'In the source this claim answers no other claim; it is joined to the topic so the map can show it.'
				);
				rep.adjust(
					'joined-to-topic',
					'a conclusion of the source (a claim that answers no other) now supports the added topic thesis',
					r.key
				);
			}
		}
	}
	const t = thesis;
	const outgoing = d.relations.filter((r) => r.from === t.key);
	for (const r of outgoing) {
		t.notes.push(
			`In the source this claim also ${r.rel} ${short(byKey.get(r.to)!.text)}; a thesis answers nothing, so that is left out.`
		);
		rep.adjust(
			'thesis-relation',
			'the thesis supported or attacked another claim; noted instead of kept',
			t.key
		);
	}
	if (outgoing.length) d.relations = d.relations.filter((r) => r.from !== t.key);
	for (const c of marked)
		if (c !== t) {
			c.kind = 'contention';
			c.notes.push('Marked as a thesis in the source; Crux has one thesis per debate.');
			rep.adjust('second-thesis', 'a second thesis became a contention', c.key);
		}
	t.kind = 'thesis';
	return t;
}

const relKey = (r: { from: string; to: string; rel: Relation }) =>
	`${r.from}\u0000${r.rel}\u0000${r.to}`;

/**
 * Undercuts and linked groups after the relations are fitted: an undercut of a relation that
 * was left out, or made by the thesis, goes (noted); a group keeps the members whose relation
 * is still there, and is written (`with:`) on the members that make no other relation; a
 * group left with one member, or whose members all answer other claims too, is noted instead.
 */
function fitStructure(d: Draft, byKey: Map<string, DraftClaim>, thesis: DraftClaim, rep: Reporter) {
	const kept = new Set(d.relations.map(relKey));
	const rels = (r: { from: string; to: string; rel: Relation }) =>
		`${short(byKey.get(r.from)?.text ?? r.from)} ${r.rel} ${short(byKey.get(r.to)?.text ?? r.to)}`;
	const seen = new Set<string>();
	d.undercuts = (d.undercuts ?? []).filter((u) => {
		const c = byKey.get(u.from);
		if (!c) {
			rep.adjust(
				'dangling-relation',
				'a relation named a claim the file does not contain; it was left out',
				`${u.from} → (${u.target.from} → ${u.target.to})`
			);
			return false;
		}
		const key = `${u.from}\u0000${relKey(u.target)}`;
		if (seen.has(key)) return false;
		seen.add(key);
		if (c === thesis || u.target.from === u.from || !kept.has(relKey(u.target))) {
			c.notes.push(
				c === thesis
					? `In the source this claim also undercuts the relation (${rels(u.target)}); a thesis answers nothing, so that is left out.`
					: `In the source it undercuts the relation (${rels(u.target)}), which is not kept here, so the undercut is left out.`
			);
			rep.adjust(
				'undercut-dropped',
				'an undercut of a relation that was left out (or made by the thesis, or by itself) was left out too, noting it',
				u.from
			);
			return false;
		}
		return true;
	});

	// Groups read from another format that share a member and a target are one group in Crux
	// (a relation counts once); groups declared in Crux files (`by`) stay as declared.
	const merged: NonNullable<Draft['groups']> = [];
	for (const g of d.groups ?? []) {
		const members = new Set(g.members.filter((m) => byKey.has(m)));
		if (g.by === undefined)
			for (let i = merged.length - 1; i >= 0; i--) {
				const o = merged[i];
				if (
					o.by === undefined &&
					o.to === g.to &&
					o.rel === g.rel &&
					o.members.some((m) => members.has(m))
				) {
					o.members.forEach((m) => members.add(m));
					merged.splice(i, 1);
					rep.adjust(
						'linked-groups-joined',
						'two groups of linked premises shared a premise and a conclusion: in Crux a relation counts once, so they are one group',
						short(byKey.get(g.to)?.text ?? g.to)
					);
				}
			}
		merged.push({ ...g, members: [...members] });
	}
	const count = new Map<string, number>();
	for (const r of d.relations) count.set(r.from, (count.get(r.from) ?? 0) + 1);
	d.groups = merged.filter((g) => {
		const live = g.members.filter((m) => kept.has(relKey({ from: m, to: g.to, rel: g.rel })));
		const target = short(byKey.get(g.to)?.text ?? g.to);
		const names = (ms: string[]) => ms.map((m) => short(byKey.get(m)?.text ?? m)).join(' and ');
		const writers = live.filter((m) => count.get(m) === 1 && (g.by === undefined || m === g.by));
		if (live.length >= 2 && writers.length) {
			g.members = live;
			return true;
		}
		for (const m of live)
			byKey
				.get(m)
				?.notes.push(
					`Linked premise: in the source it ${g.rel} ${target} only together with ${names(g.members.filter((x) => x !== m))}; ${live.length < 2 ? 'the others’ relations are not kept here' : 'each of them answers other claims too, so each relation stands alone here'}.`
				);
		rep.adjust(
			'linked-premises',
			live.length < 2
				? 'linked premises of which one relation is left: it stands alone, noting the others'
				: 'linked premises whose members each answer other claims too: each relation stands alone, noting the others',
			`${names(g.members)} → ${target}`
		);
		return false;
	});
}

/** Claims that lead nowhere near the thesis (a circle of attacks, say) are joined to it. */
function joinUnreachable(d: Draft, thesis: DraftClaim, rep: Reporter) {
	const incoming = new Map<string, string[]>();
	const addIn = (from: string, to: string) => {
		const list = incoming.get(to);
		if (list) list.push(from);
		else incoming.set(to, [from]);
	};
	for (const r of d.relations) addIn(r.from, r.to);
	// An undercutter leads to the thesis through the claim whose relation it undercuts.
	for (const u of d.undercuts ?? []) addIn(u.from, u.target.from);
	const reached = new Set<string>();
	const walk = (start: string) => {
		const queue = [start];
		reached.add(start);
		for (let q = 0; q < queue.length; q++)
			for (const from of incoming.get(queue[q]) ?? [])
				if (!reached.has(from)) {
					reached.add(from);
					queue.push(from);
				}
	};
	walk(thesis.key);
	for (const c of d.claims) {
		if (reached.has(c.key)) continue;
		d.relations.push({ from: c.key, to: thesis.key, rel: 'supports' });
		c.notes.push(
			'In the source this claim does not lead to the conclusion; it is joined to the thesis so the map can show it.'
		);
		rep.adjust(
			'joined-to-thesis',
			'a claim that did not lead to the thesis now supports it directly',
			c.key
		);
		addIn(c.key, thesis.key);
		walk(c.key);
	}
}

function fitKinds(d: Draft, thesis: DraftClaim, rep: Reporter) {
	const kinds = new Set<string>(CLAIM_KINDS);
	const roles = new Set<string>(CLAIM_ROLES);
	for (const c of d.claims) {
		if (c === thesis) continue;
		if (c.kind && !kinds.has(c.kind)) {
			c.notes.push(`Its kind in the source is “${c.kind}”, which Crux does not have.`);
			rep.adjust('unknown-kind', 'a kind Crux does not have was noted instead', c.key);
			c.kind = undefined;
		}
		if (c.kind && EVIDENCE_REQUIRED.has(c.kind) && !c.evidence?.length) {
			c.notes.push(
				`Marked as a ${c.kind} in the source, which in Crux needs a quote; none came with it.`
			);
			rep.adjust(
				'kind-without-evidence',
				'a fact, example or statement came without a quote; its kind is noted instead',
				c.key
			);
			c.kind = undefined;
		}
		if (c.role && !roles.has(c.role)) {
			c.notes.push(`Its role in the source is “${c.role}”, which Crux does not have.`);
			rep.adjust('unknown-role', 'a role Crux does not have was noted instead', c.key);
			c.role = undefined;
		}
		const needsBy = c.role === 'raised' || c.role === 'reported';
		if (needsBy && !c.by) {
			c.notes.push(`It is ${c.role} in the source, which does not say by whom.`);
			rep.adjust('role-without-by', 'a raised or reported claim did not say by whom', c.key);
			c.role = undefined;
		}
		if (c.by && (!needsBy || c.by === c.speaker)) c.by = undefined;
	}
}

/** Speakers, sources and tags a claim names must exist: unknown ones get a file of their own. */
function fitReferences(d: Draft, rep: Reporter) {
	const people = new Set(d.people.map((p) => p.key));
	const sources = new Set(d.sources.map((s) => s.key));
	d.tags = dict(Object.entries(d.tags ?? {}));
	for (const c of d.claims) {
		for (const key of [c.speaker, c.by])
			if (key !== undefined && !people.has(key)) {
				people.add(key);
				d.people.push({ key, name: key });
				rep.adjust('person-added', 'a speaker named only by id got a person file', key);
			}
		for (const e of c.evidence ?? [])
			if (!sources.has(e.source)) {
				sources.add(e.source);
				d.sources.push({ key: e.source, data: { title: e.source, kind: 'other' } });
				rep.adjust('source-added', 'a quoted source named only by id got a source file', e.source);
			}
		for (const t of c.tags ?? [])
			if (!has(d.tags, t)) {
				d.tags[t] = { label: shorten(t, 60) };
				rep.adjust('tag-added', 'a tag the debate did not list was added to it', t);
			}
	}
}

/** The format allows 500 characters of note; anything longer is cut, and the report says so. */
export function fitNotes(d: Draft, rep: Reporter) {
	for (const c of d.claims) {
		const note = joinNotes(c.notes);
		if (note.length <= NOTE_MAX) continue;
		c.notes = [shorten(note, NOTE_MAX)];
		rep.adjust(
			'note-shortened',
			`the notes on a claim ran past ${NOTE_MAX} characters and were cut`,
			c.key
		);
	}
}
