/**
 * The import report: what was read, and every place where the foreign data could not be
 * represented exactly, with what the importer did instead. Nothing is dropped silently:
 * each adjustment is counted here and, where it concerns a claim, noted on that claim.
 */
export interface Adjustment {
	/** Stable code, e.g. "undercut", "linked-premises", "synthetic-thesis". */
	code: string;
	/** What the source had that Crux cannot say, and what was done instead. */
	what: string;
	count: number;
	/** A few examples (claim keys or short texts), for the reader to look at. */
	examples: string[];
}

export interface ImportReport {
	format: string;
	fileName?: string;
	debateId: string;
	/** What was read, in the format's own terms ("I-nodes": 5, "Pro": 328, …). */
	read: Record<string, number>;
	/** What was written. */
	written: { claims: number; supports: number; attacks: number; people: number; sources: number };
	adjustments: Adjustment[];
}

/** Collects adjustments as importers and the fitting step run into them. */
export class Reporter {
	readonly read: Record<string, number> = {};
	private readonly byCode = new Map<string, Adjustment>();

	count(what: string, n = 1): void {
		this.read[what] = (this.read[what] ?? 0) + n;
	}

	adjust(code: string, what: string, example?: string): void {
		let a = this.byCode.get(code);
		if (!a) this.byCode.set(code, (a = { code, what, count: 0, examples: [] }));
		a.count++;
		if (example !== undefined && a.examples.length < 3) a.examples.push(example);
	}

	adjustments(): Adjustment[] {
		return [...this.byCode.values()];
	}
}

/** The report as plain text for the terminal. */
export function formatReport(r: ImportReport): string {
	const lines = [
		`Imported ${r.fileName ?? 'input'} (${r.format}) as debate "${r.debateId}".`,
		`Read: ${
			Object.entries(r.read)
				.map(([k, v]) => `${v} ${k}`)
				.join(', ') || 'nothing'
		}.`,
		`Wrote: ${r.written.claims} claims, ${r.written.supports} supports, ${r.written.attacks} attacks, ${r.written.people} people, ${r.written.sources} sources.`
	];
	if (!r.adjustments.length) lines.push('Everything was represented exactly.');
	else {
		lines.push('Not represented exactly (each is also noted on the claims concerned):');
		for (const a of r.adjustments) {
			const ex = a.examples.length ? ` (e.g. ${a.examples.join('; ')})` : '';
			lines.push(`  ${a.count} × ${a.code}: ${a.what}${ex}`);
		}
	}
	return lines.join('\n');
}
