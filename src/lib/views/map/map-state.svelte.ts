/**
 * The map page's state and commands, in the shape of svelte.dev's `Workspace.svelte.ts`:
 * what the reader has chosen (selection, focus, filters, what is open, the view, the
 * overlays), everything derived from it (what is shown, where, what lights up), and the
 * commands the toolbar, the canvas, the outline, the panel and the keys call. Framing is
 * pure (`framing.ts`); this class only hands the result to the canvas it is linked to, so
 * it runs, and is tested, without a browser.
 */
import { tick } from 'svelte';
import { STATUS_MARKS, STATUS_NAMES, type StatusKind } from '$lib/model/status';
import { CLEARED, depthAnnouncement, selectedAnnouncement, toggleAnnouncement } from './announce';
import {
	disclose,
	expandTo,
	expandToDepth,
	repliesShown,
	setOpen,
	type Expansion
} from './disclosure';
import { toElements } from './elements';
import { EMPTY_FILTERS, filterOptions, filterPasses, type Filters } from './filters';
import {
	allFrame,
	claimsFrame,
	detailSwitch,
	keepInView,
	selectionPlan,
	topFrame,
	type Arrangement,
	type Canvas,
	type Layouts,
	type Target,
	type TrailLayouts
} from './framing';
import { mapKey, step } from './keys';
import type { MapModel } from './payload';
import { buildSearchIndex } from './search';
import { traceOf, type Trace } from './trace';
import { layoutTrail, trailReplies, type Trail } from './trail';
import { layoutTree, METRICS, type Measure, type TreeLayout } from './tree-layout';
import type { KnownIds, MapMode, ViewState } from './view-state';
import { zooms as zoomsFor, type Detail, type Viewport } from './viewport';

/** What the state needs of the canvas (DebateMap's exported methods). */
export interface MapCanvas {
	size(): { width: number; height: number };
	viewport(): Viewport | null;
	/** Move the view, animated unless `animate` is false. */
	moveTo(view: Viewport, animate?: boolean): void;
	zoomBy(factor: number): void;
	panBy(dx: number, dy: number): void;
	focus(): void;
}

export type MenuName = 'filters' | 'more';

/** A linked claim that does not exist, with the claims it probably meant. */
export interface Missing {
	id: string;
	near: Array<{ id: string; title: string }>;
}

export interface SelectOptions {
	/** Move the view to frame the chain (default true). */
	frame?: boolean;
	/** Open the claim's own replies (default true; the arrow keys step without opening). */
	open?: boolean;
}

/** Both levels of detail of a layout, each worked out only when asked for. */
function lazy<T>(full: () => T, compact: () => T): { full: T; compact: T } {
	return {
		get full() {
			return full();
		},
		get compact() {
			return compact();
		}
	};
}

export class MapState {
	readonly model: MapModel;
	/** The payload lists the resolution first. */
	readonly root = 0;
	readonly searchIndex;
	/** The ids a link may name. */
	readonly known: KnownIds;
	readonly #measure: Measure | undefined;
	#canvas: () => MapCanvas | null | undefined = () => null;

	selected = $state<string | null>(null);
	/** Steps of neighbourhood shown around the selection; 0: the whole map. */
	focus = $state(0);
	filters = $state.raw<Filters>(EMPTY_FILTERS);
	expansion = $state.raw<Expansion>(expandToDepth(1));
	mode = $state<MapMode>('map');
	statusOverlay = $state(false);
	/** A reader's ballot's statuses, shown instead of the map's own while one is active. */
	statusOverride = $state.raw<((id: string) => StatusKind | undefined) | null>(null);
	/** Projector mode: the map and the panel, large. */
	present = $state(false);
	/** Full cards where the zoom makes their text legible, the compact form below that. */
	detail = $state<Detail>('full');
	/** The map's own columns, or the selection's trail where those cannot show its chain. */
	arrangement = $state<Arrangement>('map');
	/** The canvas column's width (two map columns where they fit legibly, one on a phone). */
	canvasWidth = $state(0);
	/** The overview of the whole debate covers the canvas (zoomed out past the last legible zoom). */
	overview = $state(false);
	/** Whether the page has an overview to open (the map page does; an embed does not). */
	overviewAvailable = false;
	/** The toolbar menu that is open: one at a time. */
	menu = $state<MenuName | null>(null);
	missing = $state.raw<Missing | null>(null);
	/** The last thing said to screen readers. */
	announcement = $state('');

