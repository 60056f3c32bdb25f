import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: { 'claims/empty.yaml': '' },
	expect: ['arguments/demo/claims/empty.yaml:1:1  The file is empty.']
});
