/** A hand-built debate with every role, for the prep tests; its shape is drawn in rolesDebate's comment. */
import { tinyDebate } from '$lib/testing/tiny-debate';
import type { Debate } from '$lib/model/types';

const q = (source: string, locator: string, quote = `Quote at ${locator}.`) => ({
	source,
	quote,
	locator
});

/**
 * A town-hall talk (2020; parts Author, then Builder) and a later essay by Cy Writer (2023).
 *
 *   thesis ← ann0 (Author ¶1), ann1 (Author ¶3), cy (essay ¶1), abe (essay ¶2, quoted by Cy)
 *   thesis ⊣ bob1 (Builder ¶5) ⊣ grant (Builder ¶6: Bob concedes it)
 *   thesis ⊣ obj (Author ¶2: raised by Ann to answer it) ⊣ reply (Author ¶2, Ann)
 *   ann1 ⊣ bob2 (Builder ¶7), unanswered
 */
export function rolesDebate(): Debate {
	const d = tinyDebate({
		ann1: { supports: ['thesis'], speaker: 'ann', evidence: [q('talk', 'Author, para. 3')] },
		ann0: {
			supports: ['thesis'],
			label: 'First line',
			speaker: 'ann',
			evidence: [q('talk', 'Author, para. 1'), q('essay', 'para. 4')]
		},
		cy: { supports: ['thesis'], speaker: 'cy', evidence: [q('essay', 'para. 1')] },
		abe: { supports: ['thesis'], speaker: 'abe', evidence: [q('essay', 'para. 2')] },
		bob1: { attacks: ['thesis'], speaker: 'bob', evidence: [q('talk', 'Builder, para. 5')] },
		bob2: { attacks: ['ann1'], speaker: 'bob', evidence: [q('talk', 'Builder, para. 7')] },
		grant: {
			attacks: ['bob1'],
			speaker: 'bob',
			role: 'conceded',
			evidence: [q('talk', 'Builder, para. 6')]
		},
		obj: {
			attacks: ['thesis'],
			role: 'raised',
			by: 'ann',
			label: 'Some say no',
			evidence: [q('talk', 'Author, para. 2')]
		},
		reply: { attacks: ['obj'], speaker: 'ann', evidence: [q('talk', 'Author, para. 2')] }
	});
	d.people.cy = { id: 'cy', name: 'Cy Writer', kind: 'person' };
	d.people.abe = { id: 'abe', name: 'Shinzo Abe', kind: 'person' };
	d.sources.talk = {
		id: 'talk',
		title: 'Town hall',
		kind: 'debate',
		authors: ['Ann Author', 'Bob Builder'],
		publisher: 'Town Council',
		date: '2020',
		parts: ['Author', 'Builder'],
		url: 'https://example.org/talk'
	};
	d.sources.essay = {
		id: 'essay',
		title: 'Later thoughts',
		kind: 'op-ed',
		authors: ['Cy Writer'],
		date: '2023'
	};
	return d;
}
