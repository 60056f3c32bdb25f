/**
 * The seam between Crux and other argument formats. An exporter reads the assembled
 * `Debate` (the model); an importer writes `DebateFiles` (YAML text in memory), so what
 * it produces goes through the same validator as hand-written files. The model never
 * imports a format: formats depend on the model, not the other way round.
 */
import type { Debate } from '$lib/model/types';
import type { DebateFiles } from '$lib/validate';
import type { ImportReport } from './report';

export interface ImportOptions {
	/** The debate id (folder name) to write; derived from the title when missing. */
	debateId?: string;
	/** Name of the file read, for the report and for the imported-document source. */
	fileName?: string;
}

export interface ImportResult {
	files: DebateFiles;
	report: ImportReport;
	/** The format's own key of each claim (Kialo "1.2", an AIF nodeID, an Argdown title) → its Crux id. */
	ids: Record<string, string>;
}

export interface Format {
	/** Short name used by `--format` and in download file names. */
	id: string;
	/** Plain words for people: "Argdown", "AIF (JSON)". */
	name: string;
	/** Content type of the exported text (file names are in downloads.ts). */
	mediaType?: string;
	export?(debate: Debate): string;
	import?(text: string, opts?: ImportOptions): ImportResult;
	/** True when `text` looks like this format (used when no `--format` is given). */
	detect?(text: string): boolean;
}

/** Bad input: a message for people, with where in the file it is. Never a stack trace. */
export class ImportError extends Error {
	constructor(
		message: string,
		readonly line?: number,
		readonly column?: number
	) {
		super(message);
		this.name = 'ImportError';
	}
}