	readonly zooms = $derived(zoomsFor(this.present ? 2 : 1));
	readonly selIndex = $derived.by(() =>
		this.selected === null ? undefined : this.model.index.get(this.selected)
	);
	readonly passes = $derived.by(() => filterPasses(this.model, this.filters));
	/** A selection that the filters leave out is still shown, with its chain. */
	readonly pinned = $derived(
		this.selIndex !== undefined && this.passes && !this.passes[this.selIndex] ? this.selIndex : null
	);
	readonly disclosure = $derived.by(() =>
		disclose({
			model: this.model,
			passes: this.passes,
			expansion: this.expansion,
			focus:
				this.focus > 0 && this.selIndex !== undefined
					? { center: this.selIndex, steps: this.focus }
					: null,
			pinned: this.pinned
		})
	);
	/** Both columns side by side where they fit at a legible size, one column on a phone. */
	readonly columns = $derived(
		this.canvasWidth > 0 &&
			this.canvasWidth < 2 * (METRICS.centerGap + METRICS.cardWidth) * this.zooms.full + 32
			? 1
			: 2
	);
	readonly layoutFull = $derived(this.#layout('full'));
	readonly layoutCompact = $derived(this.#layout('compact'));
	/** The selection's trail (none without a selection below the resolution, or in focus). */
	readonly trailFull = $derived(this.#trail('full'));
	readonly trailCompact = $derived(this.#trail('compact'));
	/** The arrangement drawn: the trail only while there is one. */
	readonly showing = $derived<Arrangement>(
		this.arrangement === 'trail' && this.trailFull ? 'trail' : 'map'
	);
	/** What the canvas draws. */
	readonly layout = $derived.by((): TreeLayout => {
		const trail = this.showing === 'trail';
		if (this.detail === 'full') return trail ? this.trailFull! : this.layoutFull;
		return trail ? this.trailCompact! : this.layoutCompact;
	});
	readonly elements = $derived.by(() =>
		toElements(this.model, this.layout, (i) => this.kindOf(i), this.detail)
	);
	/** What the selection lights up: its chain to the resolution, its replies, its relations. */
	readonly trace = $derived.by(() =>
		this.selIndex !== undefined && this.disclosure.visible[this.selIndex]
			? traceOf(this.model, this.disclosure, this.selIndex)
			: null
	);
	/** What the canvas lights up: the trace on the map; all of the trail, which is the trace. */
	readonly highlight = $derived.by((): Pick<Trace, 'claims' | 'edges'> | null => {
		if (this.showing === 'map') return this.trace;
		const l = this.layout;
		return { claims: new Set(l.nodes.map((n) => n.id)), edges: new Set(l.edges.map((e) => e.id)) };
	});
	readonly options = $derived.by(() => filterOptions(this.model, this.filters));
	readonly shownCount = $derived(this.disclosure.order.length);

	constructor(model: MapModel, opts: { measure?: Measure } = {}) {
		this.model = model;
		this.#measure = opts.measure;
		this.searchIndex = buildSearchIndex(model);
		this.known = {
			claims: model.index,
			moved: model.payload.moved,
			people: model.payload.people.map((p) => p.id),
			sources: model.payload.sources.map((s) => s.id),
			tags: model.payload.tagIds
		};
	}

	/** The canvas to move (none while the column view is shown or before it is mounted). */
	link(canvas: () => MapCanvas | null | undefined) {
		this.#canvas = canvas;
	}

	#layout(detail: Detail) {
		const meta = this.model.payload.debate.meta;
		return layoutTree(this.model, this.disclosure, {
			measure: this.#measure,
			statusWord: (i) => this.statusWord(i),
			resolution: meta.resolution,
			columns: this.columns,
			detail,
			wholeText: this.present
		});
	}

	#trail(detail: Detail): Trail | null {
		const sel = this.selIndex;
		if (sel === undefined || sel === this.root || this.focus > 0 || !this.trace) return null;
		const meta = this.model.payload.debate.meta;
		return layoutTrail(this.model, this.disclosure, this.trace.chain, {
			measure: this.#measure,
			statusWord: (i) => this.statusWord(i),
			resolution: meta.resolution,
			columns: this.columns,
			detail,
			passes: this.passes,
			wholeText: this.present
		});
	}

	/** A claim's status kind: the ballot's when one is active, else the map's own. */
	kindOf(i: number): StatusKind | undefined {
		const own = (this.model.payload.status[i] || undefined) as StatusKind | undefined;
		return own && this.statusOverride ? (this.statusOverride(this.model.ids[i]) ?? own) : own;
	}

	/** The status a card shows with the overlay on ("✓ HOLDS"), '' for none. */
	statusWord(i: number): string {
		const s = this.kindOf(i);
		return s ? `${STATUS_MARKS[s]} ${STATUS_NAMES[s].toUpperCase()}` : '';
	}

	announce(text: string) {
		this.announcement = text;
	}

	// ---- the state as a link

	get view(): ViewState {
		return {
			selected: this.selected,
			focus: this.focus,
			filters: this.filters,
			expansion: this.expansion,
			mode: this.mode,
			status: this.statusOverlay,
			present: this.present
		};
	}

	/** Take a state from the address (the selection's chain is opened so it is shown). */
	apply(s: ViewState) {
		this.selected = s.selected;
		this.focus = s.focus;
		this.filters = s.filters;
		this.expansion = s.selected
			? expandTo(this.model, filterPasses(this.model, s.filters), s.expansion, s.selected)
			: s.expansion;
		this.mode = s.mode;
		this.statusOverlay = s.status;
		this.present = s.present;
	}

	/**
	 * The page opened on this state. `asked` is the claim the link named: when it is not in
	 * the debate (mistyped, or from another version) the panel says so and offers the
	 * nearest, as the claim pages' 404 does. A link to a claim shows its replies too, as a
	 * click would, unless the link closed them.
	 */
	start(s: ViewState, asked: string | null) {
		this.apply(s);
		if (asked && !s.selected) {
			this.missing = { id: asked, near: [] };
			import('$lib/model/suggest-claims').then(({ claimSuggestions }) => {
				if (this.missing?.id !== asked) return;
				const entries = this.model.ids.map((id, i) => ({ id, title: this.model.titles[i] }));
				this.missing = { id: asked, near: claimSuggestions(entries, asked, 3) };
			});
		}
		if (s.selected && !s.expansion.closed.has(s.selected)) this.openReplies(s.selected);
	}

	/** Back or Forward brought a state: show it, framing its selection. */
	follow(s: ViewState): Promise<void> {
		this.apply(s);
		if (s.selected) this.frameSelection();
		return Promise.resolve();
	}

	// ---- selecting, opening, filtering

	/**
	 * Select a claim: open what leads to it and (unless stepping by arrow keys) its own
	 * replies, then frame its chain to the resolution with those replies.
	 */
	select(id: string | null, opts: SelectOptions = {}): Promise<void> {
		const doFrame = opts.frame ?? true;
		if (id === this.selected) {
			if (id && doFrame) this.frameSelection();
			return Promise.resolve();
		}
		const before = this.selIndex;
		const wasTrail = this.showing === 'trail';
		this.selected = id;
		this.missing = null;
		if (!id) {
			this.focus = 0;
			this.announce(CLEARED);
			if (!wasTrail || before === undefined) return Promise.resolve();
			// Back to the map's own columns, where the claim just left is.
			this.arrangement = 'map';
			this.#moveTo(claimsFrame(this.#mapLayouts, [before], before, this.#size()));
			return Promise.resolve();
		}
		this.expansion = expandTo(this.model, this.passes, this.expansion, id);
		if (opts.open ?? true) this.openReplies(id);
		this.announce(selectedAnnouncement(this.model, this.disclosure, this.model.index.get(id)!));
		// Framed at once, so the canvas draws the new selection where it belongs in one pass
		// (the derived layouts are computed on demand, once).
		if (doFrame) this.frameSelection();
		return Promise.resolve();
	}

	/** Open a claim's replies, or fold them away; the claim itself stays where it is. */
	toggle(id: string, open?: boolean): Promise<void> {
		const i = this.model.index.get(id);
		if (i === undefined) return Promise.resolve();
		const isOpen = repliesShown(this.disclosure, i);
		const want = open ?? !isOpen;
		if (want === isOpen) return Promise.resolve();
		this.expansion = setOpen(this.model, this.expansion, this.disclosure, this.passes, i, want);
		const n = this.disclosure.replies.get(i)?.total ?? 0;
		this.announce(toggleAnnouncement(this.model.titles[i], n, want));
		if (!want) return Promise.resolve();
		// Replies just opened come into view with the claim they answer: beside the selection
		// in its trail, else on the map.
		if (this.mode !== 'map') return Promise.resolve();
		if (this.showing === 'trail' && i === this.selIndex) this.frameSelection();
		else {
			this.arrangement = 'map';
			const ids = [i, ...(this.disclosure.kids.get(i) ?? [])];
			this.#moveTo(claimsFrame(this.#mapLayouts, ids, i, this.#size()));
		}
		return Promise.resolve();
	}

	/**
	 * A card's strip was pressed on the canvas: it opens or folds the card's replies; in
	 * the trail, a reply's strip goes on to that reply (the trail shows one claim's replies).
	 */
	stripTap(id: string): Promise<void> {
		if (this.showing === 'trail' && id !== this.selected) return this.select(id);
		return this.toggle(id);
	}

	/** Show a claim's replies if they are hidden (a link to it, a click on it). */
	openReplies(id: string) {
		const i = this.model.index.get(id)!;
		const d = disclose({
			model: this.model,
			passes: this.passes,
			expansion: this.expansion,
			pinned: this.pinned
		});
		if (!d.hidden.has(i)) return;
		this.expansion = setOpen(this.model, this.expansion, d, this.passes, i, true);
	}

	/** Focus on the selection's neighbourhood (or the whole map again) and fit what is shown. */
	setFocus(steps: number): Promise<void> {
		this.focus = steps;
		if (!this.#canvas() || this.selIndex === undefined) return Promise.resolve();
		if (!steps) this.frameSelection();
		else {
			this.arrangement = 'map';
			this.#moveTo(allFrame(this.#mapLayouts, this.selIndex, this.#size()));
		}
		return Promise.resolve();
	}

	/** Open the whole map to a depth (12: everything). */
	setDepth(depth: number): Promise<void> {
		this.expansion = expandToDepth(depth);
		const done = this.reframe();
		this.announce(depthAnnouncement(depth));
		return done;
	}

	setFilter(key: keyof Filters, values: string[]): Promise<void> {
		this.filters = { ...this.filters, [key]: values };
		return this.reframe();
	}

	clearFilters(): Promise<void> {
		this.filters = { ...EMPTY_FILTERS };
		return this.reframe();
	}

	setMode(next: MapMode): Promise<void> {
		this.mode = next;
		if (next !== 'map') return Promise.resolve();
		return tick().then(() => (this.selected ? this.frameSelection() : undefined));
	}

	/** Open one toolbar menu (closing the other), or close it. */
	openMenu(name: MenuName, open: boolean) {
		if (open) this.menu = name;
		else if (this.menu === name) this.menu = null;
	}

	// ---- framing: pure rules in framing.ts, applied to the linked canvas

	/** The layouts of the arrangement drawn. */
	get #layouts(): Layouts {
		if (this.showing === 'trail') return this.#trailLayouts!;
		return this.#mapLayouts;
	}

	/** The selection's trail layouts (each computed only if asked for), or null without one. */
	get #trailLayouts(): TrailLayouts | null {
		if (!this.trailFull) return null;
		return lazy(
			() => this.trailFull!,
			() => this.trailCompact!
		);
	}

	/** The map's layouts, each computed only if a frame asks for it. */
	get #mapLayouts(): Layouts {
		return lazy(
			() => this.layoutFull,
			() => this.layoutCompact
		);
	}

