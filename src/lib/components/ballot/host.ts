/** The ballot's host in a SvelteKit page: the address through shallow routing, localStorage, and the prerendered data. */
import { replaceState } from '$app/navigation';
import { base } from '$app/paths';
import type { BallotHost } from '$lib/views/ballot/ballot.svelte';
import type { BallotData } from '$lib/views/ballot/data';

export function pageHost(debate: string): BallotHost {
	const browser = typeof window !== 'undefined';
	let storage: BallotHost['storage'];
	try {
		storage = browser ? window.localStorage : undefined;
	} catch {
		storage = undefined;
	}
	return {
		async load() {
			const res = await fetch(`${base}/${debate}/ballot.json`);
			if (!res.ok) throw new Error(`HTTP ${res.status}`);
			return (await res.json()) as BallotData;
		},
		params: () => new URLSearchParams(browser ? window.location.search : ''),
		replaceParams(params) {
			if (!browser) return;
			const url = new URL(window.location.href);
			url.search = params.toString().replaceAll('%7E', '~').replaceAll('%2C', ',');
			try {
				replaceState(url, {});
			} catch {
				history.replaceState(history.state, '', url);
			}
		},
		storage
	};
}
