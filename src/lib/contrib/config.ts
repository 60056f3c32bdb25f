/**
 * Where proposals go: the ONE place the GitHub repository is configured.
 * Override at build time with VITE_CRUX_REPO="owner/name" (and VITE_CRUX_BRANCH), e.g.
 *   VITE_CRUX_REPO=my-school/crux npm run build
 * Vite only exposes VITE_-prefixed variables to the browser, and inlines them at build
 * time, so this works on the fully prerendered site. Outside Vite (tsx scripts) the
 * defaults apply.
 */
export const DEFAULT_REPO = 'crux-debates/crux';
const DEFAULT_BRANCH = 'main';

/** "owner/name" as GitHub allows it. */
export const REPO_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
const BRANCH_PATTERN = /^[A-Za-z0-9._/-]{1,200}$/;

function env(name: 'VITE_CRUX_REPO' | 'VITE_CRUX_BRANCH'): string | undefined {
	const e = (import.meta as ImportMeta & { env?: Record<string, string | undefined> }).env;
	const v = e?.[name];
	return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function pick(value: string | undefined, pattern: RegExp, fallback: string): string {
	return value && pattern.test(value) && !value.includes('..') ? value : fallback;
}

export const CRUX_REPO: string = pick(env('VITE_CRUX_REPO'), REPO_PATTERN, DEFAULT_REPO);
export const CRUX_BRANCH: string = pick(env('VITE_CRUX_BRANCH'), BRANCH_PATTERN, DEFAULT_BRANCH);