	#size(): Canvas {
		const { width, height } = this.#canvas()?.size() ?? { width: 0, height: 0 };
		return { width, height, zooms: this.zooms };
	}

	#moveTo(target: Target | null) {
		const canvas = this.#canvas();
		if (!canvas || !target) return;
		this.detail = target.detail;
		canvas.moveTo(target.view);
	}

	/**
	 * Whether the map's own arrangement draws every reply of the selection, and every
	 * claim those replies answer (else the trail does, or names them).
	 */
	#mapDrawsReplies(sel: number): boolean {
		const d = this.disclosure;
		return trailReplies(this.model, d, sel, this.passes).every(
			(r) =>
				d.visible[r] &&
				this.model.outgoing[r].every((e) => d.visible[e.to] || (this.passes && !this.passes[e.to]))
		);
	}

	/** Where the selection is framed, and in which arrangement (see `selectionPlan`). */
	#selectionPlan(c: Canvas): { target: Target; arrangement: Arrangement } | null {
		const sel = this.selIndex;
		if (sel === undefined) return null;
		return selectionPlan(
			this.#mapLayouts,
			this.#trailLayouts,
			this.disclosure,
			this.trace?.chain ?? [sel],
			sel,
			c,
			this.#mapDrawsReplies(sel),
			// A projector, and a phone (one column): full cards, speakers named, over a
			// whole chain shrunk to compact stubs.
			this.present || this.columns === 1
		);
	}

	/** Frame the selection's chain to the resolution with its replies. */
	frameSelection() {
		if (this.mode !== 'map' || !this.#canvas()) return;
		const plan = this.#selectionPlan(this.#size());
		if (!plan) return;
		this.arrangement = plan.arrangement;
		this.#moveTo(plan.target);
	}

	/** Back to the top of the map: the resolution and the first lines of each side. */
	home() {
		if (!this.#canvas()) return;
		this.arrangement = 'map';
		this.#moveTo(topFrame(this.#mapLayouts, this.disclosure, this.root, this.#size()));
	}

	/** The selection if there is one, else the top of the map. */
	frameCurrent() {
		if (this.selected) this.frameSelection();
		else this.home();
	}

	/** After what is shown changes wholesale: back to the selection, else to the top. */
	reframe(): Promise<void> {
		if (this.selIndex !== undefined && this.layoutFull.at.has(this.selIndex)) this.frameSelection();
		else this.home();
		return Promise.resolve();
	}

	/** Where the canvas opens, once it has a size: the selection, else the top. */
	opening(width: number, height: number): Viewport {
		const c = { width, height, zooms: this.zooms };
		const plan = this.#selectionPlan(c) ?? {
			target: topFrame(this.#mapLayouts, this.disclosure, this.root, c),
			arrangement: 'map' as const
		};
		this.arrangement = plan.arrangement;
		this.detail = plan.target.detail;
		return plan.target.view;
	}

	/**
	 * The reader zoomed: across the line where full cards stop being legible the level of
	 * detail switches, keeping the claim they were looking at where it was on screen.
	 */
	onZoom() {
		const canvas = this.#canvas();
		const v = canvas?.viewport();
		if (!canvas || !v) return;
		const t = detailSwitch(this.#layouts, this.detail, v, this.#size(), this.selIndex);
		if (!t) return;
		this.detail = t.detail;
		canvas.moveTo(t.view, false);
	}

	/**
	 * Zoom the map by `factor`; zooming out from the farthest legible zoom opens the overview
	 * of the whole debate (zoom never does nothing), zooming in closes it.
	 */
	zoom(factor: number) {
		const canvas = this.#canvas();
		if (factor > 1 && this.overview) {
			this.overview = false;
			return;
		}
		const v = canvas?.viewport();
		if (factor < 1 && this.overviewAvailable && (!v || v.zoom <= this.zooms.min * 1.001)) {
			this.overview = true;
			return;
		}
		canvas?.zoomBy(factor);
	}

	// ---- keys

	/** A key pressed on the map (see `mapKey`); true when the map used it. */
	key(key: string, shift: boolean): boolean {
		const canvas = this.#canvas();
		if (!canvas) return false;
		const action = mapKey(key, shift, this.selected !== null);
		if (!action) return false;
		switch (action.do) {
			case 'pan':
				canvas.panBy(action.dx, action.dy);
				break;
			case 'page':
				canvas.panBy(0, -action.dir * canvas.size().height * 0.8);
				break;
			case 'zoom':
				this.zoom(action.factor);
				break;
			case 'home':
				this.home();
				break;
			case 'toggle':
				if (this.selected) this.toggle(this.selected, action.open);
				break;
			case 'step': {
				// Arrows follow the map's own columns, whichever arrangement is drawn.
				const next = step(
					this.model,
					this.disclosure,
					this.layoutFull,
					this.selIndex,
					action.arrow
				);
				if (next === undefined) break;
				const trail = this.showing === 'trail';
				this.select(this.model.ids[next], { open: false, frame: false });
				// In the trail the next claim has a trail of its own, and a projector frames each
				// step with its chain; elsewhere on the map the view slides only as far as
				// needed, keeping the zoom.
				if (trail || this.present) {
					this.frameSelection();
					break;
				}
				const v = canvas.viewport();
				if (!v) break;
				const { width, height } = canvas.size();
				const view = keepInView(this.layout, next, v, width, height);
				if (view) canvas.moveTo(view);
				break;
			}
		}
		return true;
	}
}
