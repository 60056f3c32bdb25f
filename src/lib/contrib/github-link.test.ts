import { describe, expect, it } from 'vitest';
import { DEFAULT_REPO, CRUX_REPO } from './config';
import { entityPath } from '$lib/files';
import { githubNewFileUrl } from './github-link';

describe('githubNewFileUrl', () => {
	it('prefills the file name and content', () => {
		const value = 'text: "A & B = 100%"\nattacks: [x]\n';
		const url = githubNewFileUrl({
			path: entityPath('japan-taiwan', 'claim', 'my-claim'),
			value,
			repo: 'me/crux',
			branch: 'main'
		})!;
		expect(url).toBe(
			'https://github.com/me/crux/new/main?filename=arguments%2Fjapan-taiwan%2Fclaims%2Fmy-claim.yaml&value=' +
				encodeURIComponent(value)
		);
		const u = new URL(url);
		expect(u.searchParams.get('filename')).toBe('arguments/japan-taiwan/claims/my-claim.yaml');
		expect(u.searchParams.get('value')).toBe(value);
	});

	it('uses the configured repository by default', () => {
		expect(CRUX_REPO).toBe(DEFAULT_REPO);
		expect(githubNewFileUrl({ path: 'a', value: 'b' })).toMatch(
			new RegExp(`^https://github\\.com/${DEFAULT_REPO}/new/main\\?`)
		);
	});

	it('refuses malformed repositories', () => {
		for (const repo of [
			'',
			'noslash',
			'a/b/c',
			'javascript:alert(1)//x',
			'../x/y',
			'a/..',
			'a b/c'
		])
			expect(githubNewFileUrl({ path: 'a', value: 'b', repo })).toBeUndefined();
	});
});
