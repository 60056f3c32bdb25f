/**
 * Tables keyed by names that come from data (claim, person, source and tag ids, titles in an
 * imported file). A plain object answers `table["constructor"]` with Object's constructor and
 * `"toString" in table` with true, and `table["__proto__"] = x` replaces its prototype; so such
 * tables are null-prototype objects (`dict`), or are read with `own`, which sees only what the
 * table itself holds. A Map is as good where no JSON or page data is involved.
 * The bottom of the pipeline: imports nothing.
 */

/** An empty table with no prototype, or one holding `entries`: no key means anything but itself. */
export function dict<T>(entries?: Iterable<readonly [string, T]>): Record<string, T> {
	const table = Object.create(null) as Record<string, T>;
	if (entries) for (const [k, v] of entries) table[k] = v;
	return table;
}

/** `table[key]` when the table itself holds that key, else undefined (never an inherited member). */
export function own<T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
	return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Whether the table itself holds `key` (what `key in table` means to say). */
export function has(table: Readonly<Record<string, unknown>> | undefined, key: string): boolean {
	return table !== undefined && Object.hasOwn(table, key);
}
