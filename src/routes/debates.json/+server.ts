/** Every debate's id and title: the 404 page suggests one for a mistyped address. */
import { json } from '@sveltejs/kit';
import { debates } from '$lib/server/debates';

export const prerender = true;

export function GET() {
	return json([...debates().values()].map((d) => ({ id: d.id, title: d.meta.title })));
}
