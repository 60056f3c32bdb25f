/** Tags are themes the debate defines; a claim can only use those. */
import { closest } from '../../suggest';
import { rule, type Rule } from '../rule';
import { itemsOf, type DebateIndex } from './context';

/** Past this many, the hint names the first ones and says how many more there are. */
const LISTED = 30;

export function tagList(tags: string[]): string {
	if (tags.length <= LISTED) return tags.join(', ');
	return `${tags.slice(0, LISTED).join(', ')} and ${tags.length - LISTED} more`;
}

const r: Rule<DebateIndex> = rule<DebateIndex>({
	code: 'undefined-tag',
	severity: 'error',
	layer: 'cross-file',
	description: 'A claim uses a tag that debate.yaml does not define under `tags:`.',
	check(d) {
		const tags = d.tags;
		if (!tags) return [];
		return d.claims.flatMap((c) =>
			itemsOf(c.data?.tags, (t) => t)
				.filter(([t]) => !tags.has(t))
				.map(([t, i]) => {
					const guess = closest(t, tags);
					return r.at(
						c.path,
						c.locate(['tags', i]),
						`tags[${i}]: tag "${t}" is not defined in debate.yaml.`,
						guess
							? `Did you mean "${guess}"?`
							: tags.size
								? `Use ${tags.size === 1 ? 'the tag' : `one of the ${tags.size} tags`} listed under "tags:" in debate.yaml (${tagList([...tags])}), or add "${t}" there with a label.`
								: `debate.yaml defines no tags: add "${t}" under "tags:" there with a label, or remove it here.`
					);
				})
		);
	}
});
export default r;
