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
	written: {
		claims: number;
		supports: number;
		attacks: number;
		people: number;
		sources: number;
		/** Stubs of renamed claims. */
		moved?: number;
		/** Undercuts, and linked groups (premises that count only together). */
		undercuts?: number;
		groups?: number;
	};
	adjustments: Adjustment[];
}

/**
 * Collects adjustments as importers and the fitting step run into them. One entry per code
 * and wording: where one code covers different cases ("entails became a support",
 * "contradictory became an attack"), each case is counted under its own words.
 */
export class Reporter {
	readonly read: Record<string, number> = {};
	private readonly byCode = new Map<string, Adjustment>();

	count(what: string, n = 1): void {
		this.read[what] = (this.read[what] ?? 0) + n;
	}

	adjust(code: string, what: string, example?: string): void {
		const key = `${code}\u0000${what}`;
		let a = this.byCode.get(key);
		if (!a) this.byCode.set(key, (a = { code, what, count: 0, examples: [] }));
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
		`Wrote: ${r.written.claims} claims, ${r.written.supports} supports, ${r.written.attacks} attacks, ${r.written.people} people, ${r.written.sources} sources${r.written.undercuts ? `, ${r.written.undercuts} undercuts` : ''}${r.written.groups ? `, ${r.written.groups} linked groups` : ''}${r.written.moved ? `, ${r.written.moved} renamed-claim stubs` : ''}.`
	];
	if (!r.adjustments.length) lines.push('Everything was represented exactly.');
	else {
		const total = r.adjustments.reduce((n, a) => n + a.count, 0);
		lines.push(
			`Not represented exactly: ${total} change${total === 1 ? '' : 's'} of ${r.adjustments.length} kind${r.adjustments.length === 1 ? '' : 's'} (each is also noted on the claims concerned):`
		);
		for (const a of r.adjustments) {
			const ex = a.examples.length ? ` (e.g. ${a.examples.join('; ')})` : '';
			lines.push(`  ${a.count} × ${a.code}: ${a.what}${ex}`);
		}
	}
	return lines.join('\n');
}
