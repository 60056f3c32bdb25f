/**
 * Taking the map anywhere: the embed's stable address (`/embed/<debate>`, with `?claim=<id>`
 * for one claim with its chain and replies) and the `<iframe>` snippet to paste into another
 * page. Pure; the page's origin and base path are handed in.
 */
import { viewStateToParams, DEFAULT_VIEW } from '$lib/views/map/view-state';

/** `site` is the site's root address with its base path, e.g. "https://x.org/crux". */
export function embedAddress(site: string, debate: string, claim?: string | null): string {
	const root = site.replace(/\/+$/, '');
	const query = claim ? `?${viewStateToParams({ ...DEFAULT_VIEW, selected: claim })}` : '';
	return `${root}/embed/${encodeURIComponent(debate)}${query}`;
}

/** The full map at a claim, for "open in a new tab" and the QR code. */
export function mapAddress(site: string, debate: string, claim?: string | null): string {
	const root = site.replace(/\/+$/, '');
	const query = claim ? `?${viewStateToParams({ ...DEFAULT_VIEW, selected: claim })}` : '';
	return `${root}/${encodeURIComponent(debate)}${query}`;
}

const attr = (s: string) =>
	s
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');

/** The `<iframe>` to paste: lazy, titled for screen readers, full width, a fixed height. */
export function embedSnippet(src: string, title: string, height = 520): string {
	return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${Math.round(height)}" style="border: 1px solid #d1d5db; border-radius: 8px" loading="lazy"></iframe>`;
}

/** A claim's own page: what a phone opens from the projector's QR code. */
export function claimPageAddress(site: string, debate: string, claim: string): string {
	const root = site.replace(/\/+$/, '');
	return `${root}/${encodeURIComponent(debate)}/claims/${encodeURIComponent(claim)}`;
}
