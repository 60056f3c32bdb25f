/**
 * Map and site benchmark: prints numbers, asserts nothing (budgets are judged by people).
 * For the bundled debate and synthetic debates (2,000 and 10,000 claims by default):
 *  - site build time, page count, the largest page with its data (gzip), the map's data
 *  - JS transferred (gzip) before the map is drawn
 *  - navigation → first legible frame
 *  - the default view at 1280×720: claims drawn, legible (≥ 12 CSS px) and not
 *  - select + trace + frame (tap → the render that shows the highlight)
 *  - opening a collapsed branch (tap its strip → the render that shows its replies)
 *  - the overview of the whole debate: building its marks, and opening it (a click on ◎ →
 *    the second frame after, when it is painted)
 * Usage: npm run bench  (or: tsx scripts/bench/map-bench.ts [--claims 2000,10000] [--runs 5]
 * [--port 4391]: the sites are served one after another on that port)
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';

const { values } = parseArgs({
	options: {
		claims: { type: 'string', default: '2000,10000' },
		runs: { type: 'string', default: '5' },
		port: { type: 'string', default: '4391' }
	},
	strict: true
});
const SIZES = values.claims
	.split(',')
	.map(Number)
	.filter((n) => n > 0);
const RUNS = Number(values.runs);
const PORT = Number(values.port);
const CHROMIUM =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function build(env: Record<string, string>) {
	const t = performance.now();
	const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], {
		stdio: ['ignore', 'ignore', 'pipe'],
		env: { ...process.env, ...env },
		encoding: 'utf8'
	});
	// A build in its own kit folder makes SvelteKit suggest a tsconfig change; that is not news.
	const errors = result.stderr
		.replace(/Your tsconfig\.json should extend[^\n]*\n\{\n[^\n]*\n\}\n?/g, '')
		.trim();
	if (errors) process.stderr.write(`${errors}\n`);
	if (result.status !== 0) throw new Error(`vite build failed (${result.status})`);
	return performance.now() - t;
}

/** Every page of the built site with its size gzipped (prerendered data is inline in it). */
function pages(dir: string): { count: number; largest: { path: string; gzip: number } } {
	let count = 0;
	let largest = { path: '', gzip: 0 };
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const full = join(d, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (name.endsWith('.html')) {
				count++;
				const size = gz(full);
				if (size > largest.gzip) largest = { path: full.slice(dir.length), gzip: size };
			}
		}
	};
	walk(dir);
	return { count, largest };
}

async function serve(dir: string, port: number): Promise<ChildProcess> {
	const child = spawn(process.execPath, ['scripts/serve.js', dir, String(port)], {
		stdio: 'ignore'
	});
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error('static server did not start');
}

/**
 * In the page: tap claims and time tap → the render that shows the highlight; then open
 * the collapsed claim with the most hidden replies and time tap → the render showing them.
 * A plain string, so the TypeScript runner's helpers never leak into the page.
 */
const INTERACT = `async (samples) => {
	const el = document.querySelector('.map');
	const m = el.cruxMap;
	const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
	const until = (test) => new Promise((resolve) => {
		const on = () => { if (test()) { m.offRender(on); resolve(performance.now()); } };
		m.onRender(on);
	});
	let seed = 7;
	const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const trace = [];
	for (let i = 0; i < samples; i++) {
		const claims = m.claims();
		const id = claims[Math.floor(rand() * claims.length)];
		await frame(); await frame();
		const done = until(() => m.hasClass(id, 'hl'));
		const t = performance.now();
		m.tap(id);
		trace.push((await done) - t);
		await new Promise((r) => setTimeout(r, 320));
		document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
		await new Promise((r) => setTimeout(r, 50));
	}
	// Open the collapsed claim whose strip hides the most replies (closest to 20).
	const strips = m.nodes().filter((n) => n.kind === 'strip' && n.text.startsWith('▸'));
	const count = (n) => Number((n.text.match(/\\d+/) || ['0'])[0]);
	strips.sort((a, b) => Math.abs(count(a) - 20) - Math.abs(count(b) - 20));
	let expand = -1, opened = 0;
	if (strips.length) {
		const s = strips[0];
		opened = count(s);
		const before = m.claims().length;
		await frame(); await frame();
		const done = until(() => m.claims().length > before);
		const t = performance.now();
		m.tap(s.id);
		expand = (await done) - t;
	}
	// The overview: its marks are built once the page is idle; opening it paints them.
	await new Promise((r) => setTimeout(r, 400));
	const open = document.querySelector('button[aria-label="Overview of the whole debate"]');
	let overview = -1, build = -1, marks = 0;
	if (open) {
		await frame(); await frame();
		const t = performance.now();
		open.click();
		await frame(); await frame();
		overview = performance.now() - t;
		const s = performance.getEntriesByName('crux:overview-start')[0];
		const d = performance.getEntriesByName('crux:overview-drawn')[0];
		if (s && d) build = d.startTime - s.startTime;
		marks = document.querySelectorAll('.overview [data-claim]').length;
	}
	return { trace, expand, opened, overview, build, marks };
}`;

