/**
 * The site's configuration as the app sees it: `crux.config.yaml` (checked by
 * ./site-config.ts and inlined at build time by vite.config.ts as __CRUX_CONFIG__), with
 * VITE_CRUX_REPO="owner/name" and VITE_CRUX_BRANCH still overriding the repository, e.g.
 *   VITE_CRUX_REPO=my-school/crux npm run build
 * Vite only exposes VITE_-prefixed variables to the browser and inlines them at build time,
 * so this works on the fully prerendered site. Outside Vite (tsx scripts) the defaults apply;
 * scripts that need the file read it with readSiteConfig.
 */
import {
	BRANCH_PATTERN,
	DEFAULT_SITE_CONFIG,
	REPO_PATTERN,
	type ProposalPath,
	type SiteConfig
} from './site-config-base';

export { REPO_PATTERN };

declare const __CRUX_CONFIG__: SiteConfig | undefined;

const file: SiteConfig =
	typeof __CRUX_CONFIG__ === 'undefined' ? DEFAULT_SITE_CONFIG : __CRUX_CONFIG__;

export const DEFAULT_REPO = DEFAULT_SITE_CONFIG.repository;

function env(name: 'VITE_CRUX_REPO' | 'VITE_CRUX_BRANCH'): string | undefined {
	const e = (import.meta as ImportMeta & { env?: Record<string, string | undefined> }).env;
	const v = e?.[name];
	return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function pick(value: string | undefined, pattern: RegExp, fallback: string): string {
	return value && pattern.test(value) && !value.includes('..') ? value : fallback;
}

/** The repository "Open on GitHub" creates files in: the environment, else the file. */
export const CRUX_REPO: string = pick(env('VITE_CRUX_REPO'), REPO_PATTERN, file.repository);
export const CRUX_BRANCH: string = pick(env('VITE_CRUX_BRANCH'), BRANCH_PATTERN, file.branch);
/** The name at the top of every page and in every title. */
export const SITE_NAME: string = file.siteName;
/** How this class hands in proposals. */
export const PROPOSAL_PATH: ProposalPath = file.proposals;
/** Where to hand in a proposal file ('' when the config does not say). */
export const HAND_IN: string = file.handIn;
/** The speaker a student's own argument goes under when they give no name of their own. */
export const CLASS_NAME: string = file.className;
