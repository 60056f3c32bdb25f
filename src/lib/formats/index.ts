/**
 * The registry of exchange formats: one module per format, each an export, an import or
 * both. Scripts, endpoints and tests find formats here; nothing else names them.
 */
import { aif } from './aif';
import { argdown } from './argdown';
import { arggraph } from './arggraph';
import { cruxJson } from './crux-json';
import { kialo } from './kialo';
import type { Format } from './types';

export type { Format, ImportOptions, ImportResult } from './types';
export { ImportError } from './types';
export { formatReport, type ImportReport } from './report';

export const FORMATS: readonly Format[] = [argdown, aif, cruxJson, kialo, arggraph];

export function formatById(id: string): Format | undefined {
	return FORMATS.find((f) => f.id === id);
}

/** The importer a text looks like, most specific first: JSON shapes, XML, then the plain-text formats. */
export function detectFormat(text: string): Format | undefined {
	for (const id of ['json', 'aif', 'arggraph', 'kialo', 'argdown']) {
		const f = formatById(id)!;
		if (f.import && f.detect?.(text)) return f;
	}
	return undefined;
}
