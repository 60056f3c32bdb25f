import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	disk: true,
	files: {},
	sourcesDir: 'no-such-folder',
	expect: [
		'no-such-folder:1:1  There is no source-text folder "no-such-folder", so quotes were not checked against their sources; everything else was.'
	],
	hint: 'The source texts are not in the repository (they are published works). Pass --sources with a folder holding <source-id>.txt files, or leave the flag out.'
});
