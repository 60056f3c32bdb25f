import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/notes.txt': 'to do',
		'claim/typo.yaml': 'text: A claim.\n',
		// Hidden files and folders are reported (their claims would be gone without a word)...
		'claims/.hidden-claim.yaml': 'text: A claim.\n',
		'claims/.drafts/draft.yaml': 'text: A claim.\n',
		// ...but what an OS or editor drops beside them is nobody's mistake.
		'claims/.DS_Store': 'x',
		'claims/.sea-lanes.yaml.swp': 'x',
		'.gitkeep': ''
	},
	expect: [
		'arguments/demo/claim/typo.yaml:1:1  The folder "claim/" is not part of the format; files in it are not read.',
		'arguments/demo/claims/.drafts/draft.yaml:1:1  The folder "claims/.drafts/" is hidden (its name starts with "."), so "draft.yaml" in it is not read.',
		'arguments/demo/claims/.hidden-claim.yaml:1:1  ".hidden-claim.yaml" is not read: a name starting with "." hides the file.',
		'arguments/demo/claims/notes.txt:1:1  "notes.txt" is not read: claims/ holds only .yaml files, one per claim.'
	]
});
