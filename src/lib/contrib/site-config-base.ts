/**
 * What the site needs of `crux.config.yaml` in the browser: the patterns, the names and the
 * defaults, with no dependency, so the pages do not carry the checker (zod, yaml) in
 * ./site-config.ts, which re-exports all of this.
 */
export const CONFIG_FILE = 'crux.config.yaml';

/** "owner/name" as GitHub allows it. */
export const REPO_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
export const BRANCH_PATTERN = /^[A-Za-z0-9._/-]{1,200}$/;

/** How students hand in what they propose. */
export const PROPOSAL_PATHS = ['pull-request', 'teacher'] as const;
export type ProposalPath = (typeof PROPOSAL_PATHS)[number];

/** The checked configuration, in the names the code uses. */
export interface SiteConfig {
	siteName: string;
	repository: string;
	branch: string;
	proposals: ProposalPath;
	handIn: string;
	className: string;
}

/** The defaults of an empty file (site-config.test.ts checks them against the schema's). */
export const DEFAULT_SITE_CONFIG: SiteConfig = {
	siteName: 'Crux',
	repository: 'crux-debates/crux',
	branch: 'main',
	proposals: 'pull-request',
	handIn: '',
	className: 'Our class'
};
