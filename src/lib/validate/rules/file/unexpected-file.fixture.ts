import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: { 'claims/notes.txt': 'to do', 'claim/typo.yaml': 'text: A claim.\n' },
	expect: [
		'arguments/demo/claim/typo.yaml:1:1  The folder "claim/" is not part of the format; files in it are not read.',
		'arguments/demo/claims/notes.txt:1:1  "notes.txt" is not read: claims/ holds only .yaml files, one per claim.'
	]
});
