import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/repeated.yaml': 'text: A claim.\nattacks: [thesis]\ntext: The same claim again.\n'
	},
	expect: [
		'arguments/demo/claims/repeated.yaml:3:1  The field "text" appears twice in the same mapping; this is the second.'
	]
});
