/**
 * The status vocabulary: what a computed verdict is called and how it is marked, in one
 * place for the map, the panel, claim pages, prep, the brief and the PR diff. Words and
 * a mark always, never colour alone. The verdicts themselves come from src/lib/evaluate.
 */
export type StatusKind = 'standing' | 'refuted' | 'contested';

/** Plain words for a status, for badges and screen readers. */
export const STATUS_NAMES: Record<StatusKind, string> = {
	standing: 'Standing',
	refuted: 'Refuted',
	contested: 'Contested'
};

/** A mark that says the same as the colour does. */
export const STATUS_MARKS: Record<StatusKind, string> = {
	standing: '✓',
	refuted: '✗',
	contested: '?'
};
