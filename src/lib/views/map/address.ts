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

export class AddressSync {
	/** Until the router is ready (after hydration) nothing is written. */
	#ready = false;
	#written: ViewState | null = null;
	#query = '';

	readonly #known: KnownIds;
	readonly #history: History;

	constructor(known: KnownIds, history: History) {
		this.#known = known;
		this.#history = history;
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
		if (search !== (this.#query ? `?${this.#query}` : '')) {
			this.#history.replace(urlOf(this.#query, pathname));
		}
	}

	/** The state changed: a new entry for a new step, else replace the current one. */
	write(now: ViewState, pathname: string) {
		if (!this.#ready) return;
		const query = viewStateToParams(now).toString();
		if (query === this.#query) return;
		const url = urlOf(query, pathname);
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
		const query = queryOf(search);
		if (query === this.#query) return null;
		const s = parseViewState(new URLSearchParams(query), this.#known);
		this.#query = query;
		this.#written = s;
		return s;
	}
}
