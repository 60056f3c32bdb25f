/**
 * The map's state in the address bar: every state is a link, and a new selection (or a
 * new view) is a step Back can undo while other changes replace the current entry. The
 * history calls are handed in (SvelteKit's shallow `pushState`/`replaceState` in the app,
 * fakes in tests), so the rules are tested without a browser.
 */
import {
	isNewStep,
	parseViewState,
	viewStateToParams,
	type KnownIds,
	type ViewState
} from './view-state';

export interface History {
	push(url: string): void;
	replace(url: string): void;
}

const urlOf = (query: string, pathname: string) => (query ? `?${query}` : pathname);
const queryOf = (search: string) => search.replace(/^\?/, '');
const join = (a: string, b: string) => (a && b ? `${a}&${b}` : a || b);
/** `~` and `,` are safe in a query; keep them readable. */
const readable = (q: string) => q.replaceAll('%7E', '~').replaceAll('%2C', ',');

export class AddressSync {
	/** Until the router is ready (after hydration) nothing is written. */
	#ready = false;
	#written: ViewState | null = null;
	#query = '';

	/** Parameters the map does not own but keeps in the address (a ballot's), as a query. */
	#extra = '';

	readonly #known: KnownIds;
	readonly #history: History;
	readonly #keep: readonly string[];

	/** `keep`: parameters of other parts of the page (the ballot's) that the address carries along. */
	constructor(known: KnownIds, history: History, keep: readonly string[] = []) {
		this.#known = known;
		this.#history = history;
		this.#keep = keep;
	}

	/** The kept parameters of a query, and the rest (the map's own). */
	#split(query: string): { own: string; extra: string } {
		const params = new URLSearchParams(query);
		const extra = new URLSearchParams();
		for (const k of this.#keep) {
			const v = params.get(k);
			if (v !== null) extra.set(k, v);
			params.delete(k);
		}
		return { own: params.toString(), extra: readable(extra.toString()) };
	}

	#url(query: string, pathname: string): string {
		return urlOf(join(query, this.#extra), pathname);
	}

	/**
	 * Another part of the page changed its parameters (among `keep`): carry them, in place.
	 * Before the router is ready they are only remembered.
	 */
	setExtra(params: URLSearchParams, pathname: string) {
		this.#extra = this.#split(params.toString()).extra;
		if (this.#ready) this.#history.replace(this.#url(this.#query, pathname));
	}

	/** The state a link describes (unknown ids dropped, renamed claims followed). */
	read(search: string): ViewState {
		return parseViewState(new URLSearchParams(queryOf(search)), this.#known);
	}

	get ready(): boolean {
		return this.#ready;
	}

	/**
	 * The router is ready: from now on the address follows the state. It is rewritten in
	 * its canonical form at once (ids that were dropped or renamed disappear from it), in
	 * place, so Back still leaves the map.
	 */
	start(now: ViewState, search: string, pathname: string) {
		this.#ready = true;
		this.#written = now;
		this.#query = viewStateToParams(now).toString();
		if (!this.#extra) this.#extra = this.#split(queryOf(search)).extra;
		const url = this.#url(this.#query, pathname);
		if (search !== (url.startsWith('?') ? url : '')) this.#history.replace(url);
	}

	/** The state changed: a new entry for a new step, else replace the current one. */
	write(now: ViewState, pathname: string) {
		if (!this.#ready) return;
		const query = viewStateToParams(now).toString();
		if (query === this.#query) return;
		const url = this.#url(query, pathname);
		if (this.#written && isNewStep(this.#written, now)) this.#history.push(url);
		else this.#history.replace(url);
		this.#written = now;
		this.#query = query;
	}

	/**
	 * Back or Forward changed the address under the map: the state to follow, or null when
	 * it is the one already shown (or the router is not ready yet).
	 */
	pop(search: string): ViewState | null {
		if (!this.#ready) return null;
		const { own: query, extra } = this.#split(queryOf(search));
		this.#extra = extra;
		if (query === this.#query) return null;
		const s = parseViewState(new URLSearchParams(query), this.#known);
		this.#query = query;
		this.#written = s;
		return s;
	}
}
