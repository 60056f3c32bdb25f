import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/bare-reason.yaml':
			'text: Japan would be drawn in anyway.\nkind: reason\nspeaker: alice\nsupports: [sea-lanes]\n'
	},
	expect: ['arguments/demo/claims/bare-reason.yaml:1:1  Claim "bare-reason" has no evidence.']
});
