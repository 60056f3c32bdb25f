/**
 * The status vocabulary: what a computed verdict is called and how it is marked, in one
 * place for the map, the panel, claim pages, prep, the brief and the PR diff. Words and
 * a mark always, never colour alone. The verdicts themselves come from src/lib/evaluate;
 * the rules behind them are written out for readers on the "How status is computed" page.
 *
 * The names say what the map shows about a claim, not whether it is true, and they read
 * the same wherever the claim is listed (an attack listed under a line "falls" when it has
 * been answered): names for the claim itself, never for its relation to another.
 * - unchallenged: nothing that counts attacks it (only, perhaps, its own speaker's concessions);
 * - answered ("Holds"): it is attacked, and every attack that counts is answered by a claim
 *   that stands;
 * - unanswered ("Falls"): at least one attack on it stands, answered by nothing that stands;
 * - clash ("Open clash"): it and another claim attack each other and the map cannot say which
 *   prevails: a reader must judge it (the ballot does);
 * - contested: open, but not itself in a clash: the attacks on it run through an open clash
 *   or a loop of claims answering one another that the map does not settle either way;
 * - rejected: a reader's ballot rejected it, so its attacks and supports do not count.
 * The first two stand (grounded label in), unanswered and rejected do not (out), clash and
 * contested are open (undec).
 */
export type StatusKind =
	'unchallenged' | 'answered' | 'unanswered' | 'clash' | 'contested' | 'rejected';

export const STATUS_KINDS: readonly StatusKind[] = [
	'unchallenged',
	'answered',
	'unanswered',
	'clash',
	'contested',
	'rejected'
];

/** Plain words for a status, for badges and screen readers. */
export const STATUS_NAMES: Record<StatusKind, string> = {
	unchallenged: 'Unchallenged',
	answered: 'Holds',
	unanswered: 'Falls',
	clash: 'Open clash',
	contested: 'Contested',
	rejected: 'Rejected'
};

/** A mark that says the same as the colour does. */
export const STATUS_MARKS: Record<StatusKind, string> = {
	unchallenged: '○',
	answered: '✓',
	unanswered: '!',
	clash: '⇄',
	contested: '?',
	rejected: '✕'
};

/** One sentence per status: what it tells a debater. */
export const STATUS_MEANINGS: Record<StatusKind, string> = {
	unchallenged:
		'Nothing in the map attacks it yet (its own speaker’s concessions do not count). It stands, but only because no one has challenged it.',
	answered:
		'It is attacked, and every attack on it is answered by a claim that itself stands. It holds.',
	unanswered:
		'At least one attack on it stands and nothing that stands answers it. Until that attack is answered it falls; that does not show it is false.',
	clash:
		'It and another claim attack each other, and the map cannot say which prevails: judge it. Decide the clash on a ballot to see what follows.',
	contested:
		'The attacks on it run through an open clash or a loop of claims answering one another, and the map does not settle it either way.',
	rejected:
		'Your ballot rejects it: its attacks and supports do not count. Reset the ballot to see the map’s own verdicts.'
};

/**
 * Colours for a status (the map's overlay, badges): never the only signal, always beside the
 * word and the mark. Unchallenged is grey: standing only because nobody has attacked it.
 */
export const STATUS_TONES: Record<StatusKind, string> = {
	unchallenged: '#6b7280',
	answered: '#16a34a',
	unanswered: '#dc2626',
	clash: '#d97706',
	contested: '#b45309',
	rejected: '#4b5563'
};

/** Whether the claim is open (grounded "undec"): in a clash or downstream of one. */
export function open(kind: StatusKind): boolean {
	return kind === 'clash' || kind === 'contested';
}

/** Whether the claim stands in the map: the grounded labelling's "in". */
export function stands(kind: StatusKind): boolean {
	return kind === 'unchallenged' || kind === 'answered';
}
