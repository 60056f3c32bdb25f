/**
 * The last steps every importer shares: fit the draft to Crux's rules, write it as files,
 * and report what was read, what was written and what could not be said exactly.
 */
import { id } from '$lib/schema';
import { slugify } from '$lib/shared/text';
import { fitDraft } from './fit';
import type { Draft, DraftClaim } from './draft';
import type { Reporter } from './report';
import { ImportError, type ImportOptions, type ImportResult } from './types';
import { writeDraft } from './write';

export interface FinishOptions extends ImportOptions {
	format: string;
	/** How to point at a claim inside the imported file ("claim 1.2.3", "node 119927"). */
	locator: (c: DraftClaim) => string;
}

/**
 * The debate's id, which becomes its folder name: the one asked for, which must pass the id
 * rule (so it can never name a path such as "../x" or "."), or one made from the file name or title.
 */
export function debateIdFor(draft: Draft, opts: ImportOptions): string {
	if (opts.debateId !== undefined) {
		const r = id.safeParse(opts.debateId);
		if (!r.success)
			throw new ImportError(
				`The debate id ${JSON.stringify(opts.debateId.slice(0, 100))} is not an id: it ${r.error.issues[0]?.message ?? 'must be a lowercase kebab-case id'}.`
			);
		return opts.debateId;
	}
	const fromFile = opts.fileName
		?.split(/[\\/]/)
		.pop()
		?.replace(/(\.aif)?\.[a-z0-9]+$/i, '');
	return slugify(fromFile ?? '', 60) || slugify(draft.title, 60) || 'imported';
}

export function finishImport(draft: Draft, rep: Reporter, opts: FinishOptions): ImportResult {
	const fitted = fitDraft(draft, rep, {
		document: { title: draft.title || opts.fileName || 'Imported file', locator: opts.locator }
	});
	const debateId = debateIdFor(draft, opts);
	const written = writeDraft(fitted, debateId);
	return {
		files: written.files,
		report: {
			format: opts.format,
			fileName: opts.fileName,
			debateId,
			read: rep.read,
			written: written.counts,
			adjustments: rep.adjustments()
		},
		ids: Object.fromEntries(written.claimIds)
	};
}
