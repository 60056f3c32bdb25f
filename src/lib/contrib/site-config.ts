/**
 * A teacher's own copy, in one committed file: `crux.config.yaml` at the repository root
 * names the site, the GitHub repository "Propose a reply" links to, how students hand in
 * proposals, and the name a student's own argument goes under. Read once at build time by
 * vite.config.ts (and by `npm run collect`); the site gets the checked result inlined.
 *
 * Pure and self-contained (relative imports only): vite.config.ts loads it before any alias
 * exists. A mistake stops the build with the file, line and column, never a stack trace.
 */
import * as z from 'zod';
import {
	BRANCH_PATTERN,
	CONFIG_FILE,
	DEFAULT_SITE_CONFIG,
	PROPOSAL_PATHS,
	REPO_PATTERN,
	type SiteConfig
} from './site-config-base.js';
import { LineCounter, parseDocument, isMap, isScalar, visit, type Node } from 'yaml';

export {
	BRANCH_PATTERN,
	CONFIG_FILE,
	DEFAULT_SITE_CONFIG,
	PROPOSAL_PATHS,
	REPO_PATTERN,
	type ProposalPath,
	type SiteConfig
} from './site-config-base.js';

const line = (max: number) =>
	z
		.string()
		.trim()
		.min(1, { message: 'must not be empty' })
		.max(max, { message: `must be at most ${max} characters` })
		// One line of plain text: it is shown in page titles and on the form.
		.regex(/^[^\n\r<>]*$/, { message: 'must be one line of plain text (no < or >)' });

export const siteConfigSchema = z.strictObject({
	'site-name': line(40).default('Crux').describe('The name at the top of every page'),
	repository: z
		.string()
		.regex(REPO_PATTERN, { message: 'must be a GitHub repository written owner/name' })
		.refine((s) => !s.includes('..'), { message: 'must not contain ".."' })
		.default('crux-debates/crux')
		.describe('The GitHub repository that "Propose a reply" opens pull requests against'),
	branch: z
		.string()
		.regex(BRANCH_PATTERN, { message: 'must be a branch name such as "main"' })
		.refine((s) => !s.includes('..'), { message: 'must not contain ".."' })
		.default('main'),
	proposals: z
		.enum(PROPOSAL_PATHS, { message: 'must be "pull-request" or "teacher"' })
		.default('pull-request')
		.describe(
			'pull-request: students open pull requests on GitHub; teacher: students download a proposal file and hand it to the teacher, who runs npm run collect'
		),
	'hand-in': z
		.string()
		.trim()
		.max(200, { message: 'must be at most 200 characters' })
		.regex(/^[^\n\r<>]*$/, { message: 'must be one line of plain text (no < or >)' })
		.default('')
		.describe('Where students hand in their proposal file, shown on the form'),
	'class-name': line(60)
		.default('Our class')
		.describe('The speaker a student’s own argument is shown under when they give no name')
});

export type SiteConfigFile = z.infer<typeof siteConfigSchema>;

function toConfig(f: SiteConfigFile): SiteConfig {
	return {
		siteName: f['site-name'],
		repository: f.repository,
		branch: f.branch,
		proposals: f.proposals,
		handIn: f['hand-in'],
		className: f['class-name']
	};
}

/** The schema's defaults, in the names the code uses (equal to DEFAULT_SITE_CONFIG, tested). */
export const schemaDefaults = (): SiteConfig => toConfig(siteConfigSchema.parse({}));

export interface SiteConfigResult {
	config: SiteConfig;
	/** "crux.config.yaml:4:13  repository: must be …", one per mistake; empty when all is well. */
	problems: string[];
}

/** Parse and check the file's text. With problems, `config` holds the defaults. */
export function readSiteConfig(text: string, path = CONFIG_FILE): SiteConfigResult {
	const lc = new LineCounter();
	const problems: string[] = [];
	const at = (offset: number | undefined, message: string) => {
		const { line, col } = lc.linePos(offset ?? 0);
		problems.push(`${path}:${Math.max(1, line)}:${Math.max(1, col)}  ${message}`);
	};
	if (text.length > 64 * 1024) {
		at(0, 'This file is far too large to be the site configuration.');
		return { config: DEFAULT_SITE_CONFIG, problems };
	}
	const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true });
	for (const e of doc.errors) at(e.pos[0], e.message.split('\n')[0]);
	visit(doc, {
		Alias(_, node) {
			at(node.range?.[0], 'Write the value out: this file takes no YAML aliases (*name).');
		}
	});
	if (problems.length) return { config: DEFAULT_SITE_CONFIG, problems };
	const value: unknown = doc.toJS() ?? {};
	if (typeof value !== 'object' || Array.isArray(value)) {
		at(0, 'The configuration must be "field: value" lines, such as site-name: "Crux".');
		return { config: DEFAULT_SITE_CONFIG, problems };
	}
	const where = (key: string | undefined, asKey: boolean): number | undefined => {
		if (!isMap(doc.contents) || key === undefined) return 0;
		const pair = doc.contents.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
		const node = (asKey ? pair?.key : (pair?.value ?? pair?.key)) as Node | undefined;
		return node?.range?.[0];
	};
	const r = siteConfigSchema.safeParse(value);
	if (r.success) return { config: toConfig(r.data), problems };
	const fields = Object.keys(siteConfigSchema.shape);
	for (const issue of r.error.issues) {
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys)
				at(where(key, true), `Unknown field "${key}". Allowed fields: ${fields.join(', ')}.`);
			continue;
		}
		const key = issue.path[0] === undefined ? undefined : String(issue.path[0]);
		const message =
			issue.code === 'invalid_type' && !/^must/.test(issue.message)
				? `must be ${issue.expected === 'string' ? 'text' : issue.expected}`
				: issue.message;
		at(where(key, false), `${key ?? 'the file'}: ${message}.`);
	}
	const order = (p: string) =>
		p
			.slice(path.length + 1)
			.split(':')
			.slice(0, 2)
			.map(Number);
	problems.sort((a, b) => {
		const [x, y] = [order(a), order(b)];
		return x[0] - y[0] || x[1] - y[1];
	});
	return { config: DEFAULT_SITE_CONFIG, problems };
}
