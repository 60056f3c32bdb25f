import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: { 'claims/deep.yaml': '['.repeat(200) },
	expect: ['arguments/demo/claims/deep.yaml:1:65  The data is nested more than 32 levels deep.']
});
