import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {},
	throwing: ['claims/provocation.yaml'],
	also: ['unused-person'],
	expect: [
		'arguments/demo/claims/provocation.yaml:1:1  This file could not be checked: the test made reading this file fail.'
	]
});
