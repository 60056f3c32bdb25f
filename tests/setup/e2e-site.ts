/**
 * What the one end-to-end site is built from, for playwright.config.ts and the tests that
 * check the site against it: the bundled debates, the fixture debates, and a debate imported
 * from the corpora just before the build (tests/setup/import-corpus.ts).
 */
import { delimiter, join } from 'node:path';
import { CORPORA } from '../../src/lib/testing/corpora';

export const BUILD_DIR = process.env.CRUX_BUILD_DIR ?? 'build-e2e';
/** Where import-corpus.ts writes; git-ignored like every build-* folder. */
export const IMPORTED_DIR = `${BUILD_DIR}-imported`;
export const MICROTEXT = join(CORPORA, 'microtexts', 'arggraph', 'micro_b001.xml');
/** The argument folders, joined as CRUX_ARGUMENTS takes them. */
export const ARGUMENT_FOLDERS =
	process.env.CRUX_ARGUMENTS ??
	['arguments', 'tests/fixtures/arguments', IMPORTED_DIR].join(delimiter);
