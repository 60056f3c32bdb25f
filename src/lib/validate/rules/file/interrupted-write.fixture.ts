import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: { 'claims/.provocation.yaml.tmp-4242-1': 'text: Closer ties' },
	expect: [
		'arguments/demo/claims/.provocation.yaml.tmp-4242-1:1:1  ".provocation.yaml.tmp-4242-1" was left by a write that was interrupted (npm run import, new-claim or collect); it is not read.'
	],
	hint: 'The next run of that command removes it. If none is running now, you can delete it.'
});
