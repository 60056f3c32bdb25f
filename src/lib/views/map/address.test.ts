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
