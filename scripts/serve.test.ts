/**
 * scripts/serve.js (npm run preview, and the e2e server) as a static host answers: pages,
 * 404.html for what is missing, 400 for an address that is not a path (reliability review
 * F14), nothing outside its folder, and --port as people pass it (newcomer walkthrough F10).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
let tmp: string;
let server: ChildProcess;
let base: string;

/** Starts the server on a free port (--port 0) and returns its address. */
function start(args: string[]): Promise<{ child: ChildProcess; url: string }> {
	const child = spawn(process.execPath, ['scripts/serve.js', ...args], { cwd: ROOT });
	return new Promise((done, fail) => {
		let out = '';
		child.stdout!.on('data', (d) => {
			out += d;
			const m = /on (http:\/\/\S+)/.exec(out);
			if (m) done({ child, url: m[1] });
		});
		child.on('exit', (code) => fail(new Error(`serve.js exited with ${code}: ${out}`)));
	});
}

beforeAll(async () => {
	tmp = mkdtempSync(join(tmpdir(), 'crux-serve-'));
	const site = join(tmp, 'build');
	mkdirSync(join(site, 'd', 'claims'), { recursive: true });
	writeFileSync(join(site, 'index.html'), '<p>home</p>');
	writeFileSync(join(site, '404.html'), '<p>not found</p>');
	writeFileSync(join(site, 'd', 'claims', 'a.html'), '<p>claim a</p>');
	writeFileSync(join(tmp, 'build-secret.txt'), 'secret');
	mkdirSync(join(tmp, 'build-other'));
	writeFileSync(join(tmp, 'build-other', 'x.html'), 'other');
	({ child: server, url: base } = await start([site, '--port', '0']));
});
afterAll(() => {
	server?.kill();
	rmSync(tmp, { recursive: true, force: true });
});

const get = async (path: string) => {
	const r = await fetch(`${base}${path}`);
	return { status: r.status, text: await r.text() };
};

describe('serve.js', () => {
	it('serves pages by their address, and 404.html for what is missing', async () => {
		expect(await get('/')).toEqual({ status: 200, text: '<p>home</p>' });
		expect(await get('/d/claims/a')).toEqual({ status: 200, text: '<p>claim a</p>' });
		expect(await get('/d/claims/b')).toEqual({ status: 404, text: '<p>not found</p>' });
	});

	it('answers a malformed address with 400, not with the home page', async () => {
		for (const bad of ['/d/claims/%E0%A4%A', '/%', '/d/%00']) {
			const r = await get(bad);
			expect(r.status, bad).toBe(400);
			expect(r.text).toContain('not a well-formed path');
		}
	});

	it('never serves what is outside its folder', async () => {
		for (const sneaky of ['/..%2Fbuild-secret.txt', '/%2E%2E/build-other/x', '/../build-other/x'])
			expect((await get(sneaky)).text, sneaky).not.toMatch(/secret|other/);
	});

	it('takes --port after the folder and port npm run preview passes', async () => {
		const { child, url } = await start([join(tmp, 'build'), '4173', '--port', '0']);
		try {
			expect(url).not.toContain(':4173');
			expect((await fetch(url)).status).toBe(200);
		} finally {
			child.kill();
		}
	});
});
