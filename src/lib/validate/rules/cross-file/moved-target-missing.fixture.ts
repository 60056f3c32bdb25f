import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		'claims/old-a.yaml': 'moved: sea-lane\n',
		'claims/old-b.yaml': 'moved: old-b\n',
		'claims/old-c.yaml': 'moved: old-d\n',
		'claims/old-d.yaml': 'moved: old-c\n'
	},
	expect: [
		'arguments/demo/claims/old-a.yaml:1:8  moved: no claim "sea-lane" in this debate, so this forwarding stub leads nowhere.',
		'arguments/demo/claims/old-b.yaml:1:8  Claim stub "old-b" says it moved to itself.',
		'arguments/demo/claims/old-c.yaml:1:8  moved: following the renames from "old-c" goes round in a circle and never reaches a claim.',
		'arguments/demo/claims/old-d.yaml:1:8  moved: following the renames from "old-d" goes round in a circle and never reaches a claim.'
	]
});
