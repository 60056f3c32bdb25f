/**
 * The README's quick start, as a newcomer follows it: exactly two commands, the first starts the
 * app, and the address it gives opens a debate that is there (not the index, one click away).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const quick = readme.slice(
	readme.indexOf('## Quick start'),
	readme.indexOf('\n## ', readme.indexOf('## Quick start') + 1)
);

describe('README quick start', () => {
	it('is two commands, the first starting the app, with the address of a debate', () => {
		const commands = [...quick.matchAll(/```sh\n([^]*?)```/g)].map((m) => m[1].trim());
		expect(commands).toEqual(['npm install && npm run dev', 'npm test']);
		const before = quick.slice(0, quick.indexOf('```sh'));
		const url = before.match(/http:\/\/localhost:5173\/([a-z0-9-]+)/);
		expect(url, 'the first command’s address must open a debate, not the index').not.toBeNull();
		// The address names a debate folder of the checkout (the one the dev server shows).
		expect(existsSync(join(ROOT, 'arguments', url![1], 'debate.yaml'))).toBe(true);
	});
});
