import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_FILE, DEFAULT_SITE_CONFIG, readSiteConfig, schemaDefaults } from './site-config';
import { CRUX_REPO, SITE_NAME, PROPOSAL_PATH } from './config';

describe('crux.config.yaml', () => {
	it('the committed file is valid and is what the app sees', () => {
		const { config, problems } = readSiteConfig(readFileSync(CONFIG_FILE, 'utf8'));
		expect(problems).toEqual([]);
		// vite.config.ts inlines the same file for the tests as for the site.
		expect(SITE_NAME).toBe(config.siteName);
		expect(CRUX_REPO).toBe(config.repository);
		expect(PROPOSAL_PATH).toBe(config.proposals);
	});

	it('an empty file means the defaults', () => {
		expect(readSiteConfig('')).toEqual({ config: DEFAULT_SITE_CONFIG, problems: [] });
		expect(DEFAULT_SITE_CONFIG).toMatchObject({
			siteName: 'Crux',
			repository: 'crux-debates/crux',
			branch: 'main',
			proposals: 'pull-request'
		});
	});

	it('reads a teacher’s copy', () => {
		const r = readSiteConfig(
			[
				'site-name: "Debate club 9B"',
				'repository: springfield-high/crux',
				'proposals: teacher',
				'hand-in: "Upload it to the Debate folder on the class drive"',
				'class-name: Class 9B'
			].join('\n')
		);
		expect(r.problems).toEqual([]);
		expect(r.config).toEqual({
			siteName: 'Debate club 9B',
			repository: 'springfield-high/crux',
			branch: 'main',
			proposals: 'teacher',
			handIn: 'Upload it to the Debate folder on the class drive',
			className: 'Class 9B'
		});
	});

	it('reports every mistake with its line and column', () => {
		const r = readSiteConfig(
			[
				'# comment',
				'site-name: ""',
				'repository: "javascript:alert(1)//x"',
				'proposals: email',
				'sitename: Oops',
				'hand-in: "<script>"'
			].join('\n')
		);
		expect(r.problems).toEqual([
			'crux.config.yaml:2:12  site-name: must not be empty.',
			'crux.config.yaml:3:13  repository: must be a GitHub repository written owner/name.',
			'crux.config.yaml:4:12  proposals: must be "pull-request" or "teacher".',
			'crux.config.yaml:5:1  Unknown field "sitename". Allowed fields: site-name, repository, branch, proposals, hand-in, class-name.',
			'crux.config.yaml:6:10  hand-in: must be one line of plain text (no < or >).'
		]);
		expect(r.config).toEqual(DEFAULT_SITE_CONFIG);
	});

	it('broken YAML, a list, aliases and duplicate keys are refused', () => {
		expect(readSiteConfig('site-name: "unclosed').problems[0]).toMatch(
			/^crux\.config\.yaml:1:\d+ /
		);
		expect(readSiteConfig('- a\n- b').problems).toEqual([
			'crux.config.yaml:1:1  The configuration must be "field: value" lines, such as site-name: "Crux".'
		]);
		expect(readSiteConfig('site-name: &a X\nclass-name: *a').problems.length).toBeGreaterThan(0);
		expect(readSiteConfig('branch: main\nbranch: dev').problems[0]).toMatch(
			/^crux\.config\.yaml:2:1 /
		);
	});
});

describe('the defaults the pages carry (site-config-base.ts, without zod)', () => {
	it('are the schema’s defaults', () => {
		expect(schemaDefaults()).toEqual(DEFAULT_SITE_CONFIG);
	});
});
