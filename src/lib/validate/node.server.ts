/** Node entry: the browser-safe API plus folder reading. Import this from scripts and the build, never from the app. */
export * from '.';
export { readDebateDir, loadDebates, type LoadOptions } from './read-dir.server';
