import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: { 'people/carol.yaml': 'name: Carol Example\n' },
	expect: ['arguments/demo/people/carol.yaml:1:1  Person "carol" is not the speaker of any claim.']
});
