import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	disk: true,
	files: {},
	links: { 'claims/secret.yaml': '/etc/passwd', 'sources/elsewhere': '/tmp' },
	expect: [
		'arguments/demo/claims/secret.yaml:1:1  This is a symbolic link. Links are never followed, so what it points to was not read.',
		'arguments/demo/sources/elsewhere:1:1  This is a symbolic link. Links are never followed, so what it points to was not read.'
	],
	hint: 'Put the file itself here (a copy, not a link), or delete the link.'
});
