/** Links to GitHub's "create a new file" page, prefilled with a file name and its content. */
import { safeHref } from '$lib/model/citation';
import { CRUX_BRANCH, CRUX_REPO, REPO_PATTERN } from './config';

export interface NewFileLink {
	/** Path inside the repository, e.g. "arguments/japan-taiwan/claims/my-claim.yaml". */
	path: string;
	value: string;
	/** "owner/name"; defaults to the configured repository. */
	repo?: string;
	branch?: string;
}

/** https://github.com/<owner>/<repo>/new/<branch>?filename=<path>&value=<content>; undefined if the repository is malformed. */
export function githubNewFileUrl({
	path,
	value,
	repo = CRUX_REPO,
	branch = CRUX_BRANCH
}: NewFileLink): string | undefined {
	if (!REPO_PATTERN.test(repo) || repo.includes('..')) return undefined;
	const [owner, name] = repo.split('/');
	const br = branch
		.split('/')
		.filter((s) => s && s !== '.' && s !== '..')
		.map(encodeURIComponent)
		.join('/');
	if (!br) return undefined;
	const url = `https://github.com/${encodeURIComponent(owner)}/${encodeURIComponent(name)}/new/${br}?filename=${encodeURIComponent(path)}&value=${encodeURIComponent(value)}`;
	return safeHref(url);
}
