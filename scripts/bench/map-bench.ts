/**
 * Map benchmark: prints numbers, asserts nothing (budgets are judged by people).
 *  - JS transferred (gzip) before the graph is drawn
 *  - navigation → interactive graph
 *  - select + trace (tap → classes applied → next frame rendered)
 * for the bundled debate and for a synthetic 2,000-claim debate built at build time.
 * Usage: npm run bench  (or: tsx scripts/bench/map-bench.ts [--claims 2000] [--runs 5])
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? Number(args[i + 1]) : fallback;
};
const CLAIMS = flag('claims', 2000);
const RUNS = flag('runs', 5);
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

function build(env: Record<string, string>) {
	const t = performance.now();
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, ...env }
	});
	return performance.now() - t;
}

async function serve(dir: string, port: number): Promise<ChildProcess> {
	const child = spawn(process.execPath, ['scripts/serve.js', dir, String(port)], {
		stdio: 'ignore'
	});
	for (let i = 0; i < 50; i++) {
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
 * Runs in the page: tap random claims and time tap → the render that shows the highlight.
 * A plain string, so the TypeScript runner's helpers never leak into the page.
 */
const TRACE_IN_PAGE = `async (samples) => {
	const el = document.querySelector('.map');
	const cy = el._cyreg.cy;
	const nodes = cy.nodes().not('.veil');
	const times = [];
	let seed = 7;
	const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
	// Each sample starts from no selection, as a reader's click would.
	for (let i = 0; i < samples; i++) {
		const node = nodes[Math.floor(rand() * nodes.length)];
		await frame();
		await frame();
		// Done when Cytoscape has drawn a frame that shows the new highlight.
		const drawn = new Promise((resolve) => {
			const onRender = () => {
				if (el.dataset.highlighted === '0' || !node.hasClass('hl')) return;
				cy.off('render', onRender);
				resolve(performance.now());
			};
			cy.on('render', onRender);
		});
		const t = performance.now();
		node.emit('tap');
		times.push((await drawn) - t);
		cy.emit('tap');
		await frame();
	}
	return times;
}`;

async function measure(browser: Browser, dir: string, url: string, samples: number) {
	const loads: number[] = [];
	let jsGzip = 0;
	let jsFiles = 0;
	let trace: number[] = [];
	const marks: Array<Record<string, number>> = [];
	for (let run = 0; run < RUNS; run++) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		const scripts = new Set<string>();
		page.on('request', (r) => {
			if (r.resourceType() === 'script' || r.url().endsWith('.js'))
				scripts.add(new URL(r.url()).pathname);
		});
		const t0 = Date.now();
		await page.goto(url);
		await page.waitForSelector('.map[data-ready="true"]', { timeout: 60_000 });
		// One frame after ready: the first interactive frame is on screen.
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
		loads.push(Date.now() - t0);
		marks.push(
			(await page.evaluate(`(() => {
				const nav = performance.getEntriesByType('navigation')[0];
				const at = (n) => Math.round(performance.getEntriesByName(n)[0]?.startTime ?? -1);
				return { html: Math.round(nav.responseEnd), dcl: Math.round(nav.domContentLoadedEventEnd), mount: at('crux:map-mount'), loaded: at('crux:cytoscape-loaded'), created: at('crux:cytoscape-created'), firstRender: at('crux:first-render') };
			})()`)) as Record<string, number>
		);
		if (run === 0) {
			for (const path of scripts) {
				const file = join(dir, path);
				if (existsSync(file)) {
					jsGzip += gzipSync(readFileSync(file), { level: 9 }).length;
					jsFiles++;
				}
			}
			trace = (await page.evaluate(`(${TRACE_IN_PAGE})(${samples})`)) as number[];
		}
		await context.close();
	}
	const phases = Object.keys(marks[0])
		.map((k) => `${k} ${median(marks.map((m) => m[k]))}`)
		.join(', ');
	return {
		load: median(loads),
		jsGzip,
		jsFiles,
		traceMedian: median(trace),
		traceP95: p95(trace),
		phases
	};
}

async function main() {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
	const rows: string[] = [];
	const report = (name: string, r: Awaited<ReturnType<typeof measure>>, buildMs: number) =>
		rows.push(
			`${name.padEnd(22)} build ${(buildMs / 1000).toFixed(1).padStart(5)} s | JS before graph ${(r.jsGzip / 1024).toFixed(1).padStart(6)} kB gzip (${r.jsFiles} files) | nav → interactive ${String(r.load).padStart(5)} ms | select+trace median ${r.traceMedian.toFixed(1).padStart(6)} ms, p95 ${r.traceP95.toFixed(1).padStart(6)} ms\n${''.padEnd(23)}phases (ms since navigation): ${r.phases}`
		);
	try {
		const dir = resolve('.bench/site-bundled');
		const kit = resolve('.bench/kit-bundled');
		const buildMs = build({ CRUX_BUILD_DIR: dir, CRUX_KIT_DIR: kit });
		const server = await serve(dir, 4391);
		try {
			report(
				'bundled debate',
				await measure(browser, dir, 'http://127.0.0.1:4391/japan-taiwan', 30),
				buildMs
			);
		} finally {
			server.kill();
		}

		const root = mkdtempSync(join(tmpdir(), 'crux-map-bench-'));
		try {
			execFileSync(
				'npx',
				[
					'tsx',
					'scripts/generate-synthetic.ts',
					'--claims',
					String(CLAIMS),
					'--out',
					root,
					'--id',
					'synthetic',
					'--seed',
					'1'
				],
				{ stdio: 'ignore' }
			);
			const sdir = resolve('.bench/site-synthetic');
			const sbuild = build({
				CRUX_ARGUMENTS: root,
				CRUX_BUILD_DIR: sdir,
				CRUX_KIT_DIR: resolve('.bench/kit-synthetic')
			});
			const server2 = await serve(sdir, 4392);
			try {
				report(
					`synthetic ${CLAIMS} claims`,
					await measure(browser, sdir, 'http://127.0.0.1:4392/synthetic', 30),
					sbuild
				);
			} finally {
				server2.kill();
			}
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	} finally {
		await browser.close();
	}
	console.log(`Map benchmark (${RUNS} page loads each, median; 30 random selections)`);
	for (const r of rows) console.log(r);
}

main().catch((e) => {
	console.error(`map benchmark failed: ${e instanceof Error ? e.message : e}`);
	process.exit(1);
});
