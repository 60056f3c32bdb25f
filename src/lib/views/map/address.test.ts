import { describe, expect, it } from 'vitest';
import { AddressSync } from './address';
import { DEFAULT_VIEW, type KnownIds, type ViewState } from './view-state';

const known: KnownIds = {
	claims: new Set(['a', 'b', 'thesis']),
	moved: { 'old-a': 'a' },
	people: ['ann'],
	sources: ['src'],
	tags: ['sea']
};

function setup() {
	const calls: string[] = [];
	const sync = new AddressSync(known, {
		push: (url) => calls.push(`push ${url}`),
		replace: (url) => calls.push(`replace ${url}`)
	});
	return { sync, calls };
}
const view = (s: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...s });

describe('the address follows the map', () => {
	it('reads a link, following renamed claims and dropping unknown ones', () => {
		const { sync } = setup();
		expect(sync.read('?claim=old-a').selected).toBe('a');
		expect(sync.read('?claim=nope').selected).toBeNull();
	});
	it('writes nothing until the router is ready, then the canonical address, in place', () => {
		const { sync, calls } = setup();
		sync.write(view({ selected: 'a' }), '/d');
		expect(calls).toEqual([]);
		sync.start(view({ selected: 'a' }), '?claim=old-a', '/d');
		expect(calls).toEqual(['replace ?claim=a']);
		expect(sync.ready).toBe(true);
		// Already canonical: nothing to rewrite.
		const other = setup();
		other.sync.start(view({ selected: 'a' }), '?claim=a', '/d');
		expect(other.calls).toEqual([]);
	});
	it('a new selection is a new entry; other changes replace it; no change writes nothing', () => {
		const { sync, calls } = setup();
		sync.start(view({}), '', '/d');
		sync.write(view({ selected: 'a' }), '/d');
		sync.write(view({ selected: 'a', status: true }), '/d');
		sync.write(view({ selected: 'a', status: true }), '/d');
		sync.write(view({ selected: 'b', status: true }), '/d');
		sync.write(view({}), '/d');
		expect(calls).toEqual([
			'push ?claim=a',
			'replace ?claim=a&status=1',
			'push ?claim=b&status=1',
			'push /d'
		]);
	});
	it('Back and Forward bring the state in the address, once', () => {
		const { sync, calls } = setup();
		expect(sync.pop('?claim=a')).toBeNull(); // not ready yet
		sync.start(view({ selected: 'b' }), '?claim=b', '/d');
		expect(sync.pop('?claim=b')).toBeNull();
		expect(sync.pop('?claim=a')?.selected).toBe('a');
		// The map then shows it: writing that state changes nothing.
		sync.write(view({ selected: 'a' }), '/d');
		expect(calls).toEqual([]);
	});
});

describe('parameters the map keeps for other parts of the page (a ballot)', () => {
	function keeping() {
		const calls: string[] = [];
		const sync = new AddressSync(
			known,
			{ push: (url) => calls.push(`push ${url}`), replace: (url) => calls.push(`replace ${url}`) },
			['prevail', 'reject']
		);
		return { sync, calls };
	}

	it('keeps them through the canonical rewrite, selections and Back', () => {
		const { sync, calls } = keeping();
		sync.start(view({ selected: 'a' }), '?claim=old-a&prevail=a~b&junk=1', '/d');
		expect(calls).toEqual(['replace ?claim=a&prevail=a~b']);
		sync.write(view({ selected: 'b' }), '/d');
		expect(calls.at(-1)).toBe('push ?claim=b&prevail=a~b');
		// Back to a state whose ballot differs: the map follows its own part only.
		expect(sync.pop('?claim=b&prevail=b~a')).toBeNull();
		sync.write(view({ selected: 'a' }), '/d');
		expect(calls.at(-1)).toBe('push ?claim=a&prevail=b~a');
	});

	it('writes a changed ballot in place, and drops it when empty', () => {
		const { sync, calls } = keeping();
		sync.setExtra(new URLSearchParams('reject=x'), '/d');
		expect(calls).toEqual([]); // not ready: only remembered
		sync.start(view({}), '', '/d');
		expect(calls).toEqual(['replace ?reject=x']);
		sync.setExtra(new URLSearchParams('prevail=a~b&claim=zzz'), '/d');
		expect(calls.at(-1)).toBe('replace ?prevail=a~b');
		sync.setExtra(new URLSearchParams(''), '/d');
		expect(calls.at(-1)).toBe('replace /d');
	});

	it('without kept keys, nothing changes for the map', () => {
		const { sync, calls } = setup();
		sync.start(view({ selected: 'a' }), '?claim=a&prevail=a~b', '/d');
		expect(calls).toEqual(['replace ?claim=a']);
	});
});
