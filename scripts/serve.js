#!/usr/bin/env node
// A static file server that behaves like common static hosts (GitHub Pages, Netlify):
// "/a/b" serves a/b.html or a/b/index.html, anything missing gets 404.html with status 404,
// and an address that is not a well-formed path (a broken %-escape, a NUL) gets 400.
// The end-to-end tests run against it so they test the real build output.
// Usage: node scripts/serve.js [dir=build] [port=4173] [--port N]
//   (so `npm run preview -- --port 4612` works as people expect)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = 'Usage: node scripts/serve.js [dir=build] [port=4173] [--port N]';
let args;
try {
	args = parseArgs({ allowPositionals: true, options: { port: { type: 'string', short: 'p' } } });
} catch (e) {
	console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
	process.exit(2);
}
const root = resolve(args.positionals[0] ?? 'build');
const portText = args.values.port ?? args.positionals[1] ?? process.env.PORT ?? '4173';
const port = Number(portText);
if (!/^\d+$/.test(String(portText)) || port > 65535) {
	console.error(`"${portText}" is not a port number.\n${USAGE}`);
	process.exit(2);
}
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

const plain = (res, status, text) =>
	res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text);

const server = createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let path;
	try {
		path = decodeURIComponent(url.pathname);
	} catch {
		// What a static host does with "%E0%A4%A": refuse it, rather than serve some other page.
		plain(res, 400, 'Bad request: the address is not a well-formed path.');
		return;
	}
	if (path.includes('\0')) {
		plain(res, 400, 'Bad request: the address is not a well-formed path.');
		return;
	}
	const base = join(root, normalize(path));
	if (base !== root && !base.startsWith(root + sep)) {
		plain(res, 403, 'Forbidden.');
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
		plain(res, 404, 'Not found');
	}
});
server.on('error', (e) => {
	console.error(
		e.code === 'EADDRINUSE' ? `Port ${port} is in use; choose another with --port.` : String(e)
	);
	process.exit(1);
});
server.listen(port, '127.0.0.1', () =>
	console.log(`Serving ${root} on http://127.0.0.1:${server.address().port}`)
);