interface Result {
	firstFrame: number;
	jsGzip: number;
	drawn: number;
	legible: number;
	illegible: number;
	trace: number[];
	expand: number;
	opened: number;
	overview: number;
	build: number;
	marks: number;
}

async function measure(browser: Browser, dir: string, url: string): Promise<Result> {
	const frames: number[] = [];
	let first: Omit<Result, 'firstFrame'> | undefined;
	for (let run = 0; run < RUNS; run++) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
		const page: Page = await context.newPage();
		const scripts = new Set<string>();
		page.on('request', (r) => {
			if (r.resourceType() === 'script' || r.url().endsWith('.js'))
				scripts.add(new URL(r.url()).pathname);
		});
		await page.goto(url);
		await page.waitForSelector('.map[data-ready="true"]', { timeout: 60_000 });
		await page.waitForFunction(
			() => performance.getEntriesByName('crux:first-frame').length > 0,
			null,
			{
				timeout: 60_000
			}
		);
		frames.push(
			(await page.evaluate(
				() => performance.getEntriesByName('crux:first-frame')[0].startTime
			)) as number
		);
		if (run === 0) {
			let jsGzip = 0;
			for (const path of scripts) {
				const file = join(dir, path);
				if (existsSync(file)) jsGzip += gz(file);
			}
			const facts = (await page.evaluate(`(() => {
				const nodes = document.querySelector('.map').cruxMap.nodes().filter((n) => n.inView && n.text && n.kind === 'claim');
				return { drawn: nodes.length, legible: nodes.filter((n) => n.fontPx >= 12).length };
			})()`)) as { drawn: number; legible: number };
			const interact = (await page.evaluate(`(${INTERACT})(30)`)) as Pick<
				Result,
				'trace' | 'expand' | 'opened' | 'overview' | 'build' | 'marks'
			>;
			first = { jsGzip, ...facts, illegible: facts.drawn - facts.legible, ...interact };
		}
		await context.close();
	}
	return { firstFrame: median(frames), ...first! };
}

async function site(
	browser: Browser,
	name: string,
	env: Record<string, string>,
	debate: string,
	port: number
): Promise<string> {
	const dir = resolve(`.bench/site-${port}`);
	const buildMs = build({
		...env,
		CRUX_BUILD_DIR: dir,
		CRUX_KIT_DIR: resolve(`.bench/kit-${port}`)
	});
	const p = pages(dir);
	const mapHtml = gz(join(dir, `${debate}.html`));
	const server = await serve(dir, port);
	try {
		const r = await measure(browser, dir, `http://127.0.0.1:${port}/${debate}`);
		return [
			`${name}`,
			`  build ${(buildMs / 1000).toFixed(1)} s, ${p.count} pages; largest page with its data ${kb(p.largest.gzip)} gzip (${p.largest.path}); map page with its data ${kb(mapHtml)} gzip`,
			`  JS before the map ${kb(r.jsGzip)} gzip | nav → first legible frame ${r.firstFrame.toFixed(0)} ms (median of ${RUNS})`,
			`  default view 1280×720: ${r.drawn} claims drawn, ${r.legible} legible (≥ 12 px), ${r.illegible} not`,
			`  select + trace + frame: median ${median(r.trace).toFixed(1)} ms, p95 ${p95(r.trace).toFixed(1)} ms (30 taps) | open a branch of ${r.opened}: ${r.expand.toFixed(1)} ms`,
			`  overview of ${r.marks} marks: built in ${r.build.toFixed(1)} ms (once, when the page is idle); opened and painted in ${r.overview.toFixed(1)} ms`
		].join('\n');
	} finally {
		server.kill();
	}
}

async function main() {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
	const rows: string[] = [];
	try {
		rows.push(await site(browser, 'bundled debate (japan-taiwan)', {}, 'japan-taiwan', PORT));
		for (const claims of SIZES) {
			const root = mkdtempSync(join(tmpdir(), 'crux-map-bench-'));
			try {
				execFileSync(
					'npx',
					[
						'tsx',
						'scripts/generate-synthetic.ts',
						'--claims',
						String(claims),
						'--out',
						root,
						'--id',
						'synthetic',
						'--seed',
						'1'
					],
					{ stdio: 'ignore' }
				);
				rows.push(
					await site(
						browser,
						`synthetic, ${claims} claims`,
						{ CRUX_ARGUMENTS: root },
						'synthetic',
						PORT
					)
				);
			} finally {
				rmSync(root, { recursive: true, force: true });
			}
		}
	} finally {
		await browser.close();
	}
	console.log(
		`Map and site benchmark (${RUNS} page loads each for the first frame; 2 cores, software raster)`
	);
	for (const r of rows) console.log(r);
}

main().catch((e) => {
	console.error(`map benchmark failed: ${e instanceof Error ? e.message : e}`);
	process.exit(1);
});
