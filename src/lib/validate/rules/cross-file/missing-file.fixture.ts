import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: { 'debate.yaml': null },
	expect: ['arguments/demo/debate.yaml:1:1  The debate folder "demo" has no debate.yaml.']
});
