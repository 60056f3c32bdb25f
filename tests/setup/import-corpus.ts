/**
 * Before the one end-to-end build (playwright.config.ts runs this first): imports a microtext
 * of the corpora with `npm run import`'s own `main`, into the folder given, which the build
 * reads beside the bundled and fixture debates. So the import is tested through the built site
 * without a second build. Without the corpora it says so loudly, and the folder stays empty
 * (tests/interchange.spec.ts then skips its test, saying why).
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { main } from '../../scripts/import';
import { MICROTEXT } from './e2e-site';

const out = process.argv[2];
if (!out) {
	console.error('Usage: tsx tests/setup/import-corpus.ts <folder>');
	process.exit(2);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
if (!existsSync(MICROTEXT)) {
	console.warn(
		`SKIPPED the imported-corpus debate in the e2e site: ${MICROTEXT} is absent (set CRUX_SHARED to the folder that holds corpora/).`
	);
} else {
	const lines: string[] = [];
	const code = main([MICROTEXT, '--out', out], {
		out: (s) => void lines.push(s),
		err: (s) => void lines.push(s)
	});
	if (code !== 0) {
		console.error(`The import of ${MICROTEXT} for the e2e site failed:\n${lines.join('\n')}`);
		process.exit(1);
	}
}
