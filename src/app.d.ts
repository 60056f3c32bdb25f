// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** Near-miss ids offered on a "no such claim" page. */
			suggestions?: Array<{ id: string; title: string }>;
		}
	}
}

export {};
