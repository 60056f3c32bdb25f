/**
 * A reader's ballot (judge mode): state and commands over the pure modules beside it. The
 * engine and the debate's graph load when the ballot first opens (`open()`), never on the
 * first paint. Every change recomputes all statuses and strengths, and "what would change
 * it" for the claims on screen (`visible`), then writes the ballot to the address (a link a
 * teacher can collect) and to the browser's storage.
 */
import type { ClaimStatus, Evaluation, Judgement } from '$lib/evaluate';
import type { BallotData } from './data';
import { wordedIds } from './worded';
import { balance, decidingClashes, type Balance } from './balance';
import {
	EMPTY_BALLOT,
	isEmpty,
	parseBallot,
	readStored,
	storageKey,
	writeBallot,
	type BallotJudgement
} from './link';
import {
	changedVerdicts,
	clashesOf,
	presets,
	type ChangedVerdict,
	type Clash,
	type Preset
} from './verdicts';

type Engine = typeof import('$lib/evaluate');

export interface BallotHost {
	/** Fetch the debate's ballot data (/<debate>/ballot.json). */
	load(): Promise<BallotData>;
	/** The address's query parameters now. */
	params(): URLSearchParams;
	/** Put these parameters in the address without a new history entry or a reload. */
	replaceParams(params: URLSearchParams): void;
	/** The browser's storage, when there is one. */
	storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

export class Ballot {
	/** The reader's judgement, as kept in the address. */
	judgement: BallotJudgement = $state({ rejected: [], prevails: [] });
	/** Loaded data and engine; undefined until `open()` has finished. */
	data: BallotData | undefined = $state.raw();
	engine: Engine | undefined = $state.raw();
	loading = $state(false);
	/** Why a link's ballot was ignored, in part or whole ('' when nothing was). */
	message = $state('');
	/** The claims on screen: in a large debate only these (and the resolution's lines) are explained in full. */
	visible: string[] = $state([]);

	readonly debate: string;
	#host: BallotHost;

	constructor(debate: string, host: BallotHost) {
		this.debate = debate;
		this.#host = host;
	}

