#!/usr/bin/env node
// A static file server that behaves like common static hosts (GitHub Pages, Netlify):
// "/a/b" serves a/b.html or a/b/index.html, and anything missing gets 404.html with
// status 404. The end-to-end tests run against it so they test the real build output.
// Usage: node scripts/serve.js [dir=build] [port=4173]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'build');
const port = Number(process.argv[3] ?? process.env.PORT ?? 4173);
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

async function file(path) {
	try {
		const s = await stat(path);
		return s.isFile() ? path : undefined;
	} catch {
		return undefined;
	}
}

createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let path;
	try {
		path = normalize(decodeURIComponent(url.pathname));
	} catch {
		path = '/';
	}
	const base = join(root, path);
	if (!base.startsWith(root)) {
		res.writeHead(403).end();
		return;
	}
	const found =
		(await file(base)) ?? (await file(`${base}.html`)) ?? (await file(join(base, 'index.html')));
	const target = found ?? join(root, '404.html');
	try {
		const body = await readFile(target);
		res.writeHead(found ? 200 : 404, {
			'content-type': types[extname(target)] ?? 'application/octet-stream',
			'cache-control': 'no-cache'
		});
		res.end(body);
	} catch {
		res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
	}
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} on http://127.0.0.1:${port}`));
