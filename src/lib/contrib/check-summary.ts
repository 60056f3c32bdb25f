/**
 * The one line above the propose form's check list, in a student's words: how many things
 * must be fixed (and that they are the ones marked "To fix"), how many are only suggestions,
 * and, once it is ready, who checks the quote against the source text on this class's path.
 */
export interface CheckState {
	/** Nothing typed yet. */
	pristine: boolean;
	errors: number;
	warnings: number;
	/** The class hands proposal files to the teacher (crux.config.yaml proposals: teacher). */
	viaTeacher: boolean;
	/** The reply has a quote. */
	quoted: boolean;
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

export function checkSummary(s: CheckState): string {
	if (s.pristine) return 'Write your reply: the check runs as you type.';
	const suggestions = s.warnings
		? `${plural(s.warnings, 'suggestion')} you may leave as ${s.warnings === 1 ? 'it is' : 'they are'}`
		: '';
	if (s.errors)
		return `${plural(s.errors, 'problem')} to fix (marked “To fix”)${suggestions ? `; ${suggestions}` : ''}.`;
	const ready = s.viaTeacher ? 'your proposal is ready to download.' : 'the file is ready.';
	// No student of a teacher's class has a pull request: say what the teacher's collect checks.
	const quote = !s.quoted
		? ''
		: s.viaTeacher
			? ' When your teacher collects it, the quote is checked word for word against the source text.'
			: ' The quote is checked word for word against the source text when the pull request is checked, or when your teacher collects your proposal file.';
	return `No problems${suggestions ? ` (${suggestions})` : ''}: ${ready}${quote}`;
}
