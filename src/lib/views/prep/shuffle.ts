/** A seeded shuffle, small enough for the drill page to run in the browser. */
import { mulberry32 } from '$lib/shared/random';

/** Fisher–Yates driven by a seeded PRNG, so a shuffled deck can be shared by its seed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
	const out = [...items];
	const rand = mulberry32(seed);
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(rand() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}