	/**
	 * Reads the ballot from the address, else from storage (in the browser, once hydrated).
	 * The address wins: a link is what the reader opened. True when there is a ballot.
	 */
	restore(): boolean {
		const parsed = parseBallot(this.#host.params());
		this.message = parsed.malformed.length
			? `Part of this link’s ballot could not be read and was ignored: ${parsed.malformed.join('; ')}.`
			: '';
		if (parsed.present) this.judgement = parsed.judgement;
		else {
			let stored: BallotJudgement | undefined;
			try {
				stored = readStored(this.#host.storage?.getItem(storageKey(this.debate)) ?? null);
			} catch {
				stored = undefined; // storage refused (private mode): no stored ballot
			}
			if (stored) {
				this.judgement = stored;
				// Kept in the address too, so the page's link is the ballot's.
				if (this.active) this.#host.replaceParams(this.params());
			}
		}
		return this.active;
	}

	/** True when the ballot has any judgement in it. */
	get active(): boolean {
		return !isEmpty(this.judgement);
	}

	/** Why the data could not be loaded ('' when it could). */
	error = $state('');

	/** Loads the engine and the data (once). */
	async open(): Promise<void> {
		if (this.data || this.loading) return;
		this.loading = true;
		this.error = '';
		try {
			const [engine, data] = await Promise.all([import('$lib/evaluate'), this.#host.load()]);
			this.engine = engine;
			this.data = data;
		} catch (e) {
			this.error = `The ballot could not load the map’s data (${e instanceof Error ? e.message : String(e)}); the map’s own verdicts are shown.`;
		} finally {
			this.loading = false;
		}
	}

	#evaluate(j: Judgement, visible: readonly string[]): Evaluation | undefined {
		const { engine, data } = this;
		if (!engine || !data) return undefined;
		const worded = wordedIds(data, visible);
		return engine.evaluate(data.graph, j, {
			decisive: worded,
			lines: worded,
			name: (id) => data.titles[id] ?? id,
			baseReason: (id) => data.baseReasons[data.baseReason[id]] || undefined,
			weakReason: (from) => data.weakReason[from] ?? 'counted in the strength only'
		});
	}

	/** The map's own verdicts. */
	own: Evaluation | undefined = $derived(this.#evaluate({}, this.visible));

	/** The verdicts under the ballot. */
	result: Evaluation | undefined = $derived(
		this.#evaluate($state.snapshot(this.judgement) as BallotJudgement, this.visible)
	);

	/** Statuses to show: the ballot's when one is active, else the map's own. */
	get status(): Record<string, ClaimStatus> | undefined {
		return (this.active ? this.result : this.own)?.status;
	}

	attackers = (id: string): string[] => {
		const d = this.data;
		if (!d) return [];
		return this.#attackersIndex().get(id) ?? [];
	};
	#index: Map<string, string[]> | undefined;
	#attackersIndex(): Map<string, string[]> {
		if (this.#index) return this.#index;
		const m = new Map<string, string[]>();
		for (const [f, t] of this.data!.graph.attacks) m.set(t, [...(m.get(t) ?? []), f]);
		return (this.#index = m);
	}

	title = (id: string): string => this.data?.titles[id] ?? id;

	clashes: Clash[] = $derived(
		this.data && this.own ? clashesOf(this.data.graph, this.own.status) : []
	);

	presets: Preset[] = $derived(
		this.data ? presets(this.clashes, this.data.argues, this.data.people) : []
	);

	changes: ChangedVerdict[] = $derived(
		this.own && this.result && this.active
			? changedVerdicts(this.own, this.result, this.title, this.attackers, this.data!.order)
			: []
	);

	balance: Balance | undefined = $derived(
		this.data && this.status
			? balance(
					{
						thesis: this.data.thesis,
						lines: this.data.lines,
						attackers: this.attackers,
						title: this.title
					},
					this.status
				)
			: undefined
	);

	/** The open clashes the resolution turns on in the map's own verdicts. */
	ownDeciding: Array<[string, string]> = $derived(
		this.data && this.own
			? decidingClashes({ thesis: this.data.thesis, attackers: this.attackers }, this.own.status)
			: []
	);

	/** Ids on the ballot that name no claim here (renamed or removed), for a note. */
	ignored: string[] = $derived(this.result ? [...this.result.judgement.unknown] : []);
	/** Pairs on the ballot that are not a clash here. */
	notClashes: Array<[string, string]> = $derived(
		this.result ? this.result.judgement.notMutual : []
	);

	/** Which claim of a clash prevails on the ballot, if either. */
	winner(a: string, b: string): string | undefined {
		const p = this.judgement.prevails.find(
			([w, l]) => (w === a && l === b) || (w === b && l === a)
		);
		return p?.[0];
	}

	/** Decide a clash: `winner` prevails over `loser`; undefined leaves it open. */
	decide(a: string, b: string, winner: string | undefined) {
		const rest = this.judgement.prevails.filter(
			([w, l]) => !((w === a && l === b) || (w === b && l === a))
		);
		if (winner) rest.push([winner, winner === a ? b : a]);
		this.#set({ ...this.judgement, prevails: rest });
	}

	isRejected(id: string): boolean {
		return this.judgement.rejected.includes(id);
	}

	reject(id: string, on = !this.isRejected(id)) {
		const rest = this.judgement.rejected.filter((x) => x !== id);
		if (on) rest.push(id);
		this.#set({ ...this.judgement, rejected: rest });
	}

	apply(preset: Preset) {
		this.#set({ rejected: [], prevails: preset.judgement.prevails.map(([w, l]) => [w, l]) });
	}

	/** Which preset the ballot equals, if any. */
	get preset(): Preset | undefined {
		const key = (j: BallotJudgement) =>
			JSON.stringify([j.rejected.slice().sort(), j.prevails.map((p) => p.join('~')).sort()]);
		const mine = key(this.judgement);
		return this.presets.find((p) => key(p.judgement) === mine);
	}

	reset() {
		this.message = '';
		this.#set({ ...EMPTY_BALLOT, rejected: [], prevails: [] });
	}

	/** The address's parameters with this ballot in them. */
	params(): URLSearchParams {
		return writeBallot(new URLSearchParams(this.#host.params()), this.judgement);
	}

	#set(j: BallotJudgement) {
		this.judgement = j;
		this.#host.replaceParams(this.params());
		try {
			if (isEmpty(j)) this.#host.storage?.removeItem(storageKey(this.debate));
			else this.#host.storage?.setItem(storageKey(this.debate), JSON.stringify(j));
		} catch {
			// Storage full or refused: the address still holds the ballot.
		}
	}
}
