/**
 * The format's closed vocabularies as plain constants. schema.ts builds its zod types
 * from these and re-exports them; browser code imports them from here so that a page
 * using them never ships zod.
 */

/** The two relation kinds, as a closed union: an argument map has nothing else. */
export const RELATIONS = ['supports', 'attacks'] as const;
export type Relation = (typeof RELATIONS)[number];

/** The two sides of every debate. */
export const SIDES = ['for', 'against'] as const;
export type Side = (typeof SIDES)[number];
