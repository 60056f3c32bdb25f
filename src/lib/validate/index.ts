/**
 * The validator's public, browser-safe API. Node-only helpers (reading folders) live in
 * ./node so that importing this module never pulls in `node:` built-ins.
 */
export type { Problem } from './problem';
export { sortProblems, hasErrors } from './problem';
export type { DebateFiles, ValidateOptions } from './validate-debate';
export { validateDebateFiles } from './validate-debate';
export type { KnownIds } from './check-claim-file';
export { checkClaimFile } from './check-claim-file';
export type { FormatOptions } from './format';
export { formatProblems, summary } from './format';
export { normalizeQuote, containsQuote, closestPassage } from './check-quotes';
